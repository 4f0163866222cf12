import type { SheetPlan } from "../workbook/plan";
import { columnsAddress, indexRuns, rowsAddress } from "./area-addresses";
import { areaSteps } from "./area-steps";
import { mergeCalls } from "./merge-calls";
import { actionBytes, pathBytes } from "./request-size";
import { sharedSheet, type WriteStep } from "./write-step";

/** Excel column width in characters to the points Range.format.columnWidth takes. */
const pointsForCharacters = (characters: number) => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

/** The plan's merges, as few Merge / Merge Across calls as Excel allows (merge-calls.ts). */
export function mergeSteps(plan: Omit<SheetPlan, "kind">, sheet: string): WriteStep[] {
  return mergeCalls(plan.merges).map(({ rect, across }) => {
    const args = [rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1] as const;
    return {
      bytes: pathBytes("method", "GetRangeByIndexes", args) + actionBytes("call", "Merge", [across]),
      shares: sharedSheet(sheet),
      queue: (scope) =>
        scope
          .sheet(sheet)
          .getRangeByIndexes(...args)
          .merge(across),
    };
  });
}

/** Column widths: the columns of one width at once ("A:A, C:D"), or a range per run of them on older hosts. */
export function widthSteps(plan: Omit<SheetPlan, "kind">, sheet: string, rangeAreas: boolean): WriteStep[] {
  return groupBy(plan.columnWidths.map((width, column) => [column, pointsForCharacters(width)] as const)).flatMap(
    ([points, columns]) =>
      areaSteps(
        sheet,
        indexRuns(columns).map(([left, right]) => ({
          address: columnsAddress(left, right),
          rect: { top: 0, left, bottom: 0, right },
        })),
        { bytes: actionBytes("set", "ColumnWidth", [points]), apply: (format) => (format.columnWidth = points) },
        rangeAreas,
      ),
  );
}

/** Row heights: the rows of one height at once ("9:9, 11:14"), or a range per run of them on older hosts. */
export function heightSteps(plan: Omit<SheetPlan, "kind">, sheet: string, rangeAreas: boolean): WriteStep[] {
  return groupBy([...plan.rowHeights]).flatMap(([height, rows]) =>
    areaSteps(
      sheet,
      indexRuns(rows).map(([top, bottom]) => ({ address: rowsAddress(top, bottom), rect: { top, left: 0, bottom, right: 0 } })),
      { bytes: actionBytes("set", "RowHeight", [height]), apply: (format) => (format.rowHeight = height) },
      rangeAreas,
    ),
  );
}

/** [index, value] pairs grouped by value: the rows of each height, the columns of each width. */
function groupBy(pairs: readonly (readonly [number, number])[]): [number, number[]][] {
  const groups = new Map<number, number[]>();
  for (const [index, value] of pairs) {
    const list = groups.get(value) ?? [];
    list.push(index);
    groups.set(value, list);
  }
  return [...groups];
}
