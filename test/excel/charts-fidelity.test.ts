import { writePlans } from "../../src/excel/generate-in-excel";
import { readSheets } from "../../src/excel/read-sheets";
import { buildWorkbook } from "../../src/workbook/pipeline";
import { seedGrids } from "../support/grids";
import { realOfficeContext } from "../support/office-double/real-office";
import { ALL_CAPABILITIES, excelWith } from "../support/office-double/run";
import { laporanCharts, withCharts } from "./charts-fixture";

/**
 * The double's chart calls go to the real Office.js (the Excel on the web build in node_modules,
 * in jsdom, its requests captured) and to the double: the bodies must be the same text, so that
 * the sizes the door's chart steps are packed by are measured on what Office.js really sends.
 * The library predates notes (ExcelApi 1.18), so these runs use comments.
 */
const CAPABILITIES = { ...ALL_CAPABILITIES, notes: false };

async function everyChartCallTheDoorMakes(context: Excel.RequestContext): Promise<void> {
  const sheet = context.workbook.worksheets.getItem("T");
  const values = sheet.getRangeByIndexes(1, 4, 3, 1);
  const chart = sheet.charts.add("ColumnClustered", values, "Columns");
  chart.name = "laporan.capaian";
  chart.title.text = "Capaian Kinerja";
  chart.title.visible = true;
  chart.setPosition("A30", "I45");
  chart.legend.visible = true;
  chart.legend.position = "Bottom";
  const valueAxis = chart.axes.valueAxis;
  valueAxis.numberFormat = "#,##0.00";
  valueAxis.minimum = 0;
  valueAxis.maximum = 120;
  valueAxis.title.text = "Capaian (%)";
  valueAxis.title.visible = true;
  chart.axes.categoryAxis.numberFormat = "General";
  chart.axes.categoryAxis.title.visible = false;
  const bars = chart.series.getItemAt(0);
  bars.name = "Capaian";
  bars.setValues(values);
  bars.setXAxisValues(context.workbook.worksheets.getItem("Indikator").getRangeByIndexes(1, 1, 3, 1));
  bars.format.line.color = "#1F4E79";
  bars.format.line.lineStyle = "Continuous";
  bars.format.fill.setSolidColor("#1F4E79");
  bars.hasDataLabels = true;
  const line = chart.series.add("Target");
  line.setValues(sheet.getRangeByIndexes(1, 3, 3, 1));
  line.chartType = "Line";
  line.format.line.lineStyle = "Dash";
  line.markerStyle = "Circle";
  line.markerBackgroundColor = "#404040";
  line.markerForegroundColor = "#404040";
  line.hasDataLabels = false;
  chart.series.add("Berongga").format.fill.clear();
  await context.sync();
}

describe("the double serialises chart requests as Office.js does, byte for byte", () => {
  test("for every kind of chart call the door makes", async () => {
    const real = realOfficeContext();
    await everyChartCallTheDoorMakes(real.context);
    const { double, context } = excelWith({ T: [[1]], Indikator: [[1]] }, { keepBodies: true });
    await everyChartCallTheDoorMakes(context);
    expect(real.sent).toHaveLength(1);
    expect(double.bodies).toEqual(real.sent);
  });

  test("for the door writing the seed's report with three charts over several syncs", async () => {
    const grids = { Info: seedGrids().info, Indikator: seedGrids().indikator };
    const sheets = await readSheets(excelWith(grids).context);
    const built = buildWorkbook(sheets.snapshot, { documents: ["laporan"] });
    if (!built.ok) throw new Error(built.message);
    const plans = withCharts(built, "laporan", (sheet) => laporanCharts(sheet.name));

    const real = realOfficeContext();
    await writePlans(real.context, plans, sheets, CAPABILITIES, 20_000);
    const { double, context } = excelWith(grids, { keepBodies: true });
    await writePlans(context, plans, sheets, CAPABILITIES, 20_000);

    expect(real.sent.length).toBeGreaterThan(2);
    expect(real.sent.some((body) => body.includes('"Name":"SetXAxisValues"'))).toBe(true);
    expect(double.bodies).toEqual(real.sent);
  });
});
