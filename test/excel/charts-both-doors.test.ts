import { generateInExcel } from "../../src/excel/generate-in-excel";
import { a1 } from "../../src/workbook/a1";
import type { ChartPlan } from "../../src/workbook/chart-plan";
import { buildWorkbook, type WorkbookPlans } from "../../src/workbook/pipeline";
import type { Rect } from "../../src/workbook/plan";
import { generateReport, workbookFromGrids } from "../../src/xlsx/generate";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { chartsOf, type FileChart } from "../support/chart-parts";
import { seedGrids } from "../support/grids";
import type { RecordedChart } from "../support/office-double/chart-model";
import { expectedChart } from "../support/office-double/expected-chart";
import { ALL_CAPABILITIES, excelWith } from "../support/office-double/run";

/**
 * Issue 13: both doors write the same charts. The real report of the seed (every document, with
 * its chart appendix) is made once through the Office.js door (the double records each chart in
 * Excel's words) and once through the file door (the charts read back from the file's DrawingML
 * parts); each door's charts equal the plans', and so each other.
 */
const CHART_TYPE: Record<string, string> = { bar: "ColumnClustered", line: "Line" };
const MARKER: Record<string, string> = { none: "None", circle: "Circle", square: "Square", triangle: "Triangle" };
const corner = (rect: Rect, end: boolean) => (end ? a1(rect.bottom, rect.right) : a1(rect.top, rect.left));

/** A chart read from the file, in the words the double records (an independent reading of the same facts). */
function asRecorded(chart: FileChart): RecordedChart {
  const title = (text: string | null) => ({ text: text || null, visible: Boolean(text) });
  const axis = (a: FileChart["valueAxis"], bounds: boolean) => ({
    minimum: bounds ? (a?.min ?? null) : null,
    maximum: bounds ? (a?.max ?? null) : null,
    numberFormat: a?.numberFormat ?? null,
    title: title(a?.title ?? null),
  });
  return {
    name: chart.name,
    chartType: CHART_TYPE[chart.series[0]!.kind]!,
    title: title(chart.title),
    position: { start: corner(chart.anchor!, false), end: corner(chart.anchor!, true) },
    legend: chart.legend === "none" ? { visible: false, position: null } : { visible: true, position: "Bottom" },
    axes: { category: axis(chart.categoryAxis, false), value: axis(chart.valueAxis, true) },
    series: chart.series.map((s) => {
      const color = `#${s.look.color}`;
      const line = s.kind === "line";
      const marked = line && s.look.marker !== null && s.look.marker !== "none";
      return {
        name: s.name,
        chartType: CHART_TYPE[s.kind]!,
        values: s.valuesFormula!,
        categories: s.categoriesFormula!,
        fill: line ? "automatic" : s.look.fill === "solid" ? { solid: color } : "none",
        line: { color, style: s.look.dash === "dash" ? "Dash" : "Continuous" },
        markerStyle: line ? (MARKER[s.look.marker ?? "none"] ?? s.look.marker) : null,
        markerBackgroundColor: marked ? color : null,
        markerForegroundColor: marked ? color : null,
        hasDataLabels: s.look.dataLabels,
      };
    }),
  };
}

let plans: WorkbookPlans;
let fileCharts: Map<string, RecordedChart[]>;
let excelCharts: Map<string, RecordedChart[]>;

beforeAll(async () => {
  const grids = seedGrids();
  const loaded = await loadWorkbook(await workbookFromGrids(grids), "seed.xlsx");
  if (!loaded.ok) throw new Error(loaded.message);
  const built = buildWorkbook(loaded.snapshot);
  if (!built.ok) throw new Error(built.message);
  plans = built;
  const file = chartsOf(generateReport(loaded.handle, plans));
  fileCharts = new Map(plans.sheets.map((s) => [s.name, file.filter((c) => c.sheet === s.name).map(asRecorded)]));

  const { double, context } = excelWith({ Info: grids.info, Indikator: grids.indikator });
  const run = await generateInExcel(context, ALL_CAPABILITIES);
  if (!run.ok) throw new Error(run.message);
  excelCharts = new Map(plans.sheets.map((s) => [s.name, double.charts(s.name)]));
});

const planned = (): Map<string, RecordedChart[]> =>
  new Map(plans.sheets.map((s) => [s.name, (s.charts ?? []).map((c: ChartPlan) => expectedChart(c))]));

test("the seed's report plans charts: Laporan's capaian bars, capaian against penyerapan, and a quarter line per indicator", () => {
  const laporan = planned().get("Laporan")!;
  expect(laporan.length).toBeGreaterThanOrEqual(3);
  expect(laporan.map((c) => c.chartType)).toEqual(expect.arrayContaining(["ColumnClustered", "Line"]));
});

test("the file holds each sheet's charts as planned", () => {
  expect(fileCharts).toEqual(planned());
});

test("Excel holds each sheet's charts as planned", () => {
  expect(excelCharts).toEqual(planned());
});

test("so both doors hold the same charts, sheet by sheet, bound to the same cells", () => {
  expect(excelCharts).toEqual(fileCharts);
  const cells = (m: Map<string, RecordedChart[]>) => [...m.values()].flat().flatMap((c) => c.series.map((s) => s.values));
  expect(cells(fileCharts).length).toBeGreaterThan(0);
  expect(cells(excelCharts)).toEqual(cells(fileCharts));
});
