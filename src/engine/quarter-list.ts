import { listInWords } from "./choices";
import type { Quarter } from "./fields";

/** "TW 1-3", "TW 1, 2 dan 4", "TW 4": how a note names a set of quarters. */
export function quarterListInWords(quarters: readonly Quarter[]): string {
  const sorted = [...quarters].sort((a, b) => a - b);
  const isRun = sorted.length >= 3 && sorted.every((q, i) => i === 0 || q === sorted[i - 1]! + 1);
  if (isRun) return `TW ${sorted[0]}-${sorted[sorted.length - 1]}`;
  return `TW ${listInWords(sorted.map(String), "dan")}`;
}
