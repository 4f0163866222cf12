import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { lapkin, scratchDir, writeWorkbook } from "../support/cli-run";
import { seedGrids, withCell } from "../support/grids";
import { ARTIFACTS, bundleFakeOffice, launchChromium, OFFICE_JS, serveDist } from "./support";

/**
 * The built task pane in headless Chromium: in a plain browser (office.js unreachable) over a real
 * .xlsx, and "inside Excel" with the Office.js test double standing in for office.js.
 */
jest.setTimeout(120_000);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let dir: string;

beforeAll(async () => {
  dir = scratchDir();
  mkdirSync(ARTIFACTS, { recursive: true });
  [browser, server] = await Promise.all([launchChromium(), serveDist()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose office.js request is answered by `officeJs` (a script) or refused (offline). */
async function openPane(officeJs: string | null): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 420, height: 900 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  // Nothing may leave the machine; the route added last wins, so office.js is answered below.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.route(OFFICE_JS, (route) =>
    officeJs === null ? route.abort() : route.fulfill({ contentType: "text/javascript", body: officeJs }),
  );
  await page.goto(`${server.url}/taskpane.html`);
  return { page, dialogs, errors };
}

describe("standalone, in a plain browser", () => {
  test("opens the sample .xlsx, shows the seed's indicators and the TW 4 flag, and downloads the report", async () => {
    const sample = join(dir, "klakah.xlsx");
    await lapkin("contoh", "-o", sample);
    const { page, errors } = await openPane(null);
    await page.getByText("Mode peramban").waitFor();
    await page.getByTestId("file-input").setInputFiles(sample);
    await page.getByTestId("indicator").nth(2).waitFor();
    expect(await page.getByTestId("indicator").count()).toBe(3);
    const ikm = page.getByTestId("indicator").first();
    expect(await ikm.innerText()).toContain("Nilai IKM Kecamatan");
    expect(await ikm.innerText()).toContain("94,30");
    expect(await ikm.getByText("Indikator!J2", { exact: true }).count()).toBe(1);
    expect(await ikm.innerText()).toContain("nilai TW 4 belum tersedia (dihitung oleh Bagian Organisasi)");
    await page.screenshot({ path: join(ARTIFACTS, "pane-standalone.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh Laporan" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("klakah-laporan.xlsx");
    const saved = join(dir, "unduhan.xlsx");
    await download.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(saved) as unknown as ExcelJS.Buffer);
    const laporan = book.getWorksheet("Laporan")!;
    const shown: unknown[] = [];
    laporan.eachRow((row) => row.eachCell((cell) => shown.push((cell.value as { result?: unknown })?.result ?? cell.value)));
    expect(shown).toEqual(
      expect.arrayContaining(["LAPORAN KINERJA TRIWULAN IV TAHUN 2023", 84.87, 94.3, 93.65, 98.34, 100, 105.01, 94.74]),
    );
    expect(await page.getByTestId("notice").innerText()).toContain("klakah-laporan.xlsx");
    expect(errors).toEqual([]);
  });

  test("an indicator named <img src=x onerror=alert(1)> shows as that text and runs nothing", async () => {
    const grids = seedGrids();
    withCell(grids.indikator, 1, "indikator", "<img src=x onerror=alert(1)>");
    const path = await writeWorkbook(dir, "xss.xlsx", grids);
    const { page, dialogs } = await openPane(null);
    await page.getByTestId("file-input").setInputFiles(path);
    await page.getByText("<img src=x onerror=alert(1)>").waitFor();
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.locator("main img").count()).toBe(0);
  });
});

describe("inside Excel, against the Office.js test double", () => {
  test("Buat Laporan fills the double's Laporan sheet", async () => {
    const fakeOffice = readFileSync(await bundleFakeOffice(join(dir, "fake")), "utf8");
    const { page, errors } = await openPane(fakeOffice);
    await page.getByTestId("indicator").nth(2).waitFor();
    expect(await page.getByTestId("workbook-facts").innerText()).toContain("Kecamatan Klakah");
    await page.getByRole("button", { name: "Buat Laporan" }).click();
    await page.getByText("Sheet Laporan dibuat").waitFor();
    const laporan = await page.evaluate(() => {
      const double = (
        window as unknown as {
          __lapkinDouble: {
            sheet: (n: string) => { cells: Map<string, { value: unknown; formula: string | null }>; active: boolean } | undefined;
            syncs: number;
          };
        }
      ).__lapkinDouble;
      const sheet = double.sheet("Laporan");
      return sheet
        ? { active: sheet.active, syncs: double.syncs, contents: [...sheet.cells.values()].map((c) => c.formula ?? c.value) }
        : null;
    });
    expect(laporan?.active).toBe(true);
    expect(laporan?.contents).toEqual(
      expect.arrayContaining([
        "LAPORAN KINERJA TRIWULAN IV TAHUN 2023",
        "=Indikator!F2",
        "=Indikator!F3",
        "=ROUND(AVERAGE(Indikator!G2:J2),2)",
        "=ROUND(SUM(Indikator!G3:J3),2)",
      ]),
    );
    await page.screenshot({ path: join(ARTIFACTS, "pane-excel.png"), fullPage: true });
    expect(errors).toEqual([]);
  });
});
