import { placeFlag, raiseFlag, type Field, type Flag, type FlagCode, type FlagData, type Tingkat } from "../engine";

/**
 * One line of the recap's Masalah sheet (and of `--json`'s masalah): a flag with the file it is
 * about. A unit's own flags keep their cell; a problem across units points at the file, and at the
 * Info cell or the list's line where one says more.
 */
export interface ProblemLine {
  readonly tingkat: Tingkat;
  readonly kode: FlagCode;
  /** The file as the recap names it (for a unit expected but not sent, the list of expected units). */
  readonly file: string;
  /** The cell ("Info!B3", "Indikator!J4") or the list's line ("baris 12"); null when there is none. */
  readonly sel: string | null;
  readonly pesan: string;
}

/** A unit's own flag, as a Masalah line of its file. */
export function problemOfFlag(flag: Flag, file: string): ProblemLine {
  return { tingkat: flag.tingkat, kode: flag.kode, file, sel: flag.sel, pesan: flag.pesan };
}

/** Where a problem across units is: the file (or the list of expected units) and, where known, a cell in it. */
export interface ProblemPlace {
  readonly file: string;
  readonly sel?: string | null;
  /** How the sentence names the place: "File kiriman/dinas-a.xlsx". */
  readonly tempat: string;
}

/** A problem across units, worded by the flag catalogue like every other flag. */
export function recapProblem<K extends FlagCode>(kode: K, medan: Field, data: FlagData[K], place: ProblemPlace): ProblemLine {
  const flag = placeFlag(raiseFlag(kode, medan, data), { tempat: place.tempat, sel: place.sel ?? null });
  return { tingkat: flag.tingkat, kode, file: place.file, sel: flag.sel, pesan: flag.pesan };
}

/** "File kiriman/dinas-a.xlsx": the place of a problem about a whole file. */
export const fileTempat = (file: string) => `File ${file}`;

/** A file the recap could not read, and why. */
export const fileNotRead = (file: string, sebab: string): ProblemLine =>
  recapProblem("FILE_TIDAK_TERBACA", "lembar", { sebab }, { file, tempat: fileTempat(file) });
