import ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { gridByExcelJs } from "../support/exceljs-grid";

/**
 * A formula whose cached result is 0 shows 0 in Excel. LAPKIN's reader gives 0, and so does the
 * independent ExcelJS reading the property test compares it with (found by that property in CI:
 * ExcelJS's `cell.value` loses a falsy cached result, exceljs issue #2943).
 */
test("a formula's cached 0 is read as 0 by LAPKIN and by the ExcelJS reading the tests compare with", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Info");
  const sheet = book.addWorksheet("Indikator");
  sheet.getCell("A1").value = { formula: "1+1", result: 0 } as ExcelJS.CellFormulaValue;
  sheet.getCell("B1").value = { formula: "1+1", result: 7 } as ExcelJS.CellFormulaValue;
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());

  const ours = await loadWorkbook(bytes, "nol.xlsx");
  if (!ours.ok) throw new Error(ours.message);
  expect(ours.snapshot.indikator!.grid).toEqual([[0, 7]]);

  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  expect(gridByExcelJs(back.getWorksheet("Indikator")!).grid).toEqual([[0, 7]]);
});
