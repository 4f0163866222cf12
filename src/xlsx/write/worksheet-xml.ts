import type { PrintSetup, Rect } from "../../workbook/plan";
import { a1 as cellAddress, columnLetters as columnName } from "../../workbook/a1";
import { cellText, xmlText } from "../xml/escape";
import { Utf8Chunks } from "../xml/utf8-chunks";

/** A cell's place and content: a value, and a native formula whose cached result is the value. */
export interface CellContent {
  readonly row: number;
  readonly column: number;
  readonly value: string | number | boolean | null;
  readonly formula?: string;
}

/** One cell to write with its cellXfs index. */
export interface WorksheetCell extends CellContent {
  readonly style: number;
}

/**
 * Everything of a worksheet part LAPKIN writes, resolved to relationship ids. Cells come as the
 * caller holds them (a plan's cells, say) with a function giving each one's cellXfs index: a
 * report of 10,000 indicators has 700,000 cells, and a second object for each, kept until the
 * part is written, costs the run much of its time in garbage collection.
 */
export interface WorksheetContent<C extends CellContent = WorksheetCell> {
  /**
   * Row by row, left to right (an array in another order is sorted); an iterable may make them
   * as they are read, so a long table is never held whole, and then `extent` must be given.
   */
  readonly cells: Iterable<C>;
  readonly styleOf: (cell: C) => number;
  /** The last row and column holding anything; worked out from the cells when they are an array. */
  readonly extent?: SheetExtent;
  readonly merges: readonly Rect[];
  /** Characters, as a user reads a column width in Excel. */
  readonly columnWidths: readonly number[];
  /** Points. */
  readonly rowHeights: ReadonlyMap<number, number>;
  readonly print: PrintSetup | null;
  /** 0-based rows that begin a new printed page. */
  readonly rowBreaks: readonly number[];
  /** Rows kept in view when scrolling (0 for none). */
  readonly frozenRows: number;
  readonly selected: boolean;
  /** The relationship id of the notes' VML drawing, or null without notes. */
  readonly legacyDrawing: string | null;
  /** The relationship id of the charts' DrawingML drawing, or null without charts. */
  readonly drawing: string | null;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const COLUMN_NAMES = Array.from({ length: 702 }, (_, i) => columnName(i));

/** Excel's stored width for a column showing `characters` digits of Calibri 11 (7 px each, 5 px of padding). */
const storedWidth = (characters: number) => Math.trunc(((characters * 7 + 5) / 7) * 256) / 256;

/** The last row and column holding anything, as <dimension> names them. */
export interface SheetExtent {
  readonly lastRow: number;
  readonly lastColumn: number;
}

/** A worksheet part, its elements in the order the schema (CT_Worksheet) requires, written into `out` as it is made: its cells are read once, in order, and never held. */
export function writeWorksheet<C extends CellContent>(content: WorksheetContent<C>, out: Utf8Chunks): void {
  const cells = Array.isArray(content.cells) ? inRowOrder(content.cells as readonly C[]) : content.cells;
  const { lastRow, lastColumn } = content.extent ?? extentOf(content, cells);
  out.add(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (content.print?.fitToWidth) out.add(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
  out.add(`<dimension ref="A1${lastRow > 0 || lastColumn > 0 ? `:${cellAddress(lastRow, lastColumn)}` : ""}"/>`);
  out.add(sheetViews(content));
  out.add(`<sheetFormatPr defaultRowHeight="15"/>`);
  if (content.columnWidths.length) {
    out.add(
      `<cols>${content.columnWidths
        .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${storedWidth(w)}" customWidth="1"/>`)
        .join("")}</cols>`,
    );
  }
  sheetData(out, cells, content.styleOf, content.rowHeights);
  if (content.merges.length) {
    out.add(`<mergeCells count="${content.merges.length}">`);
    for (const m of content.merges) out.add(`<mergeCell ref="${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}"/>`);
    out.add(`</mergeCells>`);
  }
  out.add(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
  if (content.print) {
    out.add(
      `<pageSetup paperSize="9" orientation="${content.print.orientation}"` +
        `${content.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`,
    );
  }
  if (content.rowBreaks.length) {
    // A break's id is the 1-based number of the last row before it: the 0-based index of the row that starts the page.
    const breaks = [...content.rowBreaks].sort((a, b) => a - b);
    out.add(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
    for (const row of breaks) out.add(`<brk id="${row}" max="16383" man="1"/>`);
    out.add(`</rowBreaks>`);
  }
  // CT_Worksheet's order: <drawing> comes before <legacyDrawing>; a sheet may hold both (charts and notes).
  if (content.drawing) out.add(`<drawing r:id="${content.drawing}"/>`);
  if (content.legacyDrawing) out.add(`<legacyDrawing r:id="${content.legacyDrawing}"/>`);
  out.add(`</worksheet>`);
}

const inOrder = (a: CellContent, b: CellContent) => a.row - b.row || a.column - b.column;

function inRowOrder<C extends CellContent>(cells: readonly C[]): readonly C[] {
  const sorted = cells.every((c, i) => i === 0 || inOrder(cells[i - 1]!, c) < 0);
  return sorted ? cells : [...cells].sort(inOrder);
}

/** The extent of cells held in an array, with the merges and the columns given a width. */
function extentOf<C extends CellContent>(content: WorksheetContent<C>, cells: Iterable<C>): SheetExtent {
  if (!Array.isArray(cells)) throw new Error("cells made as they are read need their extent given");
  const list = cells as readonly C[];
  // Reduced, not spread: a large report has more merges than a call may take arguments.
  return {
    lastRow: content.merges.reduce((max, m) => Math.max(max, m.bottom), list.length ? list[list.length - 1]!.row : 0),
    lastColumn: content.merges.reduce(
      (max, m) => Math.max(max, m.right),
      list.reduce((max, c) => Math.max(max, c.column), content.columnWidths.length - 1),
    ),
  };
}

/**
 * An inline string's text element; XML readers drop the spaces at either end of a text, and
 * Excel keeps them only where xml:space says so (ExcelJS and Excel itself mark only those texts).
 */
function inlineText(text: string): string {
  const last = text.length - 1;
  const kept = last >= 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(last) <= 32 || text.includes("\n"));
  return kept ? `<t xml:space="preserve">${cellText(text)}</t>` : `<t>${cellText(text)}</t>`;
}

function sheetViews(content: Pick<WorksheetContent, "selected" | "frozenRows">): string {
  const selected = content.selected ? ' tabSelected="1"' : "";
  if (content.frozenRows <= 0) return `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
  const topLeft = `A${content.frozenRows + 1}`;
  return (
    `<sheetViews><sheetView${selected} workbookViewId="0">` +
    `<pane ySplit="${content.frozenRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

/**
 * Rows in order: every row with a height or a cell, its cells as the iterator gives them. The
 * cells must come in row order, then column order, as a plan lays them down; anything else is a
 * fault of the caller, said at once rather than written into a file Excel would repair.
 */
function sheetData<C extends CellContent>(
  out: Utf8Chunks,
  cells: Iterable<C>,
  styleOf: (cell: C) => number,
  heights: ReadonlyMap<number, number>,
): void {
  const sized = [...heights.keys()].sort((a, b) => a - b);
  const iterator = cells[Symbol.iterator]();
  let next = iterator.next();
  let h = 0;
  let previous: CellContent | null = null;
  out.add("<sheetData>");
  while (!next.done || h < sized.length) {
    const row = Math.min(next.done ? Infinity : next.value.row, sized[h] ?? Infinity);
    while (h < sized.length && sized[h]! <= row) h++;
    const height = heights.get(row);
    out.add(`<row r="${row + 1}"${height === undefined ? "" : ` ht="${height}" customHeight="1"`}>`);
    for (; !next.done && next.value.row === row; next = iterator.next()) {
      const cell = next.value;
      if (previous && inOrder(previous, cell) >= 0) throw new Error(`cell ${cell.row}:${cell.column} out of order`);
      out.add(cellXml(cell, styleOf(cell)));
      previous = cell;
    }
    out.add("</row>");
    if (!next.done && next.value.row < row) throw new Error(`cell ${next.value.row}:${next.value.column} out of order`);
  }
  out.add("</sheetData>");
}

/** A cell's XML; text goes in as an inline string, so sharedStrings.xml is never touched and never run as a formula. */
export function cellXml(cell: CellContent, xf: number): string {
  const ref = `${COLUMN_NAMES[cell.column] ?? columnName(cell.column)}${cell.row + 1}`;
  const style = xf ? ` s="${xf}"` : "";
  const { value, formula } = cell;
  if (formula !== undefined) {
    const f = `<f>${xmlText(formula.startsWith("=") ? formula.slice(1) : formula)}</f>`;
    if (typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}"${style}>${f}<v>${value}</v></c>`;
    if (typeof value === "string") return `<c r="${ref}"${style} t="str">${f}<v>${cellText(value)}</v></c>`;
    if (typeof value === "boolean") return `<c r="${ref}"${style} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${style}>${f}</c>`;
  }
  if (typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}"${style}><v>${value}</v></c>`;
  if (typeof value === "string") return `<c r="${ref}"${style} t="inlineStr"><is>${inlineText(value)}</is></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style}/>`;
}
