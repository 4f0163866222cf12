import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser } from "playwright-core";
import { paneView } from "../src/workbook/pane-view";
import { buildWorkbook } from "../src/workbook/pipeline";
import { loadWorkbook } from "../src/xlsx/browser-door";
import { workbookFromGrids } from "../src/xlsx/generate";
import { launchChromium, serveDist } from "../test/e2e/browser";
import { benchGrids } from "./generate";
import { fmt, median } from "./measure";

/**
 * The standalone pane (dist/index.html) opening a regency-sized workbook in headless Chromium, timed
 * inside the page from the file's arrival to the first card on screen and to the pane being idle
 * again, with the longest task the page's own thread ran meanwhile (Chromium's long-task entries).
 * Baseline: the same work (read, pipeline, view) in this Node process, without browser, worker,
 * paging or React.
 */
interface PaneRun {
  firstCardMs: number;
  idleMs: number;
  longestTaskMs: number;
  tasksOver200: number;
}

async function openInPane(browser: Browser, url: string, file: string): Promise<PaneRun> {
  const context = await browser.newContext({ viewport: { width: 380, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole("button", { name: "Buka .xlsx" }).waitFor();
    await page.evaluate(() => {
      const probe = { start: 0, firstCard: 0, idle: 0, tasks: [] as number[] };
      (window as unknown as { __probe: typeof probe }).__probe = probe;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => probe.tasks.push(e.duration))).observe({
        type: "longtask",
      });
      document.addEventListener("change", () => (probe.start = performance.now()), { capture: true });
      new MutationObserver(() => {
        const now = performance.now();
        if (!probe.start) return;
        if (!probe.firstCard && document.querySelector("[data-testid=indicator]")) probe.firstCard = now;
        const download = [...document.querySelectorAll("button")].find((b) => b.textContent === "Unduh Laporan");
        if (probe.firstCard && !probe.idle && download && !download.disabled) probe.idle = now;
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.getByTestId("file-input").setInputFiles(file);
    await page.waitForFunction(() => (window as unknown as { __probe: { idle: number } }).__probe.idle > 0, null, {
      timeout: 300_000,
    });
    const probe = await page.evaluate(
      () => (window as unknown as { __probe: { start: number; firstCard: number; idle: number; tasks: number[] } }).__probe,
    );
    return {
      firstCardMs: probe.firstCard - probe.start,
      idleMs: probe.idle - probe.start,
      longestTaskMs: Math.max(0, ...probe.tasks),
      tasksOver200: probe.tasks.filter((ms) => ms > 200).length,
    };
  } finally {
    await context.close();
  }
}

async function inNode(bytes: Uint8Array): Promise<number> {
  const start = process.hrtime.bigint();
  const loaded = await loadWorkbook(bytes, "bench.xlsx");
  if (!loaded.ok) throw new Error(loaded.message);
  const plans = buildWorkbook(loaded.snapshot);
  if (!plans.ok) throw new Error(plans.message);
  paneView(plans.workbook);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function paneRows(root: string, count = 20_000, runs = 3): Promise<string[][]> {
  const bytes = await workbookFromGrids(benchGrids(count));
  const file = join(mkdtempSync(join(tmpdir(), "lapkin-bench-pane-")), `kabupaten-${count}.xlsx`);
  writeFileSync(file, bytes);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    return [[count.toLocaleString("en-US"), "–", "–", "–", "–", "–", "–", `not measured: ${(error as Error).message}`]];
  }
  const server = await serveDist(join(root, "dist"));
  try {
    const baseline: number[] = [];
    const pane: PaneRun[] = [];
    for (let r = 0; r < runs; r++) {
      // Alternate, so drift in the machine's load falls on both alike.
      baseline.push(await inNode(bytes));
      pane.push(await openInPane(browser, `${server.url}/index.html`, file));
    }
    const base = median(baseline);
    const first = median(pane.map((p) => p.firstCardMs));
    const idle = median(pane.map((p) => p.idleMs));
    const longest = Math.max(...pane.map((p) => p.longestTaskMs));
    const over = pane.reduce((sum, p) => sum + p.tasksOver200, 0);
    const met = first <= 5000 && over === 0;
    return [
      [
        count.toLocaleString("en-US"),
        fmt(base, 0),
        fmt(first, 0),
        fmt(idle, 0),
        fmt(idle / base),
        fmt(longest, 0),
        String(over),
        met
          ? "met"
          : `MISSED (${first > 5000 ? "first card > 5 s" : ""}${first > 5000 && over ? ", " : ""}${over ? "tasks > 200 ms" : ""})`,
      ],
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
