import type { CellValue, Grid } from "../../workbook/cells";
import type { CellStyle } from "../../workbook/plan";
import { LINE_HEIGHT, textHeight } from "../../workbook/sheet-builder";
import type { WorksheetCell } from "./worksheet-xml";

/** Narrowest and widest a column is made, in characters. */
const WIDTH = { min: 8, max: 48 } as const;

export interface GridLayout {
  readonly cells: WorksheetCell[];
  readonly columnWidths: number[];
  readonly rowHeights: Map<number, number>;
}

/**
 * A plain grid (the sample's Info and Indikator) laid out to be read on screen and on paper: each
 * column as wide as its longest entry within bounds, a longer text wrapped in its cell with the row
 * made tall enough, whole amounts of a thousand or more with thousands separators, dates as dates.
 * Values are written exactly as given. A "list" has its labels in the first column and each value
 * beside its label, read left to right; a "table" has its headers in the first row.
 */
export function layGrid(grid: Grid, shape: "list" | "table", xfFor: (style: CellStyle) => number): GridLayout {
  const columns = grid.reduce((n, row) => Math.max(n, row.length), 0);
  const columnWidths = Array.from({ length: columns }, (_, c) =>
    Math.min(
      WIDTH.max,
      grid.reduce<number>((widest, row) => Math.max(widest, shownLength(row[c] ?? null) + 2), WIDTH.min),
    ),
  );
  const rowHeights = new Map<number, number>();
  const cells: WorksheetCell[] = [];
  grid.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const style: { -readonly [K in keyof CellStyle]: CellStyle[K] } = { vertical: "top" };
      if (shape === "list" ? c === 0 : r === 0) style.bold = true;
      if (shape === "list") style.horizontal = "left";
      if (value instanceof Date) style.numberFormat = "yyyy-mm-dd";
      else if (typeof value === "number" && Number.isInteger(value) && Math.abs(value) >= 1000 && !isYear(grid, r, c)) {
        style.numberFormat = "#,##0";
      } else if (typeof value === "string" && value.length > columnWidths[c]! - 2) {
        style.wrap = true;
        const needed = textHeight(value, columnWidths[c]!);
        if (needed > LINE_HEIGHT) rowHeights.set(r, Math.max(rowHeights.get(r) ?? LINE_HEIGHT, needed));
      }
      cells.push({ row: r, column: c, value: value instanceof Date ? serialOf(value) : value, style: xfFor(style) });
    }),
  );
  return { cells, columnWidths, rowHeights };
}

/** A year (Tahun 2023) is a number a reader doesn't want written 2.023; an amount "s.d. Tahun Lalu" is not a year. */
function isYear(grid: Grid, row: number, column: number): boolean {
  const value = grid[row]?.[column];
  if (typeof value !== "number" || value < 1900 || value > 2100) return false;
  const label = [grid[row]?.[column - 1], grid[0]?.[column]].find((v) => typeof v === "string");
  return typeof label === "string" && /tahun/i.test(label);
}

function shownLength(value: CellValue): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  // A number takes its digits, and a separator every three of them.
  if (typeof value === "number") return String(value).length + Math.floor(String(Math.trunc(Math.abs(value))).length / 3);
  return String(value).length;
}

/** A date as Excel's serial number (1900 date system, UTC). */
function serialOf(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}
