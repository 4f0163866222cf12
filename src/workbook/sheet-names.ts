import { textKey } from "../engine";
import type { FoundMarks } from "./marks";
import type { SheetKind } from "./plan";

/** Where a LAPKIN sheet goes: the name it gets, and LAPKIN's earlier sheet it replaces (or null). */
export interface SheetPlacement {
  readonly name: string;
  readonly replaces: string | null;
  /** Set when a sheet of the wanted name is the user's, so LAPKIN wrote beside it: the name it wanted. */
  readonly wanted: string | null;
}

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/**
 * LAPKIN's earlier sheet of this kind keeps its place and its (possibly renamed) name. Otherwise
 * the sheet gets its own name, or, where a sheet of that name is the user's, "Name (LAPKIN)": a
 * user's sheet is never replaced.
 */
export function placeSheet(
  kind: SheetKind,
  wanted: string,
  sheetNames: readonly string[],
  marks: FoundMarks,
  taken: Set<string> = new Set(),
): SheetPlacement {
  const earlier = marks.sheets.get(kind);
  if (earlier) {
    taken.add(textKey(earlier));
    return { name: earlier, replaces: earlier, wanted: null };
  }
  const used = new Set([...sheetNames.map(textKey), ...taken]);
  const candidates = [wanted, `${wanted} (LAPKIN)`, ...Array.from({ length: 98 }, (_, i) => `${wanted} (LAPKIN ${i + 2})`)];
  const name = candidates.map((c) => c.slice(0, MAX_SHEET_NAME)).find((c) => !used.has(textKey(c)))!;
  taken.add(textKey(name));
  return { name, replaces: null, wanted: name === wanted ? null : wanted };
}
