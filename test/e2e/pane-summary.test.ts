import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { lapkin, scratchDir, writeWorkbook } from "../support/cli-run";
import { limaTingkat, SEED_CAPAIAN, shownComma } from "../taskpane/support/summary-fixtures";
import { ALPHA, ALPHA_EXPECTED, BETA, BETA_EXPECTED, GAMMA, GAMMA_EXPECTED } from "../recap/support/units";
import { ARTIFACTS, closePages, launchChromium, openPage, serveDist } from "./support";

/**
 * The pane's summaries in the standalone page, in headless Chromium, light and dark (the page
 * follows the system's colour scheme): the open sample's picture, then a recap's, each looked at
 * (screenshots in test-artifacts/) and checked by axe-core for serious accessibility violations.
 */
jest.setTimeout(120_000);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let sample: string;
let units: string[];

beforeAll(async () => {
  const dir = scratchDir();
  sample = join(dir, "klakah.xlsx");
  [browser, server, , ...units] = await Promise.all([
    launchChromium(),
    serveDist(),
    lapkin("contoh", "-o", sample),
    writeWorkbook(dir, "alpha.xlsx", ALPHA),
    writeWorkbook(dir, "beta.xlsx", BETA),
    writeWorkbook(dir, "gamma.xlsx", GAMMA),
  ]);
});

afterEach(() => closePages());

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/**
 * axe-core over the whole page; the serious and critical violations, each with where it is. The
 * page's Content-Security-Policy allows only its own scripts, so axe is served as one of them.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const address = `${server.url}/axe.min.js`;
  await page.context().route(address, (route) => route.fulfill({ path: require.resolve("axe-core/axe.min.js") }));
  await page.addScriptTag({ url: address });
  const { violations, checked } = await page.evaluate(async () => {
    type Results = { violations: AxeViolation[]; passes: { id: string }[]; incomplete: { id: string }[] };
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<Results> } }).axe;
    const results = await axe.run(document);
    return {
      violations: results.violations,
      checked: [...results.passes, ...results.incomplete, ...results.violations].map((r) => r.id),
    };
  });
  // It looked: the rules that matter here were applied to something on the page.
  expect(checked).toEqual(expect.arrayContaining(["color-contrast", "svg-img-alt", "aria-allowed-attr", "th-has-data-cells"]));
  if (violations.length) console.info(violations.map((v) => `${v.id} (${v.impact})`).join("\n"));
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The rows of a summary's table (its text alternative), cell by cell. */
const tableRows = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .getByTestId("summary-table")
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? "")));

/** Tab from the top of the page until the element with `testId` has focus; how many presses that took, or null. */
async function tabsTo(page: Page, testId: string): Promise<number | null> {
  await page.locator("body").focus();
  for (let presses = 1; presses <= 40; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((id) => document.activeElement?.getAttribute("data-testid") === id, testId)) return presses;
  }
  return null;
}

test.each(["light", "dark"] as const)(
  "%s: the sample's summary and a recap's ranked units are drawn, reachable by keyboard, and pass axe-core",
  async (colorScheme) => {
    const { page, errors, consoleErrors, foreign } = await openPage(browser, `${server.url}/index.html`, {
      colorScheme,
      width: 360,
      height: 900,
    });
    await page.getByTestId("file-input").setInputFiles(sample);
    const summary = page.getByTestId("pane-summary");
    await summary.waitFor();
    await page.getByRole("button", { name: "Unduh Laporan" }).and(page.locator(":enabled")).waitFor();

    const figures = await summary.getByTestId("summary-figure").allTextContents();
    expect(figures).toEqual(SEED_CAPAIAN.map((c) => `${shownComma(c)} % · ${limaTingkat(Number(c))}`));
    expect((await tableRows(page, "pane-summary")).map((r) => `${r[2]} % · ${r[3]}`)).toEqual(figures);
    // Drawn at the pane's width: no bar or figure runs past the card.
    const [card, chart] = await Promise.all([summary.boundingBox(), summary.locator("svg").boundingBox()]);
    expect(chart!.x + chart!.width).toBeLessThanOrEqual(card!.x + card!.width);
    await summary.screenshot({ path: join(ARTIFACTS, `pane-summary-${colorScheme}.png`) });
    expect(await tabsTo(page, "capaian-figure")).not.toBeNull();
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("recap-files-input").setInputFiles(units),
    ]);
    expect(download.suggestedFilename()).toBe("lapkin-rekap.xlsx");
    const recap = page.getByTestId("recap-summary");
    await recap.waitFor();
    const expected = [ALPHA_EXPECTED, BETA_EXPECTED, GAMMA_EXPECTED];
    const rows = await tableRows(page, "recap-summary");
    // Alpha (100) first; Beta and Gamma (75 each) share the second rank.
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["1", ALPHA_EXPECTED.unit],
      ["2", expect.stringMatching(/^(Dinas Beta|Kecamatan Gamma)$/)],
      ["2", expect.stringMatching(/^(Dinas Beta|Kecamatan Gamma)$/)],
    ]);
    for (const row of rows) {
      const unit = expected.find((e) => e.unit === row[1])!;
      expect(row.slice(2)).toEqual([
        shownComma(unit.rataRata),
        unit.predikat,
        unit.penyerapan === null ? "–" : shownComma(unit.penyerapan),
      ]);
    }
    await recap.screenshot({ path: join(ARTIFACTS, `pane-recap-summary-${colorScheme}.png`) });
    expect(await tabsTo(page, "recap-figure")).not.toBeNull();
    expect(await seriousViolations(page)).toEqual([]);

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  },
);
