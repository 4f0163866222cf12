import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { Browser } from "playwright-core";
import { lapkin, scratchDir, writeWorkbook } from "../support/cli-run";
import { seedGrids, withCell } from "../support/grids";
import { ARTIFACTS, DIST, closePages, launchChromium, openPage, serveDist } from "./support";
import { zipBomb } from "./zip-bomb";

/**
 * The standalone page (dist/index.html) in headless Chromium: a real .xlsx opened, previewed and
 * its report downloaded, with every request outside the page's own origin recorded and blocked.
 */
jest.setTimeout(120_000);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let dir: string;
let sample: string;

beforeAll(async () => {
  dir = scratchDir();
  sample = join(dir, "klakah.xlsx");
  [browser, server] = await Promise.all([launchChromium(), serveDist(), lapkin("contoh", "-o", sample)]);
});

afterEach(() => closePages());

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const standalone = (options?: Parameters<typeof openPage>[2]) => openPage(browser, `${server.url}/index.html`, options);

test("the page itself names no other host: no office.js, no script or link from elsewhere", () => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  expect(html).not.toMatch(/office\.js/i);
  expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
});

test("opens the sample .xlsx, shows the seed's figures and flag, downloads the report, and never contacts another host", async () => {
  const { page, errors, consoleErrors, foreign, requests } = await standalone();
  await page.getByText("Mode peramban").waitFor();
  await page.getByTestId("file-input").setInputFiles(sample);
  await page.getByTestId("indicator").nth(2).waitFor();
  expect(await page.getByTestId("indicator").count()).toBe(3);
  const ikm = page.getByTestId("indicator").first();
  expect(await ikm.innerText()).toContain("Nilai IKM Kecamatan");
  expect(await ikm.innerText()).toContain("94,30");
  expect(await ikm.getByText("Indikator!J2", { exact: true }).count()).toBe(1);
  expect(await ikm.innerText()).toContain("nilai TW 4 belum tersedia (dihitung oleh Bagian Organisasi)");
  await page.getByRole("button", { name: "Unduh Laporan" }).and(page.locator(":enabled")).waitFor();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh Laporan" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("klakah-laporan.xlsx");
  const saved = join(dir, "unduhan.xlsx");
  await download.saveAs(saved);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(saved) as unknown as ExcelJS.Buffer);
  const shown: unknown[] = [];
  book
    .getWorksheet("Laporan")!
    .eachRow((row) => row.eachCell((cell) => shown.push((cell.value as { result?: unknown })?.result ?? cell.value)));
  expect(shown).toEqual(
    expect.arrayContaining(["LAPORAN KINERJA TRIWULAN IV TAHUN 2023", 84.87, 94.3, 93.65, 98.34, 100, 105.01, 94.74]),
  );
  expect(await page.getByTestId("notice").innerText()).toContain("klakah-laporan.xlsx");

  // The recorder sees what the worker fetches too (its ExcelJS chunk), so an empty list means something.
  expect(requests.some((r) => r.includes("/lazy/"))).toBe(true);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("an indicator named <img src=x onerror=alert(1)> shows as that text and runs nothing", async () => {
  const grids = seedGrids();
  withCell(grids.indikator, 1, "indikator", "<img src=x onerror=alert(1)>");
  const path = await writeWorkbook(dir, "xss.xlsx", grids);
  const { page, dialogs, foreign } = await standalone();
  await page.getByTestId("file-input").setInputFiles(path);
  await page.getByTestId("indicator").getByText("<img src=x onerror=alert(1)>").waitFor();
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(await page.locator("main img").count()).toBe(0);
  expect(foreign).toEqual([]);
});

test("a zip bomb named .xlsx (300 MB of XML in 300 KB) is refused within 2 s, saying the limit", async () => {
  const path = join(dir, "bom.xlsx");
  writeFileSync(path, await zipBomb(300));
  const { page, errors } = await standalone();
  await page.getByRole("button", { name: "Buka .xlsx" }).waitFor();
  const started = Date.now();
  await page.getByTestId("file-input").setInputFiles(path);
  const refusal = page.getByTestId("unusable");
  await refusal.waitFor({ timeout: 2_000 });
  expect(Date.now() - started).toBeLessThan(2_000);
  const text = await refusal.innerText();
  expect(text).toContain("bom.xlsx");
  expect(text).toContain("300 MB");
  expect(text).toMatch(/batas(nya)? \d+ MB/);
  expect(await page.getByTestId("indicator").count()).toBe(0);
  expect(errors).toEqual([]);
});

test("a file that is not an .xlsx says so, and the pane stays usable", async () => {
  const path = join(dir, "catatan.xlsx");
  writeFileSync(path, "bukan workbook");
  const { page } = await standalone();
  await page.getByTestId("file-input").setInputFiles(path);
  expect(await page.getByTestId("unusable").innerText()).toContain("catatan.xlsx bukan file .xlsx");
  await page.getByRole("button", { name: "Pakai Contoh" }).click();
  await page.getByTestId("indicator").nth(2).waitFor();
  expect(await page.getByTestId("unusable").count()).toBe(0);
});

test.each([
  ["light", 320],
  ["dark", 320],
  ["light", 420],
  ["dark", 420],
] as const)("screenshot of the standalone pane, %s, %i px: nothing wider than the pane", async (colorScheme, width) => {
  const { page } = await standalone({ colorScheme, width, height: 760 });
  await page.getByTestId("file-input").setInputFiles(sample);
  await page.getByTestId("indicator").nth(2).waitFor();
  await page.getByRole("button", { name: "Unduh Laporan" }).and(page.locator(":enabled")).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await page.screenshot({ path: join(ARTIFACTS, `pane-standalone-${colorScheme}-${width}.png`) });
});
