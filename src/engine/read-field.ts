import { HUNDRED, type Decimal } from "./decimal";
import type { Field } from "./fields";
import { raiseFlag, type RaisedFlag } from "./flags";
import { formatNumber } from "./format-number";
import { describeValue, readNumber, type Notation } from "./parse-number";

export interface FieldValue {
  /** The number exactly as typed (a percent cell as the number it shows), or null when empty or not a number. */
  readonly value: Decimal | null;
  /** True only for a truly empty input; 0 is a value, not empty. */
  readonly empty: boolean;
  /** The cell was formatted as a percentage and its stored fraction was read as the number it shows. */
  readonly fromPercent: boolean;
  /** How a text number was written ("angka" for a real number), for checks down a whole column. */
  readonly notation?: Notation;
  /** Another reading of an ambiguous text ("1.500": 1500, or 1,5 in English notation). */
  readonly alternative?: Decimal;
  /** The text as typed, where the cell held text. */
  readonly text?: string;
  readonly flags: readonly RaisedFlag[];
}

/** What a cell's number format says its number is, where the door knows it. */
export type CellKind = "percent" | "date" | null;

/** Shared by every field read without a remark (nothing may change it: it is readonly). */
const NO_FLAGS: readonly RaisedFlag[] = Object.freeze([]);
const EMPTY: FieldValue = { value: null, empty: true, fromPercent: false, flags: NO_FLAGS };

/**
 * One numeric input of an indicator, read once, with the flags a person should see about how it was
 * read. A number in a percent-formatted cell (stored 0,9523, shown 95,23 %) means what it shows; a
 * date where a number belongs is an error, never its serial number.
 */
export function readField(raw: unknown, medan: Field, kind: CellKind = null): FieldValue {
  if (raw instanceof Date) return dateError(medan, raw);
  if (typeof raw === "number" && kind === "date") return dateError(medan, excelSerialToDate(raw));
  const reading = readNumber(raw);
  switch (reading.kind) {
    case "kosong":
      return EMPTY;
    case "bukan-angka":
      return {
        value: null,
        empty: false,
        fromPercent: false,
        flags: [raiseFlag("BUKAN_ANGKA", medan, { nilai: describeValue(reading.text) })],
      };
    case "angka": {
      if (typeof raw === "number" && kind === "percent") {
        return { value: reading.value.times(HUNDRED), empty: false, fromPercent: true, flags: NO_FLAGS };
      }
      const english = reading.notation === "titik-desimal" || reading.notation === "inggris";
      const flags = english
        ? [
            raiseFlag("NOTASI_INGGRIS", medan, {
              teks: describeValue(raw),
              dibaca: formatNumber(reading.value, { decimals: 10, fixed: false }),
            }),
          ]
        : NO_FLAGS;
      // One literal with every field (undefined where there is none): spreading the optional ones in
      // copied objects through the engine's slow path, the costliest line of reading a row.
      return {
        value: reading.value,
        empty: false,
        fromPercent: false,
        notation: reading.notation,
        alternative: reading.alternative,
        text: typeof raw === "string" ? raw : undefined,
        flags,
      };
    }
  }
}

function dateError(medan: Field, date: Date | null): FieldValue {
  const tampil = date && !Number.isNaN(date.getTime()) ? formatDate(date) : "tanggal";
  return { value: null, empty: false, fromPercent: false, flags: [raiseFlag("TANGGAL_BUKAN_ANGKA", medan, { tampil })] };
}

/** Excel's 1900 date system: serial 1 is 1 January 1900 (with Excel's own 29 February 1900 kept). */
function excelSerialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial)) return null;
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
}

function formatDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
