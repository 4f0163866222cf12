import type { Field, Quarter } from "./fields";
import { raiseFlag } from "./flags";
import type { Outcome } from "./outcome";
import { describeValue } from "./parse-number";
import { textKey } from "./text-key";

export type Arah = "naik" | "turun";
export type RumusTurun = "2T-R" | "T/R";
export type SkalaPredikat = "lima-tingkat" | "berhasil" | "memuaskan";
export type Agregasi = "jumlah" | "rata-rata" | "akhir" | "rasio" | "manual";

interface Option<T> {
  readonly value: T;
  /** How the choice is shown to a person. */
  readonly label: string;
  /** Other spellings accepted, compared by textKey. */
  readonly also: readonly string[];
}

/**
 * A user's choice typed as text. Empty means the default, silently; an unknown text means the
 * default too, with a flag naming what was found and what is accepted.
 */
function choiceReader<T>(
  medan: Field,
  options: readonly Option<T>[],
  fallback: T,
  keyOf: (text: string) => string = textKey,
  /** How the fallback is named where it isn't one of the options (Agregasi's depends on the row). */
  fallbackLabel?: string,
) {
  const byKey = new Map<string, T>();
  for (const option of options) {
    for (const spelling of [option.label, ...option.also]) byKey.set(keyOf(spelling), option.value);
  }
  const labelOf = (value: T) => options.find((o) => o.value === value)?.label ?? fallbackLabel ?? String(value);
  const accepted = listInWords(options.map((o) => o.label));

  return (raw: unknown): Outcome<T> & { value: T } => {
    if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) {
      return { value: fallback, flags: [] };
    }
    const found = byKey.get(keyOf(typeof raw === "string" ? raw : describeValue(raw)));
    if (found !== undefined) return { value: found, flags: [] };
    return {
      value: fallback,
      flags: [
        raiseFlag("PILIHAN_TIDAK_DIKENAL", medan, { nilai: describeValue(raw), pilihan: accepted, dipakai: labelOf(fallback) }),
      ],
    };
  };
}

/** "A, B atau C" */
export function listInWords(items: readonly string[], conjunction = "atau"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

export const readArah = choiceReader<Arah>(
  "arah",
  [
    { value: "naik", label: "Naik", also: ["positif", "meningkat", "semakin tinggi semakin baik"] },
    { value: "turun", label: "Turun", also: ["negatif", "menurun", "semakin rendah semakin baik"] },
  ],
  "naik",
);

export const readRumusTurun = choiceReader<RumusTurun>(
  "rumusTurun",
  [
    { value: "2T-R", label: "2T-R", also: ["T-(R-T)/T", "(1+(1-R/T))", "kondisi khusus"] },
    { value: "T/R", label: "T/R", also: [] },
  ],
  "2T-R",
  // In a formula the punctuation is the meaning: 2T-R and 2T/R must not read alike.
  (text) =>
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/\s+/g, "")
      .replace(/\u2212/g, "-"),
);

export const readSkalaPredikat = choiceReader<SkalaPredikat>(
  "skala",
  [
    { value: "lima-tingkat", label: "lima-tingkat", also: ["5 tingkat", "lima", "rkpd"] },
    { value: "berhasil", label: "berhasil", also: [] },
    { value: "memuaskan", label: "memuaskan", also: [] },
  ],
  "lima-tingkat",
);

export const AGREGASI_LABELS: Readonly<Record<Agregasi, string>> = {
  jumlah: "Jumlah",
  "rata-rata": "Rata-rata",
  akhir: "Akhir",
  rasio: "Rasio",
  manual: "Manual",
};

const agregasiOptions: Option<Agregasi>[] = [
  { value: "jumlah", label: AGREGASI_LABELS.jumlah, also: ["sum", "total"] },
  { value: "rata-rata", label: AGREGASI_LABELS["rata-rata"], also: ["rata2", "rerata", "mean", "average"] },
  { value: "akhir", label: AGREGASI_LABELS.akhir, also: ["terakhir", "nilai akhir", "posisi akhir", "last"] },
  { value: "rasio", label: AGREGASI_LABELS.rasio, also: ["ratio"] },
  { value: "manual", label: AGREGASI_LABELS.manual, also: [] },
];

/** Agregasi as typed; null when left empty, because the right default depends on the row. */
export const readAgregasi = choiceReader<Agregasi | null>(
  "agregasi",
  agregasiOptions,
  null,
  textKey,
  "Manual bila Realisasi terisi",
);

const QUARTER_WORDS: ReadonlyMap<string, Quarter> = new Map<string, Quarter>([
  ["1", 1],
  ["i", 1],
  ["2", 2],
  ["ii", 2],
  ["3", 3],
  ["iii", 3],
  ["4", 4],
  ["iv", 4],
  ["tahunan", 4],
  ["tahun", 4],
  ["setahun", 4],
]);

/**
 * The reporting period as a quarter: "TW IV", "TW 4", "Triwulan IV", "s.d. Tribulan III", 4,
 * or "Tahunan" (the whole year, as TW IV). Unknown text gives TW IV with a flag.
 */
export function readPeriode(raw: unknown): Outcome<Quarter> & { value: Quarter } {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) return { value: 4, flags: [] };
  const key = textKey(typeof raw === "string" ? raw : describeValue(raw))
    .replace(/^(sd|sampaidengan)/, "")
    .replace(/^(triwulan|tribulan|trw|tw|kuartal|q)/, "");
  const quarter = QUARTER_WORDS.get(key);
  if (quarter !== undefined) return { value: quarter, flags: [] };
  return {
    value: 4,
    flags: [
      raiseFlag("PILIHAN_TIDAK_DIKENAL", "periode", {
        nilai: describeValue(raw),
        pilihan: "TW I, TW II, TW III, TW IV atau Tahunan",
        dipakai: "TW IV",
      }),
    ],
  };
}
