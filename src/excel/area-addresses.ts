import { a1, columnLetters } from "../workbook/a1";
import type { Rect } from "../workbook/plan";
import { ADDRESS_LIMIT } from "./request-size";

/** "A1", "A3:I7": a rectangle as Worksheet.getRanges reads it (no sheet name: the worksheet is the one asked). */
export function rectAddress(rect: Rect): string {
  const from = a1(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? from : `${from}:${a1(rect.bottom, rect.right)}`;
}

/** Whole rows: "9:9", "11:14". */
export const rowsAddress = (top: number, bottom: number) => `${top + 1}:${bottom + 1}`;

/** Whole columns: "A:A", "C:D". */
export const columnsAddress = (left: number, right: number) => `${columnLetters(left)}:${columnLetters(right)}`;

/**
 * Addresses joined as getRanges takes them ("A1:B2, D4:E9"), in as few strings as keep each
 * within the 8,192 characters Excel reads of one (past them it silently cuts the address).
 */
export function joinAddresses(addresses: readonly string[], limit = ADDRESS_LIMIT): string[] {
  const joined: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current && current.length + 2 + address.length > limit) {
      joined.push(current);
      current = "";
    }
    current = current ? `${current}, ${address}` : address;
  }
  if (current) joined.push(current);
  return joined;
}

/** Sorted indexes as runs of consecutive ones: [3, 4, 5, 9] -> [[3, 5], [9, 9]]. */
export function indexRuns(indexes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && index === last[1] + 1) last[1] = index;
    else if (!last || index !== last[1]) runs.push([index, index]);
  }
  return runs;
}
