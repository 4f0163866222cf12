import { benchGrids } from "../../bench/generate";
import { writePlans } from "../../src/excel/generate-in-excel";
import { readSheets } from "../../src/excel/read-sheets";
import type { Grid } from "../../src/workbook/cells";
import { CHART_PALETTE, type ChartPlan, type ChartRange } from "../../src/workbook/chart-plan";
import { buildWorkbook, type WorkbookPlans } from "../../src/workbook/pipeline";
import { seedGrids } from "../support/grids";
import type { ExcelDouble } from "../support/office-double/excel-double";
import { ALL_CAPABILITIES, excelWith } from "../support/office-double/run";
import { expectedChart } from "../support/office-double/expected-chart";
import { laporanCharts, withCharts } from "./charts-fixture";

/** What the brief asks of every sync: under 4 MB as Office.js serialises it (Excel on the web refuses 5 MB). */
const FOUR_MB = 4_000_000;

/**
 * Charts go through the same packing as every other step: sized by what Office.js sends for
 * them (request-size.ts), so that a report of 10,000 indicators with charts over all its rows
 * still keeps each sync under 4 MB, and the writer's estimate is an honest upper bound.
 */
interface Written {
  readonly double: ExcelDouble;
  readonly plans: WorkbookPlans;
  readonly estimates: readonly number[];
}

async function write(grids: { info: Grid; indikator: Grid }, charts: (laporan: string) => ChartPlan[], budget?: number) {
  const { double, context } = excelWith({ Info: grids.info, Indikator: grids.indikator });
  const sheets = await readSheets(context);
  const built = buildWorkbook(sheets.snapshot, { documents: ["laporan"] });
  if (!built.ok) throw new Error(built.message);
  const plans = withCharts(built, "laporan", (sheet) => charts(sheet.name));
  const estimates = await writePlans(context, plans, sheets, ALL_CAPABILITIES, budget);
  return { double, plans, estimates } satisfies Written;
}

function expectHonestEstimates(run: Written): void {
  expect(run.double.requests.every((r) => r.failed === null)).toBe(true);
  expect(run.double.largestRequest).toBeLessThanOrEqual(FOUR_MB);
  const writes = run.double.requests.slice(-run.estimates.length).map((r) => r.requestBytes);
  run.estimates.forEach((estimate, i) => {
    expect(estimate).toBeGreaterThanOrEqual(writes[i]!);
    expect(estimate).toBeLessThanOrEqual(writes[i]! * 1.2);
  });
}

/** Charts over every indicator row of the report's table, one with many series. */
function chartsOverRows(laporan: string, rows: number): ChartPlan[] {
  const column = (left: number): ChartRange => ({ sheet: laporan, rect: { top: 13, left, bottom: 13 + rows - 1, right: left } });
  const seriesOf = (name: string, left: number, kind: "bar" | "line") => ({
    name,
    kind,
    categories: column(2),
    values: column(left),
    cachedCategories: [],
    cachedValues: [],
    numberFormat: "#,##0.00",
    look: { color: CHART_PALETTE.primary, fill: "solid", dash: "solid", marker: "square", dataLabels: false } as const,
  });
  const chart = (id: string, series: ChartPlan["series"]): ChartPlan => ({
    id,
    type: "bar",
    title: `Grafik ${id}`,
    anchor: { top: 13 + rows + 2, left: 0, bottom: 13 + rows + 20, right: 8 },
    series,
    categoryAxis: { title: "Indikator", min: null, max: null, numberFormat: "General" },
    valueAxis: { title: "Nilai", min: 0, max: null, numberFormat: "#,##0.00" },
    legend: "bottom",
    description: id,
  });
  return [
    chart("target", [seriesOf("Target", 3, "bar")]),
    chart("realisasi", [seriesOf("Realisasi", 4, "bar"), seriesOf("Target", 3, "line")]),
    chart("capaian", [seriesOf("Capaian", 5, "bar")]),
    chart(
      "banyak",
      Array.from({ length: 60 }, (_, i) => seriesOf(`Seri ${i + 1} – ${"ä".repeat(i)}`, 3 + (i % 3), i % 2 ? "line" : "bar")),
    ),
  ];
}

describe("a 10,000-indicator report with charts over all its rows", () => {
  let run: Written;
  beforeAll(async () => {
    run = await write(benchGrids(10_000), (laporan) => chartsOverRows(laporan, 10_000));
  }, 240_000);

  test("keeps every sync under 4 MB, with an estimate never below what Office.js sends and within 20 % of it", () => {
    expectHonestEstimates(run);
  });

  test("draws every chart as planned", () => {
    const [laporan] = run.plans.sheets;
    expect(run.double.charts(laporan!.name)).toEqual(laporan!.charts.map(expectedChart));
  });
});

test("syncs that hold charts alone are estimated as honestly, several hundred charts in small syncs", async () => {
  const many = (laporan: string) =>
    Array.from({ length: 120 }, (_, i) => laporanCharts(laporan, 40 + 40 * i).map((c) => ({ ...c, id: `${c.id}.${i}` }))).flat();
  const run = await write(seedGrids(), many, 60_000);
  expect(run.estimates.length).toBeGreaterThan(10);
  expectHonestEstimates(run);
  expect(run.double.charts("Laporan")).toHaveLength(360);
});
