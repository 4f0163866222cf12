import type { PrintSetup, Rect } from "../../workbook/plan";
import { a1 as cellAddress, columnLetters as columnName } from "../../workbook/a1";
import { cellText, xmlText } from "../xml/escape";
import { Utf8Chunks } from "../xml/utf8-chunks";

/** One cell to write: a value, a native formula (without "=") whose cached result is the value, a cellXfs index. */
export interface WorksheetCell {
  readonly row: number;
  readonly column: number;
  readonly value: string | number | boolean | null;
  readonly formula?: string;
  readonly style: number;
}

/** Everything of a worksheet part LAPKIN writes, already resolved to style indexes and relationship ids. */
export interface WorksheetContent {
  readonly cells: readonly WorksheetCell[];
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

/** A worksheet part, its elements in the order the schema (CT_Worksheet) requires, as UTF-8. */
export function worksheetXml(content: WorksheetContent): Uint8Array {
  const inOrder = (a: WorksheetCell, b: WorksheetCell) => a.row - b.row || a.column - b.column;
  const sorted = content.cells.every((c, i) => i === 0 || inOrder(content.cells[i - 1]!, c) < 0);
  const cells = sorted ? content.cells : [...content.cells].sort(inOrder);
  // Reduced, not spread: a large report has more merges than a call may take arguments.
  const lastRow = content.merges.reduce((max, m) => Math.max(max, m.bottom), cells.length ? cells[cells.length - 1]!.row : 0);
  const lastColumn = content.merges.reduce(
    (max, m) => Math.max(max, m.right),
    cells.reduce((max, c) => Math.max(max, c.column), content.columnWidths.length - 1),
  );
  const out = new Utf8Chunks();
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
  sheetData(out, cells, content.rowHeights);
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
  return out.bytes();
}

function sheetViews(content: WorksheetContent): string {
  const selected = content.selected ? ' tabSelected="1"' : "";
  if (content.frozenRows <= 0) return `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
  const topLeft = `A${content.frozenRows + 1}`;
  return (
    `<sheetViews><sheetView${selected} workbookViewId="0">` +
    `<pane ySplit="${content.frozenRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function sheetData(out: Utf8Chunks, cells: readonly WorksheetCell[], heights: ReadonlyMap<number, number>): void {
  const rows = new Set<number>(heights.keys());
  for (const c of cells) rows.add(c.row);
  const order = [...rows].sort((a, b) => a - b);
  out.add("<sheetData>");
  let i = 0;
  for (const row of order) {
    const height = heights.get(row);
    out.add(`<row r="${row + 1}"${height === undefined ? "" : ` ht="${height}" customHeight="1"`}>`);
    while (i < cells.length && cells[i]!.row === row) out.add(cellXml(cells[i++]!));
    out.add("</row>");
  }
  out.add("</sheetData>");
}

/** A cell's XML; text goes in as an inline string, so sharedStrings.xml is never touched and never run as a formula. */
export function cellXml(cell: WorksheetCell): string {
  const ref = `${COLUMN_NAMES[cell.column] ?? columnName(cell.column)}${cell.row + 1}`;
  const style = cell.style ? ` s="${cell.style}"` : "";
  const { value, formula } = cell;
  if (formula !== undefined) {
    const f = `<f>${xmlText(formula.startsWith("=") ? formula.slice(1) : formula)}</f>`;
    if (typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}"${style}>${f}<v>${value}</v></c>`;
    if (typeof value === "string") return `<c r="${ref}"${style} t="str">${f}<v>${cellText(value)}</v></c>`;
    if (typeof value === "boolean") return `<c r="${ref}"${style} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${style}>${f}</c>`;
  }
  if (typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}"${style}><v>${value}</v></c>`;
  if (typeof value === "string")
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${cellText(value)}</t></is></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style}/>`;
}
