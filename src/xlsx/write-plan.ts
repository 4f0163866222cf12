import type ExcelJS from "exceljs";
import type { ComputedColumnsPlan } from "../workbook/computed-columns";
import type { CellStyle, SheetPlan } from "../workbook/plan";

const THIN = { style: "thin" as const, color: { argb: "FF7F8C87" } };

/** Writes a sheet plan as a new worksheet, replacing LAPKIN's earlier one. */
export function writeSheetPlan(book: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const existing = plan.replaces === null ? undefined : book.getWorksheet(plan.replaces);
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

  // One style object per style, shared by its cells: ExcelJS then resolves each style once, not per cell.
  const styles = new Map(Object.entries(plan.styles).map(([key, style]) => [key, excelJsStyle(style)]));
  for (const cell of plan.cells) {
    const target = sheet.getCell(cell.row + 1, cell.column + 1);
    const numFmt = cell.numberFormat;
    // A string is stored as a string: ExcelJS only writes a formula when given { formula }.
    target.value = cell.formula ? { formula: cell.formula.slice(1), result: cell.value ?? undefined } : cell.value;
    if (cell.style) target.style = numFmt ? { ...styles.get(cell.style)!, numFmt } : styles.get(cell.style)!;
    else if (numFmt) target.numFmt = numFmt;
  }
  mergeDisjoint(sheet, plan.merges);
  // A break above 0-based row r is a break below 1-based row r.
  for (const row of plan.rowBreaks) sheet.getRow(row).addPageBreak();
  for (const note of plan.notes) sheet.getCell(note.row + 1, note.column + 1).note = note.text;
  return sheet;
}

/**
 * ExcelJS checks each new merge against every earlier one (exceljs/exceljs#637, #2689: quadratic,
 * about a minute for a 10,000-indicator report). A plan's merges never overlap (SheetBuilder
 * refuses overlaps), so each is merged against an empty index and the indexes joined afterwards.
 */
function mergeDisjoint(sheet: ExcelJS.Worksheet, merges: SheetPlan["merges"]): void {
  const indexed = sheet as unknown as { _merges: Record<string, unknown> };
  const all: Record<string, unknown> = { ...indexed._merges };
  for (const m of merges) {
    indexed._merges = {};
    sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    Object.assign(all, indexed._merges);
  }
  indexed._merges = all;
}

function excelJsStyle(style: CellStyle): Partial<ExcelJS.Style> {
  return Object.freeze({
    font: { name: "Calibri", size: style.size ?? 11, bold: style.bold, italic: style.italic, underline: style.underline },
    ...(style.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill}` } } as ExcelJS.Fill } : {}),
    ...(style.border ? { border: { top: THIN, left: THIN, bottom: THIN, right: THIN } } : {}),
    alignment: { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap },
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
  });
}

/** Writes LAPKIN's columns of Indikator as values, clearing what an earlier run left in them. */
export function writeComputedValues(book: ExcelJS.Workbook, plan: ComputedColumnsPlan): void {
  const sheet = book.getWorksheet(plan.sheet)!;
  if (plan.clearRows) {
    for (let r = plan.clearRows.from; r <= plan.clearRows.to; r++) {
      for (const { column } of plan.columns) sheet.getCell(r + 1, column + 1).value = null;
    }
  }
  for (const { column, header } of plan.columns) {
    const cell = sheet.getCell(plan.headerRow + 1, column + 1);
    cell.value = header;
    cell.font = { bold: true };
  }
  for (const cell of plan.cells) sheet.getCell(cell.row + 1, cell.column + 1).value = cell.value;
}
