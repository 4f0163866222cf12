import type { ComputedColumnsPlan } from "../workbook/computed-columns";
import { indexRuns } from "./area-addresses";
import { formulaCell } from "./cell-text";
import { matrixSteps, type MatrixCell } from "./matrix-steps";
import { actionBytes, pathBytes } from "./request-size";
import { sharedSheet, type WriteStep } from "./write-step";

/**
 * LAPKIN's columns on Indikator: each run of adjacent columns emptied below the header where an
 * earlier run wrote, its header written (bold), then a =LAPKIN.* formula (or value) for each
 * indicator row in blocks of rows. These are the only cells of a user's sheet LAPKIN writes; a
 * column of LAPKIN's may stand anywhere (the user may have moved it).
 */
export function computedColumnSteps(plan: ComputedColumnsPlan): WriteStep[] {
  const byColumn = new Map(plan.columns.map((c) => [c.column, c] as const));
  const shares = sharedSheet(plan.sheet);
  return indexRuns([...byColumn.keys()]).flatMap(([left, right]) => {
    const width = right - left + 1;
    const steps: WriteStep[] = [];
    const clear = plan.clearRows;
    if (clear) {
      const args = [clear.from, left, clear.to - clear.from + 1, width] as const;
      steps.push({
        bytes: pathBytes("method", "GetRangeByIndexes", args) + actionBytes("call", "Clear", ["Contents"]),
        shares,
        queue: (scope) =>
          scope
            .sheet(plan.sheet)
            .getRangeByIndexes(...args)
            .clear("Contents"),
      });
    }
    const header = [Array.from({ length: width }, (_, i) => formulaCell(byColumn.get(left + i)!.header))];
    steps.push({
      bytes:
        pathBytes("method", "GetRangeByIndexes", [plan.headerRow, left, 1, width]) +
        actionBytes("set", "Values", [header]) +
        pathBytes("property", "Format") +
        pathBytes("property", "Font") +
        actionBytes("set", "Bold", [true]),
      shares,
      queue: (scope) => {
        const range = scope.sheet(plan.sheet).getRangeByIndexes(plan.headerRow, left, 1, width);
        range.values = header;
        range.format.font.bold = true;
      },
    });

    const cells = plan.cells.filter((c) => c.column >= left && c.column <= right);
    if (cells.length === 0) return steps;
    // Reduced, not spread: a regency's sheet has more rows than a call may take arguments.
    const first = cells.reduce((min, c) => Math.min(min, c.row), Number.POSITIVE_INFINITY);
    const last = cells.reduce((max, c) => Math.max(max, c.row), 0);
    const matrix: MatrixCell[][] = Array.from({ length: last - first + 1 }, () => Array<MatrixCell>(width).fill(""));
    for (const cell of cells) matrix[cell.row - first]![cell.column - left] = formulaCell(cell.value, cell.formula);
    return [...steps, ...matrixSteps(plan.sheet, first, left, matrix, "formulas")];
  });
}
