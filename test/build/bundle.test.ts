import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { gzipSync } from "zlib";

/**
 * The two built pages. taskpane.html is what Excel loads (office.js, then one webpack runtime and
 * the functions, ribbon and pane sharing every module), under 180 KiB gzip and without ExcelJS.
 * index.html is the standalone page: no office.js; the file door only in what its worker fetches.
 * ExcelJS is recognised by an OOXML part name it writes, the file door by one of its messages.
 */
const DIST = join(__dirname, "..", "..", "dist");
const EXCELJS_MARK = "xl/workbook.xml";
const FILE_DOOR_MARK = "rusak atau tidak lengkap sehingga tidak dapat dibaca sebagai .xlsx";
const LIMIT_KIB = 180;

const html = (page: string) => readFileSync(join(DIST, page), "utf8");
const scriptsOf = (page: string) => [...html(page).matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]!);
const localScriptsOf = (page: string) => scriptsOf(page).filter((src) => !/^https?:/.test(src));
const read = (file: string) => readFileSync(join(DIST, file), "utf8");

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "cli" || name === "bench" ? [] : jsFiles(path);
    return name.endsWith(".js") ? [relative(DIST, path).split("\\").join("/")] : [];
  });
}

describe("taskpane.html, the page Excel loads", () => {
  test("office.js from Microsoft's CDN first, then one webpack runtime, then the functions, ribbon and pane", () => {
    const scripts = scriptsOf("taskpane.html");
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const local = localScriptsOf("taskpane.html");
    expect(local[0]).toBe("runtime.js");
    expect(local.filter((s) => !s.startsWith("shared/"))).toEqual(["runtime.js", "functions.js", "commands.js", "taskpane.js"]);
    expect(local).not.toContain("standalone.js");
  });

  test("a module the ribbon and the pane both use is in the page once, not once per entry", () => {
    // REPORT_DONE of src/excel/run-notice.ts: the ribbon's command and the pane's Excel backend both import it.
    const holders = localScriptsOf("taskpane.html").filter((s) => read(s).includes("Sheet Laporan dibuat dan kolom hitung"));
    expect(holders).toHaveLength(1);
  });

  test(`what Excel loads at start is at most ${LIMIT_KIB} KiB gzip, and none of it is ExcelJS`, () => {
    const sizes = localScriptsOf("taskpane.html").map((s) => ({
      script: s,
      gzip: gzipSync(readFileSync(join(DIST, s)), { level: 9 }).length,
    }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    expect({
      totalKiB: Math.round((total / 1024) * 10) / 10,
      limitKiB: LIMIT_KIB,
      within: total <= LIMIT_KIB * 1024,
    }).toMatchObject({
      within: true,
    });
    for (const { script } of sizes)
      expect({ script, exceljs: read(script).includes(EXCELJS_MARK) }).toEqual({ script, exceljs: false });
  });
  test("the report's planning code is not loaded at start: it is fetched when a report is first made", () => {
    const REPORT_MARK = "LAMPIRAN: GRAFIK CAPAIAN KINERJA";
    const atStart = localScriptsOf("taskpane.html");
    expect(atStart.filter((s) => read(s).includes(REPORT_MARK))).toEqual([]);
    expect(jsFiles(DIST).filter((file) => read(file).includes(REPORT_MARK)).length).toBeGreaterThan(0);
  });
});

describe("index.html, the standalone page", () => {
  test("loads no office.js and nothing from another host, only the runtime, the standalone pane and their shared chunks", () => {
    expect(html("index.html")).not.toMatch(/office\.js/i);
    expect(scriptsOf("index.html").filter((s) => /^(https?:)?\/\//.test(s))).toEqual([]);
    const local = localScriptsOf("index.html");
    expect(local.filter((s) => !s.startsWith("shared/"))).toEqual(["runtime.js", "standalone.js"]);
  });

  test("forbids connections elsewhere by its content security policy", () => {
    const policy = /http-equiv=["']?Content-Security-Policy["']?\s+content=(["'])(.*?)\1/i.exec(html("index.html"))?.[2] ?? "";
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:|\*/);
  });

  test("the file door is built, but only into what the worker fetches: neither page's scripts hold it", () => {
    const onPages = new Set([...localScriptsOf("taskpane.html"), ...localScriptsOf("index.html")]);
    const withDoor = jsFiles(DIST).filter((file) => read(file).includes(FILE_DOOR_MARK));
    expect(withDoor.length).toBeGreaterThan(0);
    expect(withDoor.filter((file) => onPages.has(file))).toEqual([]);
    expect([...onPages].filter((file) => read(file).includes(EXCELJS_MARK))).toEqual([]);
  });
});
