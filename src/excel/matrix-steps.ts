import { BULK_CELLS, jsonBytes, matrixBytes, pathBytes } from "./request-size";
import { sharedSheet, type WriteStep } from "./write-step";

export type MatrixCell = string | number | boolean | null;
type MatrixProperty = "formulas" | "numberFormat" | "values";

const OFFICE_NAME: Readonly<Record<MatrixProperty, string>> = {
  formulas: "Formulas",
  numberFormat: "NumberFormat",
  values: "Values",
};

/** A step holds at most about this much of a matrix, so that syncs can be filled close to the budget. */
export const MATRIX_STEP_BYTES = 500_000;

/**
 * A matrix written at (top, left) of a sheet as blocks of whole rows, each a step of about
 * `stepBytes` at most. Rows for which `skip` holds are not sent at all (an empty row of a new
 * sheet, a row without a number format): a block never spans one.
 */
export function matrixSteps(
  sheet: string,
  top: number,
  left: number,
  matrix: readonly (readonly MatrixCell[])[],
  property: MatrixProperty,
  options: { readonly skip?: (row: readonly MatrixCell[]) => boolean; readonly stepBytes?: number } = {},
): WriteStep[] {
  const width = matrix[0]?.length ?? 0;
  if (width === 0) return [];
  const stepBytes = options.stepBytes ?? MATRIX_STEP_BYTES;
  const rowBytes = matrix.map((row) => jsonBytes(row));
  // What a row adds besides its JSON: its comma, and its share of Office.js's per-block paths.
  const perRow = 1 + (pathBytes("method", "GetBoundingRect", [0], true) * 3) / Math.max(1, Math.round(BULK_CELLS / width));

  const steps: WriteStep[] = [];
  let start = -1;
  let bytes = 0;
  const close = (end: number) => {
    if (start >= 0 && end > start)
      steps.push(blockStep(sheet, top + start, left, matrix.slice(start, end), rowBytes.slice(start, end), property));
    start = -1;
    bytes = 0;
  };
  matrix.forEach((row, i) => {
    if (options.skip?.(row)) return close(i);
    if (start >= 0 && bytes + rowBytes[i]! + perRow > stepBytes) close(i);
    if (start < 0) start = i;
    bytes += rowBytes[i]! + perRow;
  });
  close(matrix.length);
  return steps;
}

function blockStep(
  sheet: string,
  top: number,
  left: number,
  block: readonly (readonly MatrixCell[])[],
  rowBytes: readonly number[],
  property: MatrixProperty,
): WriteStep {
  const width = block[0]!.length;
  return {
    bytes:
      pathBytes("method", "GetRangeByIndexes", [top, left, block.length, width]) +
      matrixBytes(OFFICE_NAME[property], rowBytes, width),
    shares: sharedSheet(sheet),
    queue: (scope) => {
      scope.sheet(sheet).getRangeByIndexes(top, left, block.length, width)[property] = block as MatrixCell[][];
    },
  };
}
