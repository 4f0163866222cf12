import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import type { Browser } from "playwright-core";
import { scratchDir, writeWorkbook } from "../support/cli-run";
import { rowsOf } from "../recap/support/submissions";
import { ALPHA, withInfo } from "../recap/support/units";
import { ARTIFACTS, closePages, launchChromium, openPage, serveDist } from "./support";

/**
 * "Rekap banyak file" in the standalone page, in headless Chromium: ten units' workbooks picked at
 * once, recapped in the page's worker, and the recap downloaded; nothing sent anywhere.
 */
jest.setTimeout(120_000);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let dir: string;
const UNITS = Array.from({ length: 10 }, (_, i) => `Kecamatan ${String.fromCharCode(65 + i)}`);
let files: string[];

beforeAll(async () => {
  dir = scratchDir();
  files = await Promise.all(
    UNITS.map((unit, i) =>
      writeWorkbook(dir, `unit-${i + 1}.xlsx`, withInfo(withInfo(ALPHA, "Unit Kerja", unit), "Perangkat Daerah", unit)),
    ),
  );
  [browser, server] = await Promise.all([launchChromium(), serveDist()]);
});

afterEach(() => closePages());

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("ten unit workbooks picked in the standalone pane download as one recap with ten rows in Rekap Unit", async () => {
  const { page, errors, consoleErrors, foreign } = await openPage(browser, `${server.url}/index.html`);
  const section = page.getByRole("region", { name: "Rekap banyak file" });
  await section.waitFor();
  await section.getByRole("button", { name: "Rekap banyak file" }).click();
  // Chromium picks whole folders; the button is there beside the one for files.
  const names = (await section.getByRole("button").allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
  expect(names).toEqual(["▾ Rekap banyak file", "Pilih file…", "Pilih folder…"]);
  await page.screenshot({ path: join(ARTIFACTS, "pane-recap.png"), fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("recap-files-input").setInputFiles(files),
  ]);
  expect(download.suggestedFilename()).toBe("lapkin-rekap.xlsx");
  const saved = join(dir, "rekap.xlsx");
  await download.saveAs(saved);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(saved) as unknown as ExcelJS.Buffer);
  const rows = rowsOf(book.getWorksheet("Rekap Unit")!).rows;
  const total = rows.pop()!;
  expect(rows.map((r) => r["Unit Kerja"])).toEqual(UNITS);
  expect(rows.map((r) => r["File"])).toEqual(UNITS.map((_, i) => `unit-${i + 1}.xlsx`));
  // Each unit is Alpha's two indicators: rata-rata (90 + 110) / 2 = 100 (worked out in units.ts).
  expect(rows.map((r) => r["Rata-rata Capaian (%)"])).toEqual(UNITS.map(() => 100));
  expect(total["Indikator"]).toBe(20);

  const notice = await page.getByTestId("notice").innerText();
  expect(notice).toContain("Rekap diunduh sebagai lapkin-rekap.xlsx: 10 unit dari 10 file.");
  await page.screenshot({ path: join(ARTIFACTS, "pane-recap-done.png"), fullPage: true });
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
