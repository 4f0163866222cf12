import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { generateReport, workbookFromGrids } from "../../src/xlsx/generate";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { buildWorkbook } from "../../src/workbook/pipeline";
import { chartsOf, type FileChart } from "../support/chart-parts";
import { scratchDir } from "../support/cli-run";
import { columnOf, seedGrids } from "../support/grids";
import { convertWithLibreOffice } from "../support/libreoffice";
import { columnLetters, partText, unzipParts, zipParts } from "../support/package-fixture";
import { SEED_FASILITASI } from "../support/seed";

/**
 * Issue 13 on the real report: the seed's report with its chart appendix, a TW value typed over in
 * the user's Indikator sheet (as a user would, in any editor), and LibreOffice recalculating on
 * load: the charts' cached values follow the new figure through the report's live formulas.
 */
jest.setTimeout(240_000);

// Fasilitasi: TW 20,11 + 8,88 + 17,02 + 47,64 = 93,65 of 95,23 (the seed). TW 1 typed as 25,11:
// realisasi 98,65; capaian 98,65 / 95,23 x 100 = 103,5913... -> 103,59.
const NEW_TW1 = 25.11;
const NEW_CAPAIAN = 103.59;
const FASILITASI_ROW = 2; // sheet row 3: header, IKM, then Fasilitasi
const INDIKATOR = "Persentase hasil fasilitasi"; // the sample's second indicator, as the charts label it

let ours: FileChart[] = [];
let recalculated: FileChart[] = [];

/** The part of the named sheet, found through the workbook's relationships. */
function sheetPart(bytes: Uint8Array, name: string): string {
  const workbook = partText(bytes, "xl/workbook.xml");
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1]!;
  const rels = partText(bytes, "xl/_rels/workbook.xml.rels");
  const target = new RegExp(
    `<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`,
  ).exec(rels)!;
  return `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, "")}`;
}

beforeAll(async () => {
  const dir = scratchDir();
  const loaded = await loadWorkbook(await workbookFromGrids(seedGrids()), "seed.xlsx");
  if (!loaded.ok) throw new Error(loaded.message);
  const plans = buildWorkbook(loaded.snapshot);
  if (!plans.ok) throw new Error(plans.message);
  const report = generateReport(loaded.handle, plans);
  ours = chartsOf(report);

  const part = sheetPart(report, "Indikator");
  const ref = `${columnLetters(columnOf("tw1"))}${FASILITASI_ROW + 1}`;
  const pattern = new RegExp(`(<c r="${ref}"[^>]*><v>)[^<]*(</v>)`);
  const xml = partText(report, part);
  expect(xml).toMatch(pattern);
  const edited = join(dir, "diubah.xlsx");
  writeFileSync(edited, zipParts({ ...unzipParts(report), [part]: xml.replace(pattern, `$1${NEW_TW1}$2`) }));
  recalculated = chartsOf(new Uint8Array(readFileSync(convertWithLibreOffice(edited, "xlsx", join(dir, "lo")))));
});

/** The value a chart's series shows for an indicator: the point whose category names it. */
function pointOf(charts: FileChart[], seriesName: RegExp, indicator: string): number | null {
  for (const chart of charts)
    for (const s of chart.series)
      if (seriesName.test(s.name)) {
        const at = s.cachedCategories.findIndex((c) => c !== null && c.includes(indicator));
        if (at >= 0) return s.cachedValues[at] ?? null;
      }
  throw new Error(`no ${seriesName} point for ${indicator}`);
}

/** The quarter chart of an indicator: its title names the indicator. */
const quarterChart = (charts: FileChart[]) => charts.find((c) => c.title !== null && c.title.includes(INDIKATOR))!;

test("LibreOffice keeps the report's charts, on the same sheets, bound to the same cells", () => {
  expect(ours.length).toBeGreaterThanOrEqual(3);
  expect(recalculated.map((c) => [c.sheet, c.title, c.series.map((s) => s.valuesFormula)])).toEqual(
    ours.map((c) => [c.sheet, c.title, c.series.map((s) => s.valuesFormula)]),
  );
});

test("the capaian bar of the changed indicator follows the new TW value; before, it is the seed's", () => {
  expect(pointOf(ours, /^Capaian/, INDIKATOR)).toBe(Number(SEED_FASILITASI.expected.capaian));
  expect(pointOf(recalculated, /^Capaian/, INDIKATOR)).toBeCloseTo(NEW_CAPAIAN, 9);
});

test("the indicator's quarter line starts at the new TW I value and ends at the new realisasi", () => {
  const before = quarterChart(ours).series[0]!.cachedValues;
  const after = quarterChart(recalculated).series[0]!.cachedValues;
  expect(before[0]).toBe(SEED_FASILITASI.input.tw[0]);
  expect(after[0]).toBeCloseTo(NEW_TW1, 9);
  const sums = [NEW_TW1, ...SEED_FASILITASI.input.tw.slice(1)].map((_, i, all) => all.slice(0, i + 1).reduce((a, b) => a + b, 0));
  after.forEach((value, i) => expect(value).toBeCloseTo(sums[i]!, 9));
});
