import { describeValue, raiseFlag, readField, type Decimal, type Field, type Outcome } from "../engine";
import { blocksFormula, excelError, excelErrorFor, type ArgumentNames } from "./excel-errors";

/**
 * The one place where Excel arguments become engine values. Each custom function names its
 * arguments once; every failure becomes a CustomFunctions.Error whose message names the argument.
 */
export class Arguments {
  constructor(private readonly names: ArgumentNames) {}

  /** A required number: a real number or Indonesian-notation text ("84,87", "2.180.922.481"). */
  number(raw: unknown, field: Field): Decimal {
    const read = readField(this.single(raw, field), field);
    if (read.empty)
      throw excelErrorFor(raiseFlag(field === "target" ? "TARGET_KOSONG" : "KOSONG", field, { untuk: "hasilnya" }), this.names);
    const blocking = read.flags.find(blocksFormula);
    if (blocking || read.value === null)
      throw excelErrorFor(blocking ?? raiseFlag("BUKAN_ANGKA", field, { nilai: describeValue(raw) }), this.names);
    return read.value;
  }

  /** An optional number: null for an empty cell (0 is a value), an Excel error for text. */
  optionalNumber(raw: unknown, field: Field): Decimal | null {
    const read = readField(this.single(raw, field), field);
    const blocking = read.flags.find(blocksFormula);
    if (blocking) throw excelErrorFor(blocking, this.names);
    return read.value;
  }

  /** A choice typed as text (arah, periode, ...): the engine's reading, or an error if it didn't know it. */
  choice<T>(raw: unknown, field: Field, read: (raw: unknown) => Outcome<T> & { value: T }): T {
    const reading = read(this.single(raw, field));
    const blocking = reading.flags.find(blocksFormula);
    if (blocking) throw excelErrorFor(blocking, this.names);
    return reading.value;
  }

  /** The value of an engine calculation, or the Excel error its first blocking flag calls for. */
  valueOf<T>(outcome: Outcome<T>): T {
    const blocking = outcome.flags.find(blocksFormula);
    if (blocking) throw excelErrorFor(blocking, this.names);
    if (outcome.value === null) throw excelError("invalidValue", "Hasilnya tidak dapat dihitung dari argumen ini.");
    return outcome.value;
  }

  /** An optional text argument; Excel passes null for one left out. */
  text(raw: unknown, field: Field): string | null {
    const value = this.single(raw, field);
    if (value === null || value === undefined) return null;
    const text = String(value).trim();
    return text === "" ? null : text;
  }

  /**
   * One value where one belongs: a one-cell range is its value; a range of several cells is an
   * error naming the argument, never a silent pick of one of them.
   */
  single(raw: unknown, field: Field): unknown {
    if (!Array.isArray(raw)) return raw;
    const cells = (raw as unknown[]).flatMap((row) => (Array.isArray(row) ? row : [row]));
    if (cells.length === 1) return cells[0];
    const name = this.names[field] ?? field;
    throw excelError("invalidValue", `Argumen ${name} berisi ${cells.length} sel; pilih satu sel saja.`);
  }

  /**
   * The TW 1..TW 4 cells of a range, row or column, as Excel passes them (a matrix, or one value
   * for a single cell). More than four cells can't be quarters.
   */
  quarters(raw: unknown, field: Field): unknown[] {
    const cells = Array.isArray(raw) ? (raw as unknown[]).flatMap((row) => (Array.isArray(row) ? row : [row])) : [raw];
    if (cells.length > 4) {
      const name = this.names[field] ?? field;
      throw excelError(
        "invalidValue",
        `Argumen ${name} berisi ${cells.length} sel; pilih paling banyak 4 sel, TW 1 sampai TW 4.`,
      );
    }
    return cells;
  }
}
