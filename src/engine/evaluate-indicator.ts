import { aggregateQuarters, describeBasis, type QuarterAggregate } from "./aggregate-quarters";
import { capaian as computeCapaian } from "./capaian";
import { readAgregasi, readArah, type Agregasi, type Arah, type RumusTurun, type SkalaPredikat } from "./choices";
import { costPerUnit } from "./cost-per-unit";
import type { Decimal } from "./decimal";
import { efisiensi as computeEfisiensi, type Efisiensi } from "./efisiensi";
import { quarterField, QUARTERS, type Field, type Quarter } from "./fields";
import { raiseFlag, type Flag } from "./flags";
import { formatNumber } from "./format-number";
import type { Outcome } from "./outcome";
import { penyerapan as computePenyerapan } from "./penyerapan";
import { predikat as ratePredikat } from "./predikat";
import { ratioRealisasi } from "./ratio";
import { readField, type FieldValue } from "./read-field";
import { explainRealisasi, formatInput } from "./realisasi-note";
import { detailValue } from "./detail-sum";
import { describeValue } from "./parse-number";
import { roundHalfAwayFromZero } from "./round";

/** One indicator row as typed: raw cell values, any type, exactly as a sheet or a caller holds them. */
export interface IndicatorInput {
  readonly target?: unknown;
  /** TW 1..TW 4 in order. */
  readonly tw?: readonly unknown[];
  readonly agregasi?: unknown;
  readonly pembilang?: unknown;
  readonly penyebut?: unknown;
  readonly realisasi?: unknown;
  readonly arah?: unknown;
  readonly anggaran?: unknown;
  readonly realisasiAnggaran?: unknown;
  readonly sumber?: unknown;
  /** The detail behind the figure ("12 + 11 + 12"): checked against Pembilang (Rasio) or the realisasi. */
  readonly rincian?: unknown;
}

/** Workbook-wide choices (sheet Info). */
export interface EvaluationSettings {
  readonly periode: Quarter;
  readonly rumusTurun: RumusTurun;
  readonly skala: SkalaPredikat;
}

export const DEFAULT_SETTINGS: EvaluationSettings = { periode: 4, rumusTurun: "2T-R", skala: "lima-tingkat" };

/** How the realisasi was formed, for the report's written-out formula. */
export type Derivation =
  | { readonly kind: "triwulan"; readonly aggregate: QuarterAggregate }
  | { readonly kind: "rasio"; readonly pembilang: Decimal; readonly penyebut: Decimal }
  | { readonly kind: "manual" };

export interface Evaluation {
  readonly arah: Arah;
  readonly agregasi: Agregasi;
  readonly target: Decimal | null;
  readonly realisasi: Decimal | null;
  readonly derivation: Derivation | null;
  readonly capaian: Decimal | null;
  readonly predikat: string | null;
  readonly anggaran: Decimal | null;
  readonly realisasiAnggaran: Decimal | null;
  readonly penyerapan: Decimal | null;
  readonly efisiensi: Efisiensi | null;
  readonly biayaPerUnit: Decimal | null;
  /** The explanatory note for Keterangan ("" when there is nothing to explain). */
  readonly catatan: string;
  readonly flags: readonly Flag[];
}

interface RealisasiResult {
  readonly value: Decimal | null;
  readonly derivation: Derivation | null;
  readonly catatan: string;
}

/**
 * Everything the report says about one indicator: realisasi (formed as its Agregasi says),
 * capaian, predikat, budget absorption, efficiency and cost per unit, with every flag. Never throws.
 */
