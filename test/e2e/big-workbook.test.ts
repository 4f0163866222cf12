import { writeFileSync } from "fs";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { benchGrids } from "../../bench/generate";
import { workbookFromGrids } from "../../src/xlsx/generate";
import { scratchDir } from "../support/cli-run";
import { ARTIFACTS, closePages, launchChromium, openPage, serveDist } from "./support";

/**
 * A regency's workbook of 20,000 indicators in the standalone page: it stays responsive (no task on
 * the page's thread over 200 ms, as Chromium's long-task entries report), shows the first
 * indicators within 5 s, renders only what is in view, and can be cancelled.
 */
jest.setTimeout(240_000);

const COUNT = 20_000;
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let big: string;

beforeAll(async () => {
  big = join(scratchDir(), "kabupaten.xlsx");
  const [b, s, bytes] = await Promise.all([launchChromium(), serveDist(), workbookFromGrids(benchGrids(COUNT))]);
  [browser, server] = [b, s];
  writeFileSync(big, bytes);
});

afterEach(() => closePages());

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Starts recording the page's long tasks (over 50 ms, Chromium's definition) from now on. */
const recordLongTasks = (page: Page) =>
  page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({
      type: "longtask",
    });
  });

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

test("20,000 indicators: first ones within 5 s, no long task over 200 ms, only the visible cards in the page", async () => {
  const { page, errors, consoleErrors, foreign } = await openPage(browser, `${server.url}/index.html`, {
    width: 380,
    height: 800,
  });
  await page.getByRole("button", { name: "Buka .xlsx" }).waitFor();
  await recordLongTasks(page);

  const started = Date.now();
  await page.getByTestId("file-input").setInputFiles(big);
  await page.getByText("Persentase capaian layanan 1", { exact: true }).waitFor({ timeout: 5_000 });
  const firstVisibleMs = Date.now() - started;
  await page.screenshot({ path: join(ARTIFACTS, "pane-standalone-20000-arriving.png") });
  await page.getByText(/Indikator \(20\.000\)/).waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: "Unduh Laporan" }).and(page.locator(":enabled")).waitFor({ timeout: 120_000 });
  const allDoneMs = Date.now() - started;

  const rendered = await page.getByTestId("indicator").count();
  expect(rendered).toBeGreaterThan(2);
  expect(rendered).toBeLessThan(40);
  expect(await page.getByTestId("indicator").first().getAttribute("aria-setsize")).toBe(String(COUNT));
  await page.screenshot({ path: join(ARTIFACTS, "pane-standalone-20000.png") });

  // Keyboard: the list takes focus and End scrolls to the last indicator, which is then rendered.
  await page.getByRole("region", { name: "Daftar indikator" }).focus();
  await page.keyboard.press("End");
  const last = page.getByText(`Persentase capaian layanan ${COUNT}`, { exact: true });
  await last.waitFor();
  expect(await page.locator(`[data-testid=indicator][aria-posinset="${COUNT}"]`).count()).toBe(1);

  const tasks = await longTasks(page);
  console.log(
    `20,000 indicators: first visible ${firstVisibleMs} ms, all done ${allDoneMs} ms, ` +
      `long tasks ${tasks.length} (longest ${Math.round(Math.max(0, ...tasks))} ms), cards in the page ${rendered}`,
  );
  expect(tasks.filter((ms) => ms > 200)).toEqual([]);
  expect(firstVisibleMs).toBeLessThan(5_000);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("Batal stops the reading: the pane is idle again, says so, and opens the next file", async () => {
  const { page, errors } = await openPage(browser, `${server.url}/index.html`);
  await page.getByRole("button", { name: "Buka .xlsx" }).waitFor();
  await page.getByTestId("file-input").setInputFiles(big);
  await page.getByText("Membaca workbook…").waitFor();
  await page.screenshot({ path: join(ARTIFACTS, "pane-standalone-reading.png") });
  await page.getByRole("button", { name: "Batal" }).click();

  await page.getByTestId("notice").getByText("Dibatalkan.").waitFor({ timeout: 2_000 });
  await page.screenshot({ path: join(ARTIFACTS, "pane-standalone-cancelled.png") });
  expect(await page.getByTestId("indicator").count()).toBe(0);
  expect(await page.getByRole("button", { name: "Batal" }).count()).toBe(0);
  expect(await page.getByRole("button", { name: "Unduh Laporan" }).isDisabled()).toBe(true);
  expect(await page.getByRole("button", { name: "Buka .xlsx" }).isEnabled()).toBe(true);

  await page.getByRole("button", { name: "Pakai Contoh" }).click();
  await page.getByTestId("indicator").nth(2).waitFor();
  expect(errors).toEqual([]);
});
