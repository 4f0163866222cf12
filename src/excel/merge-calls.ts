import type { Rect } from "../workbook/plan";
import { indexRuns } from "./area-addresses";

/** One Range.merge call: `across` merges each row of the rectangle on its own (Excel's Merge Across). */
export interface MergeCall {
  readonly rect: Rect;
  readonly across: boolean;
}

/**
 * A plan's merges as few calls as Excel allows (RangeAreas has no merge): one-row merges of the
 * same columns on consecutive rows become one Merge Across of the block; every other merge is a
 * call of its own.
 */
export function mergeCalls(merges: readonly Rect[]): MergeCall[] {
  const rowsBySpan = new Map<string, number[]>();
  const calls: MergeCall[] = [];
  for (const merge of merges) {
    if (merge.top !== merge.bottom) calls.push({ rect: merge, across: false });
    else if (merge.left !== merge.right) {
      const span = `${merge.left}:${merge.right}`;
      const rows = rowsBySpan.get(span) ?? [];
      rows.push(merge.top);
      rowsBySpan.set(span, rows);
    }
  }
  for (const [span, rows] of rowsBySpan) {
    const [left, right] = span.split(":").map(Number) as [number, number];
    for (const [top, bottom] of indexRuns(rows)) calls.push({ rect: { top, left, bottom, right }, across: top !== bottom });
  }
  return calls;
}
