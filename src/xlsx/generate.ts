import ExcelJS from "exceljs";
import { SHEETS, TEMPLATE_COLUMNS, inputColumn } from "../workbook/contract";
import { markReference } from "../workbook/marks";
import type { WorkbookPlans } from "../workbook/pipeline";
import type { Grid } from "../workbook/cells";
import { writeComputedValues, writeSheetPlan } from "./write-plan";

/** Writes LAPKIN's sheets, its columns and its marks into the loaded workbook; returns the new file's bytes. */
export async function generateReport(book: ExcelJS.Workbook, plans: WorkbookPlans): Promise<Uint8Array> {
  for (const plan of plans.sheets) writeSheetPlan(book, plan);
  writeComputedValues(book, plans.columns);
  const definedNames = book.definedNames as unknown as {
    model: { name: string; ranges: string[] }[];
    add(reference: string, name: string): void;
  };
  definedNames.model = definedNames.model.filter((n) => !n.name.toUpperCase().startsWith("_LAPKIN_"));
  for (const mark of plans.names) definedNames.add(markReference(mark.sheet, mark.rect), mark.name);
  const active = book.worksheets.findIndex((s) => s.name === plans.activeSheet);
  book.views = [
    { activeTab: Math.max(0, active), x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: "visible" },
  ];
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
  TEMPLATE_COLUMNS.forEach(
    (key, i) => (indikator.getColumn(i + 1).width = Math.max(10, Math.min(40, inputColumn(key).header.length + 4))),
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}
