import type { ChartRange } from "../../workbook/chart-plan";
import { columnLetters, sheetRefName } from "../../workbook/a1";

/** A chart range as a series formula holds it, absolute and quoted as Excel writes it: 'Rencana Aksi'!$B$5:$B$9. */
export function rangeFormula(range: ChartRange): string {
  const { top, left, bottom, right } = range.rect;
  const corner = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;
  const cells = top === bottom && left === right ? corner(top, left) : `${corner(top, left)}:${corner(bottom, right)}`;
  return `${sheetRefName(range.sheet)}!${cells}`;
}
