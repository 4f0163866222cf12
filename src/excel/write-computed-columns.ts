import type { ComputedColumnsPlan } from "../workbook/computed-columns";
import { formulaCell } from "./cell-text";

/**
 * Queues LAPKIN's columns on Indikator: its header, and a =LAPKIN.* formula (or value) for each
 * indicator row, after clearing what an earlier run left in those columns. These are the only
 * cells of a user's sheet LAPKIN writes.
 */
export function queueComputedColumns(sheet: Excel.Worksheet, plan: ComputedColumnsPlan, usedRows: number): void {
  const width = plan.headers.length;
  const below = usedRows - plan.headerRow - 1;
  if (below > 0) sheet.getRangeByIndexes(plan.headerRow + 1, plan.start, below, width).clear("Contents");

  const header = sheet.getRangeByIndexes(plan.headerRow, plan.start, 1, width);
  header.values = [plan.headers.map((h) => formulaCell(h))];
  header.format.font.bold = true;
  if (plan.cells.length === 0) return;

  // Reduced, not spread: a regency's sheet has more rows than a call may take arguments.
  const first = plan.cells.reduce((min, c) => Math.min(min, c.row), Number.POSITIVE_INFINITY);
  const last = plan.cells.reduce((max, c) => Math.max(max, c.row), 0);
  const matrix: (string | number | boolean)[][] = Array.from({ length: last - first + 1 }, () => Array<string>(width).fill(""));
  for (const cell of plan.cells) matrix[cell.row - first]![cell.column - plan.start] = formulaCell(cell.value, cell.formula);
  sheet.getRangeByIndexes(first, plan.start, last - first + 1, width).formulas = matrix;
}
