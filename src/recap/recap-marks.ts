import { MARK_PREFIX, type NameMark } from "../workbook/marks";
import type { RecapSheetKind } from "./recap-sheet";

/**
 * The hidden names that make a recap LAPKIN's own (marks.ts's way, one per sheet), so that a recap
 * lying in a folder of unit workbooks is recognised and skipped, whatever its sheets are called.
 */
const RECAP_MARKS: Readonly<Record<RecapSheetKind, string>> = {
  rekapUnit: `${MARK_PREFIX}SHEET_REKAP_UNIT`,
  rekapIndikator: `${MARK_PREFIX}SHEET_REKAP_INDIKATOR`,
  masalah: `${MARK_PREFIX}SHEET_MASALAH`,
  grafik: `${MARK_PREFIX}SHEET_GRAFIK_REKAP`,
};

export function recapMarks(sheets: readonly { readonly kind: RecapSheetKind; readonly name: string }[]): NameMark[] {
  return sheets.map((sheet) => ({
    name: RECAP_MARKS[sheet.kind],
    sheet: sheet.name,
    rect: { top: 0, left: 0, bottom: 0, right: 0 },
  }));
}

/** Whether a workbook's defined names say it is a recap LAPKIN wrote. */
export function isRecapWorkbook(definedNames: readonly string[]): boolean {
  const marks = new Set(Object.values(RECAP_MARKS));
  return definedNames.some((name) => marks.has(name.toUpperCase()));
}
