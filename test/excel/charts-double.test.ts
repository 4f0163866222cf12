import { realOfficeContext } from "../support/office-double/real-office";
import { excelWith } from "../support/office-double/run";

/** The double's charts behave as Excel's behind Office.js: what they record, and what they refuse. */
const workbook = () =>
  excelWith({
    Data: [
      ["TW", 1, 2],
      ["A", 10, 20],
      ["B", 30, 40],
    ],
    Lain: [[5], [6]],
  });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: { code?: string }) => error.code,
  );

describe("charts in the Office.js double", () => {
  test("charts.add makes a series of each column of the source, or of each row with seriesBy Rows", async () => {
    const { double, context } = workbook();
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.charts.add("ColumnClustered", sheet.getRangeByIndexes(1, 1, 2, 2), "Columns");
    sheet.charts.add("Line", sheet.getRangeByIndexes(1, 1, 2, 2), "Rows");
    await context.sync();
    const [columns, rows] = double.charts("Data");
    expect(columns!.series.map((s) => s.values)).toEqual(["Data!$B$2:$B$3", "Data!$C$2:$C$3"]);
    expect(rows!.series.map((s) => s.values)).toEqual(["Data!$B$2:$C$2", "Data!$B$3:$C$3"]);
    expect([columns!.name, rows!.name]).toEqual(["Chart 1", "Chart 2"]);
  });

  test("a series' cells follow their sheet's new name, and read #REF! once the sheet is deleted", async () => {
    const { double, context } = workbook();
    const sheet = context.workbook.worksheets.getItem("Data");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRangeByIndexes(1, 1, 2, 1), "Columns");
    chart.series.getItemAt(0).setXAxisValues(context.workbook.worksheets.getItem("Lain").getRangeByIndexes(0, 0, 2, 1));
    await context.sync();
    context.workbook.worksheets.getItem("Lain").name = "Baru (2)";
    await context.sync();
    expect(double.charts("Data")[0]!.series[0]!.categories).toBe("'Baru (2)'!$A$1:$A$2");
    context.workbook.worksheets.getItem("Baru (2)").delete();
    await context.sync();
    expect(double.charts("Data")[0]!.series[0]!.categories).toBe("#REF!");
  });

  test("Office.js refuses a source that isn't a Range before sending anything, as the real library does", () => {
    const real = realOfficeContext();
    const { context } = workbook();
    for (const ctx of [real.context, context]) {
      const sheet = ctx.workbook.worksheets.getItem("Data");
      expect(() => sheet.charts.add("Line", "B2:B3" as unknown as Excel.Range)).toThrow(
        expect.objectContaining({ code: "InvalidArgument" }),
      );
    }
  });

  test("Excel refuses a source on a sheet that doesn't exist, and the calls queued after it", async () => {
    const { double, context } = workbook();
    const sheet = context.workbook.worksheets.getItem("Data");
    const chart = sheet.charts.add("Line", context.workbook.worksheets.getItem("Hilang").getRangeByIndexes(0, 0, 2, 1));
    chart.name = "tidak jadi";
    expect(await codeOf(context.sync())).toBe("ItemNotFound");
    expect(double.charts("Data")).toEqual([]);
  });

  test("Excel refuses series cells that are not one row or one column, a series the chart doesn't have, an unknown type", async () => {
    const attempts: ((sheet: Excel.Worksheet, chart: Excel.Chart) => void)[] = [
      (sheet, chart) => chart.series.getItemAt(0).setValues(sheet.getRangeByIndexes(1, 1, 2, 2)),
      (_, chart) => (chart.series.getItemAt(3).name = "keempat"),
      (_, chart) => (chart.series.getItemAt(0).chartType = "Garis" as Excel.ChartType),
      (_, chart) => (chart.series.getItemAt(0).markerStyle = "Bintang" as Excel.ChartMarkerStyle),
      (_, chart) => (chart.series.getItemAt(0).format.line.color = "biru tua"),
    ];
    const codes = [];
    for (const attempt of attempts) {
      const { context } = workbook();
      const sheet = context.workbook.worksheets.getItem("Data");
      attempt(sheet, sheet.charts.add("ColumnClustered", sheet.getRangeByIndexes(1, 1, 2, 1), "Columns"));
      codes.push(await codeOf(context.sync()));
    }
    expect(codes).toEqual(["InvalidArgument", "ItemNotFound", "InvalidArgument", "InvalidArgument", "InvalidArgument"]);
  });

  test("a chart's properties can't be read without loading them", () => {
    const { context } = workbook();
    const sheet = context.workbook.worksheets.getItem("Data");
    const chart = sheet.charts.add("Line", sheet.getRangeByIndexes(1, 1, 2, 1));
    expect(() => chart.name).toThrow(/PropertyNotLoaded/);
    expect(() => chart.axes.valueAxis.minimum).toThrow(/PropertyNotLoaded/);
  });
});
