import { Decimal } from "./decimal";

/** How a text number was written; "angka" means it was a real number, not text. */
export type Notation = "angka" | "polos" | "indonesia" | "titik-desimal" | "inggris";

export type NumberReading =
  | {
      readonly kind: "angka";
      readonly value: Decimal;
      readonly notation: Notation;
      /** Set when the text reads as another number in the other notation ("1.500": 1500 or 1,5). */
      readonly alternative?: Decimal;
    }
  | { readonly kind: "kosong" }
  | { readonly kind: "bukan-angka"; readonly text: string };

const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const PLAIN = /^\d+$/;
const INDONESIAN_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const INDONESIAN_DECIMAL = /^\d+,\d+$/;
const ENGLISH_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const POINT_DECIMAL = /^\d+\.\d+$/;
const ONE_THOUSANDS_GROUP = /^[1-9]\d{0,2}[.,]\d{3}$/;

/** Text too long to be a number anyone typed; refused before any regular expression runs on it. */
const MAX_NUMBER_TEXT = 64;

/**
 * Reads a cell value as a number the way Indonesian staff write them: real numbers as they are;
 * text in Indonesian notation ("84,87", "2.180.922.481", "Rp 305.100.000", "95,23 %"), the
 * Indonesian reading winning where a text is ambiguous ("1.500" is 1500). Never throws.
 */
export function readNumber(raw: unknown): NumberReading {
  if (raw === null || raw === undefined) return { kind: "kosong" };
  if (typeof raw === "number") {
    return Number.isFinite(raw)
      ? { kind: "angka", value: new Decimal(raw), notation: "angka" }
      : { kind: "bukan-angka", text: String(raw) };
  }
  if (typeof raw === "bigint") return { kind: "angka", value: new Decimal(raw.toString()), notation: "angka" };
  if (Decimal.isDecimal(raw)) {
    const value = raw as Decimal;
    return value.isFinite() ? { kind: "angka", value, notation: "angka" } : { kind: "bukan-angka", text: value.toString() };
  }
  if (typeof raw !== "string") return { kind: "bukan-angka", text: describeValue(raw) };
  return readNumberText(raw);
}

function readNumberText(raw: string): NumberReading {
  const text = raw.replace(SPACES, " ").trim();
  if (text === "") return { kind: "kosong" };
  if (text.length > MAX_NUMBER_TEXT) return { kind: "bukan-angka", text: raw };

  let body = text;
  let negative = false;
  const sign = /^([-\u2212+])\s*/.exec(body);
  if (sign) {
    negative = sign[1] !== "+";
    body = body.slice(sign[0].length);
  }
  // "Rp. 305.100.000,-" as staff write money: the currency before, a dash for "no sen" after.
  body = body
    .replace(/^rp\.?\s*/i, "")
    .replace(/[.,]-+$/, "")
    .replace(/\s*%$/, "");

  const reading = readUnsigned(body);
  if (!reading) return { kind: "bukan-angka", text: raw };
  const apply = (value: Decimal): Decimal => (negative ? value.negated() : value);
  return {
    kind: "angka",
    value: apply(reading.value),
    notation: reading.notation,
    ...(reading.alternative ? { alternative: apply(reading.alternative) } : {}),
  };
}

interface UnsignedReading {
  value: Decimal;
  notation: Notation;
  alternative?: Decimal;
}

function readUnsigned(body: string): UnsignedReading | null {
  if (PLAIN.test(body)) return { value: new Decimal(body), notation: "polos" };

  if (INDONESIAN_GROUPED.test(body) || INDONESIAN_DECIMAL.test(body)) {
    const value = new Decimal(body.replace(/\./g, "").replace(",", "."));
    return ONE_THOUSANDS_GROUP.test(body)
      ? { value, notation: "indonesia", alternative: new Decimal(body.replace(/,/g, "")) }
      : { value, notation: "indonesia" };
  }
  if (ENGLISH_GROUPED.test(body)) return { value: new Decimal(body.replace(/,/g, "")), notation: "inggris" };
  if (POINT_DECIMAL.test(body)) return { value: new Decimal(body), notation: "titik-desimal" };
  return null;
}

const MAX_QUOTED = 60;

/** A short, one-line, safe rendering of any value for a message; never throws, even on hostile objects. */
export function describeValue(raw: unknown): string {
  const text = renderValue(raw).replace(/[\r\n\t]+/g, " ");
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

function renderValue(raw: unknown): string {
  try {
    if (typeof raw === "string") return raw;
    if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? "tanggal tidak sah" : raw.toISOString().slice(0, 10);
    if (typeof raw === "object" && raw !== null) {
      const json = JSON.stringify(raw);
      return json === undefined ? Object.prototype.toString.call(raw) : json;
    }
    return String(raw);
  } catch {
    return Object.prototype.toString.call(raw);
  }
}
