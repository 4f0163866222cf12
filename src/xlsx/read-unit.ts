import { fileNotRead, fileTempat, recapProblem, type ProblemLine } from "../recap/problem";
import { isRecapWorkbook } from "../recap/recap-marks";
import { summariseUnit, type UnitSummary } from "../recap/unit-summary";
import { evaluateWorkbook } from "../workbook/evaluate-workbook";
import { loadWorkbook, type WorkbookHandle } from "./read-workbook";
import type { Codec } from "./zip/codec";

export type ReadUnit = { readonly ok: true; readonly unit: UnitSummary } | { readonly ok: false; readonly problem: ProblemLine };

/** How the loader's messages name the file: the problem line names it already. */
const THIS_FILE = "file ini";

/**
 * One unit's workbook, as bytes, read, evaluated and summarised for the recap (named `file` there);
 * nothing of it is kept but the summary, so a recap holds one workbook at a time whichever door
 * reads the files. A file that can't be read is a problem line, never an exception: one bad file
 * never ends a recap.
 */
export async function unitFromBytes(bytes: Uint8Array, file: string, codec?: Codec): Promise<ReadUnit> {
  try {
    const loaded = await loadWorkbook(bytes, THIS_FILE, codec);
    if (!loaded.ok) return unreadable(file, loaded.message);
    // A recap LAPKIN wrote is no unit's report; a unit's workbook holding a recap written into it in Excel still is.
    if (isRecapWorkbook(definedNamesOf(loaded.handle)) && loaded.snapshot.indikator === null)
      return { ok: false, problem: recapProblem("REKAP_DILEWATI", "lembar", {}, { file, tempat: fileTempat(file) }) };
    const evaluated = evaluateWorkbook(loaded.snapshot);
    if (!evaluated.ok) return unreadable(file, evaluated.message);
    return { ok: true, unit: summariseUnit(evaluated.workbook, { file, lapkinOutput: loaded.snapshot.marks.sheets.size > 0 }) };
  } catch (error) {
    return unreadable(file, `terjadi kesalahan saat membacanya (${(error as Error)?.message ?? String(error)})`);
  }
}

/** Whether these bytes are a recap LAPKIN wrote. */
export async function isRecapPackage(bytes: Uint8Array, codec?: Codec): Promise<boolean> {
  const loaded = await loadWorkbook(bytes, THIS_FILE, codec).catch(() => null);
  return loaded !== null && loaded.ok && isRecapWorkbook(definedNamesOf(loaded.handle));
}

export function unreadable(file: string, sebab: string): { ok: false; problem: ProblemLine } {
  return { ok: false, problem: fileNotRead(file, sebab) };
}

/**
 * The workbook-level defined names of a loaded file. The snapshot's marks know the unit workbook's
 * sheets only, so a recap's own marks are looked for among the package's names.
 */
function definedNamesOf(handle: WorkbookHandle): string[] {
  return handle.map.definedNames.filter((n) => n.localSheetId === null).map((n) => n.name);
}
