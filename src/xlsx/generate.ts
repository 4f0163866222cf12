import ExcelJS from "exceljs";
import { planComputedColumns } from "../workbook/computed-columns";
import { INPUT_COLUMNS, SHEETS } from "../workbook/contract";
import type { WorkbookEvaluation } from "../workbook/evaluate-workbook";
import { planReport } from "../workbook/report-plan";
import type { Grid } from "../workbook/cells";
import { writeComputedValues, writeSheetPlan } from "./write-plan";

/** Adds the Laporan sheet and fills LAPKIN's columns; returns the new file's bytes. */
export async function generateReport(book: ExcelJS.Workbook, workbook: WorkbookEvaluation): Promise<Uint8Array> {
  writeSheetPlan(book, planReport(workbook));
  writeComputedValues(book, planComputedColumns(workbook));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A new workbook holding Info and Indikator from grids (the sample, or the empty template). */
export async function workbookFromGrids(grids: { info: Grid; indikator: Grid }): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const info = book.addWorksheet(SHEETS.info);
  grids.info.forEach((row) => info.addRow([...row]));
  info.getColumn(1).width = 22;
  info.getColumn(2).width = 32;
  info.getColumn(1).font = { bold: true };

  const indikator = book.addWorksheet(SHEETS.indikator, { views: [{ state: "frozen", ySplit: 1 }] });
  grids.indikator.forEach((row) => indikator.addRow([...row]));
  indikator.getRow(1).font = { bold: true };
  INPUT_COLUMNS.forEach((column, i) => (indikator.getColumn(i + 1).width = Math.max(10, Math.min(40, column.header.length + 4))));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
