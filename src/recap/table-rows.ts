import type { PlanCell, Rect, StyleKey } from "../workbook/plan";
import { REPORT_STYLES } from "../workbook/report-styles";
import { LINE_HEIGHT, MAX_CELL_TEXT, MAX_ROW_HEIGHT, textHeight } from "../workbook/sheet-builder";

const CUT_MARK = "...";

/**
 * The body of a long table, laid down row by row, left to right: cells are appended in the order
 * a sheet stores them, and each row is as tall as its tallest wrapped text. SheetBuilder places
 * cells anywhere and sorts them at the end, which a document needs; a recap of 500 units is a
 * table of hundreds of thousands of cells written once in order, and this keeps it to one array.
 */
export class TableRows {
  readonly cells: PlanCell[] = [];
  readonly merges: Rect[] = [];
  readonly heights = new Map<number, number>();

  constructor(private readonly widths: readonly number[]) {}

  put(
    row: number,
    column: number,
    value: string | number | null,
    style: StyleKey,
    formula?: string,
    numberFormat?: string,
  ): this {
    const cell = tableCell(row, column, value, style, formula, numberFormat);
    this.cells.push(cell);
    this.fit(row, cell.value, this.widths[column] ?? 10, style);
    return this;
  }

  /** A value across columns `left` to `right` of one row, the style on each so borders draw whole. */
  span(row: number, left: number, right: number, value: string | number | null, style: StyleKey): this {
    const text = fitted(value);
    this.cells.push({ row, column: left, value: text, style });
    for (let c = left + 1; c <= right; c++) this.cells.push({ row, column: c, value: null, style });
    if (right > left) this.merges.push({ top: row, left, bottom: row, right });
    let width = 0;
    for (let c = left; c <= right; c++) width += this.widths[c] ?? 10;
    this.fit(row, text, width, style);
    return this;
  }

  private fit(row: number, value: string | number | null, width: number, style: StyleKey): void {
    const needed = heightFor(value, width, style);
    const height = this.heights.get(row);
    if (height === undefined || needed > height) this.heights.set(row, needed);
  }
}

/** A cell of a table body, its text cut to what a cell may hold. */
export function tableCell(
  row: number,
  column: number,
  value: string | number | null,
  style: StyleKey,
  formula?: string,
  numberFormat?: string,
): PlanCell {
  return completed({ row, column, value: fitted(value), style }, formula, numberFormat);
}

/**
 * The same cell as tableCell, made while a sheet is written and dropped straight after. Its object
 * literal is its own on purpose: the engine decides, for each place in the code that makes objects, whether
 * they outlive young collections, and cells a plan keeps, made at the same place, would send these
 * straight to the old generation too, to wait there for a full collection (30 MB more at 500 units).
 */
export function writtenCell(
  row: number,
  column: number,
  value: string | number | null,
  style: StyleKey,
  formula?: string,
  numberFormat?: string,
): PlanCell {
  return completed({ row, column, value: fitted(value), style }, formula, numberFormat);
}

/** A cell given its formula and number format where it has them (no spreads: a recap makes hundreds of thousands). */
function completed(cell: { -readonly [K in keyof PlanCell]: PlanCell[K] }, formula?: string, numberFormat?: string): PlanCell {
  if (formula) cell.formula = formula;
  if (numberFormat) cell.numberFormat = numberFormat;
  return cell;
}

/** Points a row needs for this value in a column `width` characters wide, in the style's font. */
export function heightFor(value: string | number | null, width: number, style: StyleKey): number {
  const { wrap, size = DEFAULT_SIZE } = REPORT_STYLES[style];
  const needed =
    typeof value === "string" && wrap && !fitsOneLine(value, width, size)
      ? textHeight(fitted(value) as string, width, size)
      : LINE_HEIGHT;
  return Math.min(MAX_ROW_HEIGHT, needed);
}

const DEFAULT_SIZE = 11;

/**
 * Most cells of a recap hold a short text (a unit's name, a level): no longer than the column is
 * wide, it fits one line of a font no larger than the default, and laying its words out can be skipped.
 */
const fitsOneLine = (text: string, width: number, size: number) =>
  size <= DEFAULT_SIZE && text.length <= width && !text.includes("\n");

/** A text longer than Excel's 32,767 characters a cell is cut to fit, ending in "...". */
function fitted(value: string | number | null): string | number | null {
  return typeof value === "string" && value.length > MAX_CELL_TEXT
    ? value.slice(0, MAX_CELL_TEXT - CUT_MARK.length) + CUT_MARK
    : value;
}
