import type { UnitSummary } from "./unit-summary";

/** How the recap names a unit: its Unit Kerja, or, where Info gives none, its file. */
export function unitLabel(unit: Pick<UnitSummary, "unitKerja" | "file">): string {
  return unit.unitKerja ?? `(tanpa Unit Kerja: ${unit.file})`;
}
