import type { ComputedColumnsPlan } from "../workbook/computed-columns";
import { formulaCell } from "./cell-text";

/**
 * Queues LAPKIN's columns on Indikator: each column's header, then a =LAPKIN.* formula (or value)
 * for each indicator row, after emptying what an earlier run left in those columns. These are the
 * only cells of a user's sheet LAPKIN writes; a column of LAPKIN's may stand anywhere (the user may
 * have moved it), so each run of adjacent columns is written as one rectangle.
 */
export function queueComputedColumns(sheet: Excel.Worksheet, plan: ComputedColumnsPlan): void {
  const byColumn = new Map(plan.columns.map((c) => [c.column, c] as const));
  for (const run of adjacentRuns([...byColumn.keys()])) {
    const width = run.length;
    const left = run[0]!;
    if (plan.clearRows)
      sheet.getRangeByIndexes(plan.clearRows.from, left, plan.clearRows.to - plan.clearRows.from + 1, width).clear("Contents");
    const header = sheet.getRangeByIndexes(plan.headerRow, left, 1, width);
    header.values = [run.map((c) => formulaCell(byColumn.get(c)!.header))];
    header.format.font.bold = true;

    const cells = plan.cells.filter((c) => c.column >= left && c.column < left + width);
    if (cells.length === 0) continue;
    // Reduced, not spread: a regency's sheet has more rows than a call may take arguments.
    const first = cells.reduce((min, c) => Math.min(min, c.row), Number.POSITIVE_INFINITY);
    const last = cells.reduce((max, c) => Math.max(max, c.row), 0);
    const matrix: (string | number | boolean)[][] = Array.from({ length: last - first + 1 }, () => Array<string>(width).fill(""));
    for (const cell of cells) matrix[cell.row - first]![cell.column - left] = formulaCell(cell.value, cell.formula);
    sheet.getRangeByIndexes(first, left, last - first + 1, width).formulas = matrix;
  }
}

/** [3, 4, 5, 9] -> [[3, 4, 5], [9]] */
function adjacentRuns(columns: number[]): number[][] {
  const runs: number[][] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && column === last[last.length - 1]! + 1) last.push(column);
    else runs.push([column]);
  }
  return runs;
}