export function evaluateIndicator(input: IndicatorInput, settings: EvaluationSettings = DEFAULT_SETTINGS): Evaluation {
  const flags: Flag[] = [];
  const take = <T>(outcome: Outcome<T>): T | null => {
    flags.push(...outcome.flags);
    return outcome.value;
  };
  const read = (raw: unknown, field: Field): FieldValue => {
    const value = readField(raw, field);
    flags.push(...value.flags);
    return value;
  };

  const arah = take(readArah(input.arah)) ?? "naik";
  const target = read(input.target, "target");
  if (target.empty) flags.push(raiseFlag("TARGET_KOSONG", "target", {}));
  const quarters = QUARTERS.map((tw) => read(input.tw?.[tw - 1], quarterField(tw)));
  const typed = read(input.realisasi, "realisasi");
  const agregasi = take(readAgregasi(input.agregasi)) ?? (typed.empty ? null : "manual");
  const sumber = readSumber(input.sumber);

  let realisasi: RealisasiResult = { value: null, derivation: null, catatan: "" };
  if (agregasi === null) {
    flags.push(
      quarters.some((q) => !q.empty)
        ? raiseFlag("AGREGASI_KOSONG", "agregasi", {})
        : raiseFlag("REALISASI_KOSONG", "realisasi", {}),
    );
  } else if (agregasi === "rasio") {
    realisasi = ratioFrom(read(input.pembilang, "pembilang"), read(input.penyebut, "penyebut"), typed, flags);
  } else if (agregasi === "manual") {
    realisasi = manualFrom(typed, quarters, settings.periode, flags);
  } else {
    realisasi = quartersFrom(agregasi, quarters, typed, settings.periode, sumber, flags);
  }

  if (typeof input.rincian === "string") {
    // Read again without flags: any problem with these cells is already flagged above.
    checkDetail(
      input.rincian,
      agregasi,
      realisasi,
      readField(input.pembilang, "pembilang"),
      readField(input.penyebut, "penyebut"),
      flags,
    );
  }

  const capaian =
    target.value !== null && realisasi.value !== null
      ? take(computeCapaian(target.value, realisasi.value, { arah, rumusTurun: settings.rumusTurun }))
      : null;

  const budget = evaluateBudget(read(input.anggaran, "anggaran"), read(input.realisasiAnggaran, "realisasiAnggaran"), flags);
  const efisiensi = capaian !== null && budget.penyerapan !== null ? computeEfisiensi(capaian, budget.penyerapan) : null;
  const biayaPerUnit =
    budget.realisasiAnggaran !== null && realisasi.value !== null && !realisasi.value.isZero()
      ? costPerUnit(budget.realisasiAnggaran, realisasi.value).value
      : null;

  return {
    arah,
    agregasi: agregasi ?? "manual",
    target: target.value,
    realisasi: realisasi.value,
    derivation: realisasi.derivation,
    capaian,
    predikat: capaian === null ? null : ratePredikat(capaian, settings.skala),
    anggaran: budget.anggaran,
    realisasiAnggaran: budget.realisasiAnggaran,
    penyerapan: budget.penyerapan,
    efisiensi,
    biayaPerUnit,
    catatan: realisasi.catatan,
    flags,
  };
}

function readSumber(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  const text = (typeof raw === "string" ? raw : describeValue(raw)).trim();
  return text === "" ? null : text;
}

function quartersFrom(
  metode: "jumlah" | "rata-rata" | "akhir",
  quarters: readonly FieldValue[],
  typed: FieldValue,
  periode: Quarter,
  sumber: string | null,
  flags: Flag[],
): RealisasiResult {
  // A quarter that isn't a number already carries its galat; a sum without it would mislead.
  if (quarters.some((q) => !q.empty && q.value === null)) return { value: null, derivation: null, catatan: "" };
  const outcome = aggregateQuarters({ values: quarters.map((q) => q.value), metode, periode, sumber });
  flags.push(...outcome.flags);
  if (outcome.value === null) return { value: null, derivation: null, catatan: "" };
  const aggregate = outcome.value;
  checkTyped(typed, aggregate.realisasi, describeBasis(aggregate), flags);
  return {
    value: aggregate.realisasi,
    derivation: { kind: "triwulan", aggregate },
    catatan: explainRealisasi(aggregate, sumber),
  };
}

function ratioFrom(pembilang: FieldValue, penyebut: FieldValue, typed: FieldValue, flags: Flag[]): RealisasiResult {
  for (const [part, field] of [
    [pembilang, "pembilang"],
    [penyebut, "penyebut"],
  ] as const) {
    if (part.empty) flags.push(raiseFlag("KOSONG", field, { untuk: "realisasi rasio" }));
  }
  if (pembilang.value === null || penyebut.value === null) return { value: null, derivation: null, catatan: "" };
  const value = ratioRealisasi(pembilang.value, penyebut.value);
  flags.push(...value.flags);
  if (value.value === null) return { value: null, derivation: null, catatan: "" };
  checkTyped(typed, value.value, "rasio Pembilang / Penyebut x 100", flags);
  return { value: value.value, derivation: { kind: "rasio", pembilang: pembilang.value, penyebut: penyebut.value }, catatan: "" };
}

