import { NO_MARKS, parseReference, type FoundName, type NameMark } from "../workbook/marks";
import { placeSheet } from "../workbook/sheet-names";

/** Where a recap sheet goes: the name it gets, and LAPKIN's earlier recap sheet it replaces (or null). */
export interface RecapPlacement {
  readonly name: string;
  readonly replaces: string | null;
}

/**
 * Each recap sheet's place. The sheet an earlier recap's mark points at (whatever the user has
 * renamed it to) is replaced where it stands; otherwise the sheet takes its own name, or, where a
 * sheet of that name is the user's, "Rekap Unit (LAPKIN)" as placeSheet gives it.
 */
export function placeRecapSheets(
  sheets: readonly { readonly name: string }[],
  marks: readonly NameMark[],
  found: readonly FoundName[],
  sheetNames: readonly string[],
): RecapPlacement[] {
  const claimed = new Set<string>();
  const earlier = sheets.map((sheet) => {
    const mark = marks.find((m) => "sheet" in m && m.sheet === sheet.name);
    const name = mark && found.find((f) => f.name.toUpperCase() === mark.name.toUpperCase());
    const place = name && parseReference(name.reference);
    const actual = place && sheetNames.find((s) => s.toUpperCase() === place.sheet.toUpperCase());
    // Two marks on one sheet (a user's copying): it is replaced once, the other recap sheet made anew.
    if (!actual || claimed.has(actual.toUpperCase())) return null;
    claimed.add(actual.toUpperCase());
    return actual;
  });
  const taken = new Set<string>();
  return sheets.map((sheet, i) => {
    const replaces = earlier[i];
    if (replaces) return { name: replaces, replaces };
    // With no marks to look in, placeSheet's kind is never looked up: only its naming rule is used.
    const fresh = placeSheet("pemeriksaan", sheet.name, sheetNames, NO_MARKS, taken);
    return { name: fresh.name, replaces: null };
  });
}
