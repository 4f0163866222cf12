import type ExcelJS from "exceljs";
import type { ComputedColumnsPlan } from "../workbook/computed-columns";
import type { CellStyle, SheetPlan } from "../workbook/plan";
import { findSheet } from "./read-workbook";

const THIN = { style: "thin" as const, color: { argb: "FF7F8C87" } };

/** Writes a sheet plan as a new worksheet, replacing one of the same name. */
export function writeSheetPlan(book: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const existing = findSheet(book, plan.name);
  if (existing) book.removeWorksheet(existing.id);
  const sheet = book.addWorksheet(plan.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: plan.print.orientation,
      fitToPage: plan.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(plan.print.repeatRows
        ? { printTitlesRow: `${plan.print.repeatRows.first + 1}:${plan.print.repeatRows.last + 1}` }
        : {}),
    },
  });
  plan.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const [row, height] of plan.rowHeights) sheet.getRow(row + 1).height = height;

  for (const cell of plan.cells) {
    const target = sheet.getCell(cell.row + 1, cell.column + 1);
    // A string is stored as a string: ExcelJS only writes a formula when given { formula }.
    target.value = cell.formula ? { formula: cell.formula.slice(1), result: cell.value ?? undefined } : cell.value;
    if (cell.style) applyStyle(target, plan.styles[cell.style]);
  }
  for (const m of plan.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const note of plan.notes) sheet.getCell(note.row + 1, note.column + 1).note = note.text;
  return sheet;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  cell.font = { name: "Calibri", size: style.size ?? 11, bold: style.bold, italic: style.italic, underline: style.underline };
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill}` } };
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  cell.alignment = { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

/** Writes LAPKIN's columns of Indikator as values, clearing what an earlier run left in them. */
export function writeComputedValues(book: ExcelJS.Workbook, plan: ComputedColumnsPlan): void {
  const sheet = findSheet(book, plan.sheet)!;
  const width = plan.headers.length;
  for (let r = plan.headerRow + 2; r <= sheet.rowCount; r++) {
    for (let c = 0; c < width; c++) sheet.getCell(r, plan.start + c + 1).value = null;
  }
  plan.headers.forEach((header, i) => {
    const cell = sheet.getCell(plan.headerRow + 1, plan.start + i + 1);
    cell.value = header;
    cell.font = { bold: true };
  });
  for (const cell of plan.cells) sheet.getCell(cell.row + 1, cell.column + 1).value = cell.value;
}