function manualFrom(typed: FieldValue, quarters: readonly FieldValue[], periode: Quarter, flags: Flag[]): RealisasiResult {
  if (typed.empty) {
    flags.push(raiseFlag("REALISASI_KOSONG", "realisasi", {}));
    return { value: null, derivation: null, catatan: "" };
  }
  if (typed.value === null) return { value: null, derivation: null, catatan: "" };
  const value = roundHalfAwayFromZero(typed.value);
  const due = quarters.slice(0, periode).filter((q) => q.value !== null);
  if (due.length > 0 && due.length === quarters.slice(0, periode).filter((q) => !q.empty).length) {
    // The TWs, where given, should form the typed figure in one of the usual ways.
    const candidates = (["jumlah", "rata-rata", "akhir"] as const).map(
      (metode) => aggregateQuarters({ values: quarters.map((q) => q.value), metode, periode }).value!.realisasi,
    );
    if (!candidates.some((c) => c.equals(value))) {
      flags.push(
        raiseFlag("REALISASI_TIDAK_COCOK", "realisasi", {
          diketik: formatInput(typed.value),
          cara: "jumlah, rata-rata maupun nilai akhir TW",
          dihitung: candidates.map((c) => formatNumber(c)).join("; "),
          dipakai: formatNumber(value),
        }),
      );
    }
  }
  return { value, derivation: { kind: "manual" }, catatan: "" };
}

/** A realisasi typed beside a method that derives it must agree with what the method gives. */
function checkTyped(typed: FieldValue, derived: Decimal, cara: string, flags: Flag[]): void {
  if (typed.value === null || roundHalfAwayFromZero(typed.value).equals(derived)) return;
  flags.push(
    raiseFlag("REALISASI_TIDAK_COCOK", "realisasi", {
      diketik: formatInput(typed.value),
      cara,
      dihitung: formatNumber(derived),
      dipakai: formatNumber(derived),
    }),
  );
}

/**
 * A detail line must add up to the figure it details: Pembilang for a Rasio, else the realisasi.
 * The seed's "(1 x 11 Dok RKPDesa)" beside a total that counts 12 is the case this catches.
 */
function checkDetail(
  text: string,
  agregasi: Agregasi | null,
  realisasi: RealisasiResult,
  pembilang: FieldValue,
  penyebut: FieldValue,
  flags: Flag[],
): void {
  const detail = detailValue(text);
  if (!detail) return;
  const rasio = agregasi === "rasio";
  const compared = rasio ? pembilang.value : realisasi.value;
  if (compared === null || roundHalfAwayFromZero(detail).equals(roundHalfAwayFromZero(compared))) return;
  const alternative = rasio && penyebut.value && !penyebut.value.isZero() ? ratioRealisasi(detail, penyebut.value).value : null;
  flags.push(
    raiseFlag("RINCIAN_TIDAK_COCOK", "rincian", {
      rincian: describeValue(text),
      nilai: formatInput(detail),
      pembanding: `${rasio ? "Pembilang" : "Realisasi"} ${formatInput(compared)}`,
      akibat: alternative ? ` (dengan rincian ini realisasi menjadi ${formatNumber(alternative)})` : "",
    }),
  );
}

interface Budget {
  readonly anggaran: Decimal | null;
  readonly realisasiAnggaran: Decimal | null;
  readonly penyerapan: Decimal | null;
}

function evaluateBudget(anggaran: FieldValue, realisasiAnggaran: FieldValue, flags: Flag[]): Budget {
  if (anggaran.empty !== realisasiAnggaran.empty) {
    const [missing, present] = anggaran.empty
      ? (["anggaran", "Realisasi Anggaran"] as const)
      : (["realisasiAnggaran", "Anggaran"] as const);
    flags.push(raiseFlag("ANGGARAN_TIDAK_LENGKAP", missing, { ada: present }));
  }
  const penyerapan =
    anggaran.value !== null && realisasiAnggaran.value !== null
      ? computePenyerapan(anggaran.value, realisasiAnggaran.value)
      : null;
  if (penyerapan) flags.push(...penyerapan.flags);
  return { anggaran: anggaran.value, realisasiAnggaran: realisasiAnggaran.value, penyerapan: penyerapan?.value ?? null };
}
