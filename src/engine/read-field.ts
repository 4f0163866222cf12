import type { Decimal } from "./decimal";
import type { Field } from "./fields";
import { raiseFlag, type Flag } from "./flags";
import { formatNumber } from "./format-number";
import { describeValue, readNumber } from "./parse-number";

export interface FieldValue {
  /** The number, or null when the input is empty or not a number. */
  readonly value: Decimal | null;
  /** True only for a truly empty input; 0 is a value, not empty. */
  readonly empty: boolean;
  readonly flags: readonly Flag[];
}

/** One numeric input of an indicator, read with the flags a person should see about how it was read. */
export function readField(raw: unknown, medan: Field): FieldValue {
  const reading = readNumber(raw);
  switch (reading.kind) {
    case "kosong":
      return { value: null, empty: true, flags: [] };
    case "bukan-angka":
      return { value: null, empty: false, flags: [raiseFlag("BUKAN_ANGKA", medan, { nilai: describeValue(reading.text) })] };
    case "angka": {
      const flags =
        reading.notation === "titik-desimal" || reading.notation === "inggris"
          ? [
              raiseFlag("NOTASI_INGGRIS", medan, {
                teks: describeValue(raw),
                dibaca: formatNumber(reading.value, { decimals: 10, fixed: false }),
              }),
            ]
          : [];
      return { value: reading.value, empty: false, flags };
    }
  }
}
