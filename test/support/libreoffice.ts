import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { pathToFileURL } from "url";

/**
 * LibreOffice as an independent spreadsheet engine. Its profile forces a recalculation of every
 * formula on load (OOXMLRecalcMode 0), so a file converted by it carries LibreOffice's own results,
 * not the values LAPKIN cached. Its locale is Indonesian, so a rendered page shows 2.180.922.481 and 94,74.
 */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item>
</oor:items>
`;

export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((path) => existsSync(path)) ?? null;

function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), "lapkin-lo-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
  return pathToFileURL(dir).href;
}

/** Converts `file` with LibreOffice (recalculating on load); returns the converted file's path. */
export function convertWithLibreOffice(file: string, format: "xlsx" | "pdf", outDir: string): string {
  if (!SOFFICE) throw new Error("LibreOffice is not installed: apt-get install libreoffice-calc (.ci/run does)");
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=${profile()}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, file],
    {
      stdio: "pipe",
      timeout: 120_000,
    },
  );
  const converted = join(outDir, basename(file).replace(/\.xlsx$/i, `.${format}`));
  if (!existsSync(converted)) throw new Error(`LibreOffice produced no ${format} for ${file}`);
  return converted;
}
