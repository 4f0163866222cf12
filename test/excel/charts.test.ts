import { generateInExcel } from "../../src/excel/generate-in-excel";
import { reportDone, runNotice } from "../../src/excel/run-notice";
import type { ChartPlan } from "../../src/workbook/chart-plan";
import type { PipelineResult } from "../../src/workbook/pipeline";
import { seedGrids } from "../support/grids";
import { newChart } from "../support/office-double/chart-model";
import type { ExcelDouble } from "../support/office-double/excel-double";
import { ALL_CAPABILITIES, contentsOf, excelWith, NO_CAPABILITIES } from "../support/office-double/run";
import { expectedChart } from "../support/office-double/expected-chart";
import { laporanCharts } from "./charts-fixture";

/**
 * "Buat Laporan" through the Office.js door with the one pipeline's plans, to which these tests
 * add hand-built charts on the Laporan sheet (the report's own charts are planned later).
 */
let mockCharts: (laporan: string) => ChartPlan[] = (laporan) => laporanCharts(laporan);
jest.mock("../../src/workbook/pipeline", () => {
  const actual = jest.requireActual("../../src/workbook/pipeline");
  const { withCharts } = jest.requireActual("./charts-fixture");
  return {
    ...actual,
    buildWorkbook: (...args: unknown[]) => {
      const plans = actual.buildWorkbook(...args) as PipelineResult;
      return plans.ok ? withCharts(plans, "laporan", (sheet: { name: string }) => mockCharts(sheet.name)) : plans;
    },
  };
});

const LAPORAN_ONLY = { documents: ["laporan"] } as const;
const seedExcel = () => {
  const grids = seedGrids();
  return excelWith({ Info: grids.info, Indikator: grids.indikator });
};
const allCharts = (double: ExcelDouble) => double.sheets.flatMap((s) => double.charts(s.name).map((c) => `${s.name}: ${c.name}`));
const lapkinNames = (double: ExcelDouble) =>
  double.names
    .filter((n) => n.name.startsWith("_LAPKIN_"))
    .map((n) => `${n.name} ${n.reference}`)
    .sort();

beforeEach(() => {
  mockCharts = (laporan) => laporanCharts(laporan);
});

describe("the Excel door draws the plans' charts", () => {
  test("Excel holds each planned chart as planned: type per series, title, names, cells, axes, legend and look", async () => {
    const { double, context } = seedExcel();
    const run = await generateInExcel(context, ALL_CAPABILITIES, LAPORAN_ONLY);
    expect(run.ok).toBe(true);
    // The charts were drawn on the hidden temporary sheet; their cells now read the sheets' own names.
    expect(double.charts("Laporan")).toEqual(laporanCharts().map(expectedChart));
    expect(double.charts("Laporan")[0]!.series.map((s) => s.values)).toEqual(["Laporan!$E$21:$E$22", "Laporan!$D$21:$D$22"]);
    expect(allCharts(double)).toEqual(["Laporan: laporan.capaian", "Laporan: laporan.triwulan", "Laporan: laporan.pemeriksaan"]);
  });

  test("each chart is added after every cell it reads is written", async () => {
    const { double, context } = seedExcel();
    await generateInExcel(context, ALL_CAPABILITIES, LAPORAN_ONLY);
    const firstChart = double.operations.findIndex((op) => op.startsWith("chart.add"));
    const lastCells = double.operations.map((op) => /^(values|formulas) /.test(op)).lastIndexOf(true);
    expect(firstChart).toBeGreaterThan(lastCells);
  });

  test("a report made again replaces its sheet with the charts on it once, not twice", async () => {
    const { double, context } = seedExcel();
    await generateInExcel(context, ALL_CAPABILITIES, LAPORAN_ONLY);
    const first = double.charts("Laporan");
    double.sheet("Indikator")!.cell(1, 5).value = 88;
    await generateInExcel(context, ALL_CAPABILITIES, LAPORAN_ONLY);
    expect(allCharts(double)).toEqual(["Laporan: laporan.capaian", "Laporan: laporan.triwulan", "Laporan: laporan.pemeriksaan"]);
    expect(double.charts("Laporan")).toEqual(first);
  });

  test("a chart the user drew on their own sheet is left as it was", async () => {
    const { double, context } = seedExcel();
    const indikator = double.sheet("Indikator")!;
    const mine = newChart("Grafik Saya", "Pie", { sheet: indikator, rect: { top: 1, left: 5, bottom: 3, right: 5 } }, "Columns");
    indikator.charts.push(mine);
    const before = double.charts("Indikator");
    await generateInExcel(context, ALL_CAPABILITIES, LAPORAN_ONLY);
    await generateInExcel(context, ALL_CAPABILITIES, LAPORAN_ONLY);
    expect(double.charts("Indikator")).toEqual(before);
    expect(before[0]!.series[0]!.values).toBe("Indikator!$F$2:$F$4");
  });
});

