import { writePlans } from "../../src/excel/generate-in-excel";
import { readSheets } from "../../src/excel/read-sheets";
import { buildWorkbook } from "../../src/workbook/pipeline";
import { indicatorRows, seedGrids } from "../support/grids";
import { ALL_CAPABILITIES, excelWith } from "../support/office-double/run";
import { realOfficeContext } from "../support/office-double/real-office";

/**
 * The double's request sizes are only as honest as its serialisation: here the same calls go to
 * the real Office.js (the Excel on the web build in node_modules, in jsdom, its requests captured)
 * and to the double, and the bodies must be the same text. The library predates notes (ExcelApi
 * 1.18), so these runs use comments; notes are modelled the same way.
 */
const CAPABILITIES = { ...ALL_CAPABILITIES, notes: false };

async function everyCallTheDoorMakes(context: Excel.RequestContext): Promise<void> {
  const added = context.workbook.worksheets.add("T");
  added.visibility = "Hidden";
  const range = added.getRangeByIndexes(0, 0, 200, 10);
  range.numberFormat = Array.from({ length: 200 }, (_, i) => Array.from({ length: 10 }, (_, j) => (i === j ? "0.00" : null)));
  range.formulas = Array.from({ length: 200 }, (_, i) =>
    Array.from({ length: 10 }, (_, j) => (j === 0 ? `=A${i + 1}*2` : `Teks ${i}é`)),
  );
  range.format.font.bold = true;
  range.format.borders.getItem("EdgeTop").style = "Continuous";
  added.getRangeByIndexes(0, 0, 3, 2).merge(true);
  added.getRangeByIndexes(5, 0, 3, 1).clear("Contents");
  await context.sync();
  const sheet = context.workbook.worksheets.getItem("T");
  context.application.suspendApiCalculationUntilNextSync();
  sheet.getRanges("A1:B2, D4:E9").format.fill.color = "#FF0000";
  sheet.getRanges("5:7, 9:9").format.rowHeight = 30;
  sheet.getRanges("A:A, C:D").format.columnWidth = 50;
  context.workbook.comments.add("T!E9", "komentar");
  sheet.pageLayout.paperSize = "A4";
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  sheet.pageLayout.setPrintTitleRows("$1:$1");
  sheet.horizontalPageBreaks.add("A20");
  context.workbook.names.add("_LAPKIN_X", "=T!$A$1").visible = false;
  context.workbook.names.getItem("_LAPKIN_Y").delete();
  sheet.name = "U";
  sheet.position = 0;
  sheet.visibility = "Visible";
  sheet.activate();
  sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
  context.workbook.worksheets.load("items/name,items/position");
  await context.sync().catch(() => undefined);
}

describe("the double serialises requests as Office.js does, byte for byte", () => {
  test("for every kind of call the door makes", async () => {
    const real = realOfficeContext();
    await everyCallTheDoorMakes(real.context);
    const { double, context } = excelWith({}, { keepBodies: true });
    await everyCallTheDoorMakes(context);
    expect(real.sent).toHaveLength(2);
    expect(double.bodies).toEqual(real.sent);
  });

  test("for the door writing a 300-indicator report over several syncs", async () => {
    const grids = { Info: seedGrids().info, Indikator: indicatorRows(300) };
    const sheets = await readSheets(excelWith(grids).context);
    const plans = buildWorkbook(sheets.snapshot);
    if (!plans.ok) throw new Error(plans.message);

    const real = realOfficeContext();
    await writePlans(real.context, plans, sheets, CAPABILITIES, 150_000);
    const { double, context } = excelWith(grids, { keepBodies: true });
    await writePlans(context, plans, sheets, CAPABILITIES, 150_000);

    expect(real.sent.length).toBeGreaterThan(2);
    expect(double.bodies).toEqual(real.sent);
  });
});
