import { readFileSync } from "fs";
import { fileTempat, recapProblem, type ProblemLine } from "../../recap/problem";
import { isRecapWorkbook } from "../../recap/recap-marks";
import { summariseUnit, type UnitSummary } from "../../recap/unit-summary";
import { evaluateWorkbook } from "../../workbook/evaluate-workbook";
import { loadWorkbook, type WorkbookHandle } from "../../xlsx/read-workbook";
import { nodeCodec } from "../../xlsx/zip/node-codec";

export type ReadUnit = { readonly ok: true; readonly unit: UnitSummary } | { readonly ok: false; readonly problem: ProblemLine };

/** How the loader's messages name the file: the problem line names it already. */
const THIS_FILE = "file ini";

/**
 * One file of the recap (at `path`, named `file` in the recap), read, evaluated and summarised; everything read of it is dropped when
 * this returns, so the recap holds one workbook at a time. A file that can't be read is a problem
 * line, never an exception: one bad file never ends the run.
 */
export async function readUnit(path: string, file: string = path): Promise<ReadUnit> {
  try {
    const bytes = readBytes(path);
    if (bytes === null) return unreadable(file, "file ini tidak dapat dibuka (periksa izin aksesnya)");
    const loaded = await loadWorkbook(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), THIS_FILE, nodeCodec);
    if (!loaded.ok) return unreadable(file, loaded.message);
    if (isRecapWorkbook(definedNamesOf(loaded.handle)))
      return { ok: false, problem: recapProblem("REKAP_DILEWATI", "lembar", {}, { file, tempat: fileTempat(file) }) };
    const evaluated = evaluateWorkbook(loaded.snapshot);
    if (!evaluated.ok) return unreadable(file, evaluated.message);
    return { ok: true, unit: summariseUnit(evaluated.workbook, { file, lapkinOutput: loaded.snapshot.marks.sheets.size > 0 }) };
  } catch (error) {
    return unreadable(file, `terjadi kesalahan saat membacanya (${(error as Error)?.message ?? String(error)})`);
  }
}

export function unreadable(file: string, sebab: string): { ok: false; problem: ProblemLine } {
  return { ok: false, problem: recapProblem("FILE_TIDAK_TERBACA", "lembar", { sebab }, { file, tempat: fileTempat(file) }) };
}

/** Whether the file at `path` is a recap LAPKIN wrote (so it may be replaced by a new one). */
export async function isLapkinRecapFile(path: string): Promise<boolean> {
  const bytes = readBytes(path);
  if (bytes === null) return false;
  const loaded = await loadWorkbook(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), THIS_FILE, nodeCodec).catch(
    () => null,
  );
  return loaded !== null && loaded.ok && isRecapWorkbook(definedNamesOf(loaded.handle));
}

/**
 * The workbook-level defined names of a loaded file. The snapshot's marks know the unit workbook's
 * sheets only, so a recap's own marks are looked for among the package's names.
 */
function definedNamesOf(handle: WorkbookHandle): string[] {
  return handle.map.definedNames.filter((n) => n.localSheetId === null).map((n) => n.name);
}

/** A small file read at once: the asynchronous read costs more in event-loop turns than the reading itself. */
function readBytes(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}