describe("a host that can't draw the charts (perpetual Excel 2016, ExcelApi 1.1)", () => {
  test("gets no chart and every cell, and the notice says which sheet has no charts and where to get them", async () => {
    const withCharts = seedExcel();
    await generateInExcel(withCharts.context, { ...NO_CAPABILITIES, charts: true }, LAPORAN_ONLY);
    const { double, context } = seedExcel();
    const run = await generateInExcel(context, NO_CAPABILITIES, LAPORAN_ONLY);

    expect(allCharts(double)).toEqual([]);
    expect(double.operations.some((op) => op.startsWith("chart"))).toBe(false);
    expect(contentsOf(double, "Laporan")).toEqual(contentsOf(withCharts.double, "Laporan"));
    expect(contentsOf(double, "Indikator")).toEqual(contentsOf(withCharts.double, "Indikator"));
    if (!run.ok) throw new Error(run.message);
    const notice = runNotice(run, reportDone(run));
    expect(notice.id).toMatch(/Grafik di sheet Laporan tidak dibuat/);
    expect(notice.id).toMatch(/Excel 2019/);
    expect(notice.en).toMatch(/charts of the Laporan sheet were not drawn/);
  });

  test("says nothing of charts where no sheet has one", async () => {
    mockCharts = () => [];
    const { context } = seedExcel();
    const run = await generateInExcel(context, NO_CAPABILITIES, LAPORAN_ONLY);
    if (!run.ok) throw new Error(run.message);
    expect(run.notices.map((n) => n.id).join(" ")).not.toMatch(/Grafik/);
  });

  test("a host that draws them is told nothing of charts", async () => {
    const { context } = seedExcel();
    const run = await generateInExcel(context, ALL_CAPABILITIES, LAPORAN_ONLY);
    if (!run.ok) throw new Error(run.message);
    expect(run.notices.map((n) => n.id).join(" ")).not.toMatch(/Grafik/);
  });
});

describe("Excel refusing a chart", () => {
  test("a series on a sheet that doesn't exist fails the run as Excel does, and leaves the earlier report and no sheet behind", async () => {
    const { double, context } = seedExcel();
    await generateInExcel(context, ALL_CAPABILITIES, LAPORAN_ONLY);
    double.sheet("Indikator")!.cell(1, 5).value = 88;
    const report = contentsOf(double, "Laporan");
    const charts = double.charts("Laporan");
    const marks = lapkinNames(double);

    mockCharts = (laporan) => {
      const [capaian, ...rest] = laporanCharts(laporan);
      const gone = { ...capaian!.series[0]!, values: { ...capaian!.series[0]!.values, sheet: "Tidak Ada" } };
      return [...rest, { ...capaian!, series: [gone] }];
    };
    await expect(generateInExcel(context, ALL_CAPABILITIES, LAPORAN_ONLY)).rejects.toMatchObject({ code: "ItemNotFound" });

    expect(double.sheets.map((s) => s.name)).toEqual(["Info", "Indikator", "Laporan", "Pemeriksaan"]);
    expect(contentsOf(double, "Laporan")).toEqual(report);
    expect(double.charts("Laporan")).toEqual(charts);
    expect(lapkinNames(double).filter((n) => !n.startsWith("_LAPKIN_SEMENTARA_"))).toEqual(marks);
  });
});
