import type { CellStyle, Rect, SheetPlan } from "../workbook/plan";
import type { HostCapabilities } from "./capabilities";
import { formulaCell } from "./cell-text";
import { styleAreas } from "./style-areas";

/** Excel column width in characters to the points Range.format.columnWidth takes. */
const pointsForCharacters = (characters: number) => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

/**
 * Queues the whole plan as a new worksheet, replacing LAPKIN's `existing` one in its tab
 * position: one formulas matrix, one number format matrix, one format call set per style
 * rectangle. Nothing here syncs; the caller syncs once.
 */
export function queueSheetPlan(
  context: Excel.RequestContext,
  plan: SheetPlan,
  existing: Excel.Worksheet | null,
  position: number | null,
  capabilities: HostCapabilities,
): Excel.Worksheet {
  existing?.delete();
  const sheet = context.workbook.worksheets.add(plan.name);
  if (position !== null) sheet.position = position;

  // Reduced, not spread: a large report has more cells than a call may take arguments.
  const rows = plan.cells.reduce((max, c) => Math.max(max, c.row + 1), 0);
  const columns = plan.cells.reduce((max, c) => Math.max(max, c.column + 1), plan.columnWidths.length);
  const formulas: (string | number | boolean)[][] = Array.from({ length: rows }, () => Array<string>(columns).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(columns).fill("General"));
  for (const cell of plan.cells) {
    formulas[cell.row]![cell.column] = formulaCell(cell.value, cell.formula);
    const numberFormat = cell.numberFormat ?? (cell.style ? plan.styles[cell.style].numberFormat : undefined);
    if (numberFormat) formats[cell.row]![cell.column] = numberFormat;
  }
  const whole = sheet.getRangeByIndexes(0, 0, rows, columns);
  whole.numberFormat = formats;
  whole.formulas = formulas;
  whole.format.font.name = "Calibri";
  whole.format.font.size = 11;

  for (const [style, areas] of styleAreas(plan.cells)) {
    for (const area of areas) applyStyle(rangeOf(sheet, area), plan.styles[style]);
  }
  for (const merge of plan.merges) rangeOf(sheet, merge).merge(false);
  plan.columnWidths.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = pointsForCharacters(width);
  });
  for (const [row, height] of plan.rowHeights) sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;

  for (const note of plan.notes) {
    const cell = sheet.getRangeByIndexes(note.row, note.column, 1, 1);
    if (capabilities.notes) sheet.notes.add(cell, note.text);
    else if (capabilities.comments) context.workbook.comments.add(cell, note.text);
    // Without either, the flags are still written out in the Keterangan column.
  }
  if (capabilities.pageLayout) {
    sheet.pageLayout.paperSize = "A4";
    sheet.pageLayout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
    if (plan.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (plan.print.repeatRows)
      sheet.pageLayout.setPrintTitleRows(`$${plan.print.repeatRows.first + 1}:$${plan.print.repeatRows.last + 1}`);
    for (const row of plan.rowBreaks) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
  }
  return sheet;
}

function rangeOf(sheet: Excel.Worksheet, rect: Rect): Excel.Range {
  return sheet.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const { format } = range;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.underline) format.font.underline = "Single";
  if (style.size) format.font.size = style.size;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = style.vertical === "top" ? "Top" : "Center";
  if (style.wrap) format.wrapText = true;
  if (style.border) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = "#7F8C87";
    }
  }
}

const HORIZONTAL = {
  left: "Left",
  center: "Center",
  right: "Right",
} as const satisfies Record<NonNullable<CellStyle["horizontal"]>, `${Excel.HorizontalAlignment}`>;
