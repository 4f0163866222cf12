import { readFileSync } from "fs";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { sampleGrids } from "../../src/workbook/sample-workbook";
import { scratchDir } from "../support/cli-run";
import { ARTIFACTS, bundleFakeOffice, closePages, launchChromium, openPage, serveDist } from "./support";

/**
 * The manifest's page (dist/taskpane.html) as Excel runs it: functions, ribbon and pane in one page,
 * office.js answered by the Office.js test double (test/e2e/fake-office.ts).
 */
jest.setTimeout(120_000);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let fakeOffice: string;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDist()]);
  fakeOffice = readFileSync(await bundleFakeOffice(join(scratchDir(), "fake")), "utf8");
});

afterEach(() => closePages());

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type DoubleSheet = { cells: Map<string, { value: unknown; formula: string | null }>; active: boolean };
type Window = {
  __lapkinDouble: { sheet: (n: string) => DoubleSheet | undefined };
  __lapkinActions: Map<string, (event: { completed: () => void }) => Promise<void>>;
  __lapkinType: (sheet: string, row: number, column: number, value: string) => void;
  __completed?: boolean;
};

const laporanContents = (page: Page) =>
  page.evaluate(() => {
    const sheet = (window as unknown as Window).__lapkinDouble.sheet("Laporan");
    return sheet ? { active: sheet.active, contents: [...sheet.cells.values()].map((c) => c.formula ?? c.value) } : null;
  });

const SEED_REPORT = [
  "LAPORAN KINERJA TRIWULAN IV TAHUN 2023",
  "=Indikator!F2",
  "=Indikator!F3",
  // Live: the seed's IKM and fasilitasi realisasi refer to their TW cells of Indikator (columns G..J).
  "=ROUND(AVERAGE(Indikator!G2:J2),2)",
  "=ROUND(SUM(Indikator!G3:J3),2)",
];

test("the pane's Buat Laporan fills the double's Laporan sheet", async () => {
  const { page, errors } = await openPage(browser, `${server.url}/taskpane.html`, { officeJs: fakeOffice });
  await page.getByTestId("indicator").nth(2).waitFor();
  expect(await page.getByTestId("workbook-facts").innerText()).toContain("Kecamatan Klakah");
  await page.getByRole("button", { name: "Buat Laporan" }).click();
  await page.getByText(/^Sheet Laporan, .* dibuat/).waitFor();
  const laporan = await laporanContents(page);
  expect(laporan?.active).toBe(true);
  expect(laporan?.contents).toEqual(expect.arrayContaining(SEED_REPORT));
  expect(errors).toEqual([]);
});

test("the ribbon's Buat Laporan, on the same page: the pane shows its result and the workbook as it now is", async () => {
  const { page, errors } = await openPage(browser, `${server.url}/taskpane.html`, { officeJs: fakeOffice });
  const first = page.getByTestId("indicator").first();
  await first.getByText("Nilai IKM Kecamatan", { exact: true }).waitFor();

  // The user renames the first indicator in the sheet, then presses the ribbon button, not the pane's.
  const column = sampleGrids().indikator[0]!.indexOf("Indikator");
  expect(column).toBeGreaterThanOrEqual(0);
  await page.evaluate((c) => (window as unknown as Window).__lapkinType("Indikator", 1, c, "Indeks Kepuasan Masyarakat"), column);
  // Every item of the ribbon's Buat Laporan menu is registered; "Semua Dokumen" is buatLaporan.
  expect(await page.evaluate(() => [...(window as unknown as Window).__lapkinActions.keys()])).toEqual([
    "buatLaporanKinerja",
    "buatPerjanjianKinerja",
    "buatRencanaAksi",
    "buatEvaluasiRenja",
    "buatLaporan",
  ]);
  await page.evaluate(() => {
    const w = window as unknown as Window;
    return w.__lapkinActions.get("buatLaporan")!({ completed: () => (w.__completed = true) });
  });

  await page
    .getByTestId("notice")
    .getByText(/^Sheet Laporan, .* dibuat/)
    .waitFor();
  await first.getByText("Indeks Kepuasan Masyarakat", { exact: true }).waitFor();
  expect(await page.evaluate(() => (window as unknown as Window).__completed)).toBe(true);
  const laporan = await laporanContents(page);
  expect(laporan?.contents).toEqual(expect.arrayContaining([...SEED_REPORT, "Indeks Kepuasan Masyarakat"]));
  await page.screenshot({ path: join(ARTIFACTS, "pane-excel-after-ribbon.png"), fullPage: true });
  expect(errors).toEqual([]);
});

test("opened outside Excel (office.js unreachable) the page sends the user to the standalone page", async () => {
  const { page, errors } = await openPage(browser, `${server.url}/taskpane.html`, { officeJs: null });
  const link = page.getByRole("link", { name: "Buka LAPKIN mode peramban" });
  await link.waitFor();
  await link.click();
  await page.getByRole("button", { name: "Buka .xlsx" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/index.html");
  expect(errors).toEqual([]);
});

test.each([
  ["light", 320],
  ["dark", 420],
] as const)("screenshot inside Excel, %s, %i px", async (colorScheme, width) => {
  const { page } = await openPage(browser, `${server.url}/taskpane.html`, {
    officeJs: fakeOffice,
    colorScheme,
    width,
    height: 760,
  });
  await page.getByTestId("indicator").nth(2).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await page.screenshot({ path: join(ARTIFACTS, `pane-excel-${colorScheme}-${width}.png`) });
});
