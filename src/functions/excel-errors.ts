import { FIELD_LABELS, placeFlag, type Field, type FlagCode, type RaisedFlag } from "../engine";
import { customFunctionsRuntime } from "./runtime";

/** How a function's arguments are named to the user: the engine field each argument feeds. */
export type ArgumentNames = Partial<Record<Field, string>>;

/** Division by zero is #DIV/0!, as Excel users expect; Excel shows no message with it. */
const DIVISION_BY_ZERO: ReadonlySet<FlagCode> = new Set(["TARGET_NOL", "PENYEBUT_NOL", "REALISASI_NOL", "ANGGARAN_NOL"]);
/** A required value that isn't there is #N/A, with the message. */
const NOT_AVAILABLE: ReadonlySet<FlagCode> = new Set(["TARGET_KOSONG", "KOSONG", "REALISASI_KOSONG"]);

/** The Excel error for an engine flag, its sentence naming the argument ("Argumen target ..."). */
export function excelErrorFor(flag: RaisedFlag, names: ArgumentNames): CustomFunctions.Error {
  const CustomFunctions = customFunctionsRuntime();
  const argument = names[flag.medan];
  // Placed as an argument: a formula returns its error and uses no fallback, so the sentence offers none.
  const placed = placeFlag(flag, { tempat: argument ? `Argumen ${argument}` : FIELD_LABELS[flag.medan], konteks: "argumen" });
  if (DIVISION_BY_ZERO.has(flag.kode)) return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  const code = NOT_AVAILABLE.has(flag.kode) ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, placed.pesan);
}

/**
 * A formula can't show a warning beside its value, so a flag that a sheet would only mark becomes
 * an error here when it means the result isn't what the user asked for: any galat, and an option
 * the engine didn't recognise (a sheet falls back to the default; a formula must not).
 */
/** An Excel error with a message (shown with #VALUE! and #N/A). */
export function excelError(code: "invalidValue" | "notAvailable", message: string): CustomFunctions.Error {
  const CustomFunctions = customFunctionsRuntime();
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[code], message);
}

export function blocksFormula(flag: RaisedFlag): boolean {
  return flag.tingkat === "galat" || flag.kode === "PILIHAN_TIDAK_DIKENAL";
}
