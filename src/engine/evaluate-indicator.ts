import { flat } from "./flat-text";
import { aggregateQuarters, describeBasis, type QuarterAggregate } from "./aggregate-quarters";
import { capaian as computeCapaian, type CapaianRule } from "./capaian";
import { readAgregasi, readArah, type Agregasi, type Arah, type RumusTurun } from "./choices";
import { costPerUnit } from "./cost-per-unit";
import type { Decimal } from "./decimal";
import { detailValue } from "./detail-sum";
import { efisiensi as computeEfisiensi, type Efisiensi } from "./efisiensi";
import { quarterField, QUARTERS, type Quarter } from "./fields";
import { raiseFlag, type RaisedFlag } from "./flags";
import { formatFigure, formatNumber, formatRupiah } from "./format-number";
import { computed, FlagTrail, notComputable, type Outcome } from "./outcome";
import { describeValue } from "./parse-number";
import { penyerapan as computePenyerapan } from "./penyerapan";
import { shownDecimals, typedDecimals } from "./precision";
import { predikat as ratePredikat, predikatScale, type PredikatScale } from "./predikat";
import { ratioRealisasi } from "./ratio";
import { readField, type FieldValue } from "./read-field";
import { explainRealisasi } from "./realisasi-note";
import { roundHalfAwayFromZero } from "./round";
import { checkStaffCapaian, checkStaffPenyerapan } from "./staff-figures";

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
  /** A capaian and a penyerapan the staff typed themselves: checked, never used. */
  readonly capaianStaf?: unknown;
  readonly penyerapanStaf?: unknown;
}

/** The same row with every number read once (a workbook reads its cells with their number formats). */
export interface IndicatorFigures {
  readonly target: FieldValue;
  /** TW 1..TW 4 in order. */
  readonly tw: readonly FieldValue[];
  readonly pembilang: FieldValue;
  readonly penyebut: FieldValue;
  readonly realisasi: FieldValue;
  readonly anggaran: FieldValue;
  readonly realisasiAnggaran: FieldValue;
  readonly capaianStaf: FieldValue;
  readonly penyerapanStaf: FieldValue;
  readonly agregasi: unknown;
  readonly arah: unknown;
  readonly sumber: string | null;
  readonly rincian: string | null;
}

/** Workbook-wide choices (sheet Info, sheet Skala). */
export interface EvaluationSettings {
  readonly periode: Quarter;
  readonly rumusTurun: RumusTurun;
  readonly skala: PredikatScale;
}

export const DEFAULT_SETTINGS: EvaluationSettings = { periode: 4, rumusTurun: "2T-R", skala: predikatScale("lima-tingkat") };

/** How the realisasi was formed, for the report's written-out formula and its native one. */
export type Derivation =
  | { readonly kind: "triwulan"; readonly aggregate: QuarterAggregate }
  | { readonly kind: "rasio"; readonly pembilang: Decimal; readonly penyebut: Decimal }
  | { readonly kind: "manual" };

export interface Evaluation {
  readonly arah: Arah;
  readonly agregasi: Agregasi;
  readonly target: Decimal | null;
  readonly realisasi: Decimal | null;
  /** The decimals the realisasi is printed with: its rounding if derived, as typed (at least 2) if not. */
  readonly realisasiDecimals: number;
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
  readonly flags: readonly RaisedFlag[];
}

interface FormedRealisasi {
  readonly value: Decimal;
  readonly decimals: number;
  readonly derivation: Derivation;
  readonly catatan: string;
}

/** Reads every number of a row as typed, without number formats (what a formula or a test has). */
export function readIndicatorInput(input: IndicatorInput): IndicatorFigures {
  const text = (raw: unknown) => {
    if (raw === null || raw === undefined) return null;
    const value = (typeof raw === "string" ? raw : describeValue(raw)).trim();
    return value === "" ? null : value;
  };
  return {
    target: readField(input.target, "target"),
    tw: QUARTERS.map((tw) => readField(input.tw?.[tw - 1], quarterField(tw))),
    pembilang: readField(input.pembilang, "pembilang"),
    penyebut: readField(input.penyebut, "penyebut"),
    realisasi: readField(input.realisasi, "realisasi"),
    anggaran: readField(input.anggaran, "anggaran"),
    realisasiAnggaran: readField(input.realisasiAnggaran, "realisasiAnggaran"),
    capaianStaf: readField(input.capaianStaf, "capaianStaf"),
    penyerapanStaf: readField(input.penyerapanStaf, "penyerapanStaf"),
    agregasi: input.agregasi,
    arah: input.arah,
    sumber: text(input.sumber),
    rincian: typeof input.rincian === "string" ? input.rincian : null,
  };
}

/** Everything the report says about one indicator typed as raw values. Never throws. */
export function evaluateIndicator(input: IndicatorInput, settings: EvaluationSettings = DEFAULT_SETTINGS): Evaluation {
  return evaluateFigures(readIndicatorInput(input), settings);
}

/**
 * Everything the report says about one indicator: realisasi (formed as its Agregasi says),
 * capaian, predikat, budget absorption, efficiency and cost per unit, the staff's own figures
 * checked, with every flag. Each step returns an Outcome; this function only joins them.
 */
export function evaluateFigures(f: IndicatorFigures, settings: EvaluationSettings = DEFAULT_SETTINGS): Evaluation {
  const trail = new FlagTrail();
  const arah = trail.take(readArah(f.arah)) ?? "naik";
  trail.add(...f.target.flags);
  if (f.target.empty) trail.add(raiseFlag("TARGET_KOSONG", "target", {}));
  trail.add(...f.realisasi.flags);
  const agregasi = trail.take(readAgregasi(f.agregasi)) ?? (f.realisasi.empty ? null : "manual");

  const realisasi = trail.take(formRealisasi(f, agregasi, settings.periode));
  if (f.rincian !== null) trail.add(...checkDetail(f.rincian, agregasi, realisasi, f.pembilang, f.penyebut));
  if (realisasi?.value.isNegative())
    trail.add(raiseFlag("REALISASI_NEGATIF", "realisasi", { nilai: formatFigure(realisasi.value) }));

  const rule: CapaianRule = { arah, rumusTurun: settings.rumusTurun };
  const capaian =
    f.target.value !== null && realisasi !== null ? trail.take(computeCapaian(f.target.value, realisasi.value, rule)) : null;
  if (capaian !== null && realisasi !== null && f.target.value !== null) {
    trail.add(...checkStaffCapaian(f.capaianStaf, { capaian, target: f.target.value, realisasi, rule }));
  }

  const budget = trail.take(evaluateBudget(f.anggaran, f.realisasiAnggaran))!;
  if (budget.penyerapan !== null) trail.add(...checkStaffPenyerapan(f.penyerapanStaf, budget));
  const efisiensi = capaian !== null && budget.penyerapan !== null ? computeEfisiensi(capaian, budget.penyerapan) : null;
  const biayaPerUnit =
    budget.realisasiAnggaran !== null && realisasi !== null && !realisasi.value.isZero()
      ? costPerUnit(budget.realisasiAnggaran, realisasi.value).value
      : null;

  return {
    arah,
    agregasi: agregasi ?? "manual",
    target: f.target.value,
    realisasi: realisasi?.value ?? null,
    realisasiDecimals: realisasi?.decimals ?? 2,
    derivation: realisasi?.derivation ?? null,
    capaian,
    predikat: capaian === null ? null : ratePredikat(capaian, settings.skala),
    anggaran: budget.anggaran,
    realisasiAnggaran: budget.realisasiAnggaran,
    penyerapan: budget.penyerapan,
    efisiensi,
    biayaPerUnit,
    catatan: realisasi?.catatan ?? "",
    flags: trail.flags,
  };
}

/** The realisasi as the row's Agregasi forms it, or why it can't be formed. */
function formRealisasi(f: IndicatorFigures, agregasi: Agregasi | null, periode: Quarter): Outcome<FormedRealisasi> {
  if (agregasi === null) {
    return notComputable(
      f.tw.some((q) => !q.empty) ? raiseFlag("AGREGASI_KOSONG", "agregasi", {}) : raiseFlag("REALISASI_KOSONG", "realisasi", {}),
    );
  }
  if (agregasi === "rasio") return ratioFrom(f.pembilang, f.penyebut, f.realisasi);
  if (agregasi === "manual") return manualFrom(f.realisasi, f.tw, periode);
  return quartersFrom(agregasi, f.tw, f.realisasi, periode, f.sumber);
}

function quartersFrom(
  metode: "jumlah" | "rata-rata" | "akhir",
  quarters: readonly FieldValue[],
  typed: FieldValue,
  periode: Quarter,
  sumber: string | null,
): Outcome<FormedRealisasi> {
  const read = quarters.flatMap((q) => q.flags);
  // A quarter that isn't a number already carries its galat; a sum without it would mislead.
  if (quarters.some((q) => !q.empty && q.value === null)) return notComputable(...read);
  const outcome = aggregateQuarters({ values: quarters.map((q) => q.value), metode, periode, sumber });
  if (outcome.value === null) return notComputable(...read, ...outcome.flags);
  const aggregate = outcome.value;
  return computed(
    {
      value: aggregate.realisasi,
      decimals: aggregate.decimals,
      derivation: { kind: "triwulan", aggregate },
      catatan: flat(explainRealisasi(aggregate, sumber)),
    },
    [...read, ...outcome.flags, ...checkTyped(typed, aggregate.realisasi, aggregate.decimals, describeBasis(aggregate))],
  );
}

function ratioFrom(pembilang: FieldValue, penyebut: FieldValue, typed: FieldValue): Outcome<FormedRealisasi> {
  const flags: RaisedFlag[] = [...pembilang.flags, ...penyebut.flags];
  if (pembilang.empty) flags.push(raiseFlag("KOSONG", "pembilang", { untuk: "realisasi rasio" }));
  if (penyebut.empty) flags.push(raiseFlag("KOSONG", "penyebut", { untuk: "realisasi rasio" }));
  if (pembilang.value === null || penyebut.value === null) return notComputable(...flags);
  const ratio = ratioRealisasi(pembilang.value, penyebut.value);
  if (ratio.value === null) return notComputable(...flags, ...ratio.flags);
  const { value, decimals } = ratio.value;
  return computed(
    { value, decimals, derivation: { kind: "rasio", pembilang: pembilang.value, penyebut: penyebut.value }, catatan: "" },
    [...flags, ...checkTyped(typed, value, decimals, "rasio Pembilang / Penyebut x 100")],
  );
}

/**
 * A typed realisasi is used exactly as typed; one with more decimals than anyone types is a
 * computed figure, and is used as printed (2 decimals). The TWs, where given, are checked against it.
 */
function manualFrom(typed: FieldValue, quarters: readonly FieldValue[], periode: Quarter): Outcome<FormedRealisasi> {
  if (typed.empty) return notComputable(raiseFlag("REALISASI_KOSONG", "realisasi", {}));
  if (typed.value === null) return notComputable();
  const decimals = shownDecimals(typed.value);
  const value = typedDecimals(typed.value) === typed.value.decimalPlaces() ? typed.value : roundHalfAwayFromZero(typed.value);
  const due = quarters.slice(0, periode);
  const flags: RaisedFlag[] = due.flatMap((q) => q.flags);
  const given = due.filter((q) => q.value !== null);
  if (given.length > 0 && given.length === due.filter((q) => !q.empty).length) {
    // The TWs, where given, should form the typed figure in one of the usual ways.
    const candidates = (["jumlah", "rata-rata", "akhir"] as const).map(
      (metode) => aggregateQuarters({ values: quarters.map((q) => q.value), metode, periode }).value!,
    );
    if (!candidates.some((c) => roundHalfAwayFromZero(value, c.decimals).equals(c.realisasi))) {
      flags.push(
        raiseFlag("REALISASI_TIDAK_COCOK", "realisasi", {
          diketik: formatFigure(typed.value),
          cara: "jumlah, rata-rata maupun nilai akhir TW",
          dihitung: candidates.map((c) => formatNumber(c.realisasi, { decimals: c.decimals })).join("; "),
          dipakai: formatNumber(value, { decimals }),
        }),
      );
    }
  }
  return computed({ value, decimals, derivation: { kind: "manual" }, catatan: "" }, flags);
}

/** A realisasi typed beside a method that derives it must agree with it, at the derived figure's decimals. */
function checkTyped(typed: FieldValue, derived: Decimal, decimals: number, cara: string): RaisedFlag[] {
  if (typed.value === null || roundHalfAwayFromZero(typed.value, decimals).equals(derived)) return [];
  const shown = formatNumber(derived, { decimals });
  return [
    raiseFlag("REALISASI_TIDAK_COCOK", "realisasi", {
      diketik: formatFigure(typed.value),
      cara,
      dihitung: shown,
      dipakai: shown,
    }),
  ];
}

/**
 * A detail line must add up to the figure it details: Pembilang for a Rasio, else the realisasi.
 * The seed's "(1 x 11 Dok RKPDesa)" beside a total that counts 12 is the case this catches.
 */
function checkDetail(
  text: string,
  agregasi: Agregasi | null,
  realisasi: FormedRealisasi | null,
  pembilang: FieldValue,
  penyebut: FieldValue,
): RaisedFlag[] {
  const detail = detailValue(text);
  if (!detail) return [];
  const rasio = agregasi === "rasio";
  const compared = rasio ? pembilang.value : (realisasi?.value ?? null);
  if (compared === null || detail.equals(compared)) return [];
  const alternative = rasio && penyebut.value && !penyebut.value.isZero() ? ratioRealisasi(detail, penyebut.value).value : null;
  return [
    raiseFlag("RINCIAN_TIDAK_COCOK", "rincian", {
      rincian: describeValue(text),
      nilai: formatFigure(detail).replace(/,00$/, ""),
      pembanding: `${rasio ? "Pembilang" : "Realisasi"} ${formatFigure(compared).replace(/,00$/, "")}`,
      akibat: alternative
        ? ` (dengan rincian ini realisasi menjadi ${formatNumber(alternative.value, { decimals: alternative.decimals })})`
        : "",
    }),
  ];
}

export interface Budget {
  readonly anggaran: Decimal | null;
  readonly realisasiAnggaran: Decimal | null;
  readonly penyerapan: Decimal | null;
}

function evaluateBudget(anggaran: FieldValue, realisasiAnggaran: FieldValue): Outcome<Budget> {
  const flags: RaisedFlag[] = [...anggaran.flags, ...realisasiAnggaran.flags];
  if (anggaran.empty !== realisasiAnggaran.empty) {
    const [missing, present] = anggaran.empty
      ? (["anggaran", "Realisasi Anggaran"] as const)
      : (["realisasiAnggaran", "Anggaran"] as const);
    flags.push(raiseFlag("ANGGARAN_TIDAK_LENGKAP", missing, { ada: present }));
  }
  for (const [part, medan] of [
    [anggaran, "anggaran"],
    [realisasiAnggaran, "realisasiAnggaran"],
  ] as const) {
    // A negative amount is an error on its own cell, whether or not its pair is there.
    if (part.value?.isNegative()) flags.push(raiseFlag("NILAI_NEGATIF", medan, { nilai: formatRupiah(part.value) }));
  }
  const bothUsable = anggaran.value !== null && realisasiAnggaran.value !== null;
  const negative = Boolean(anggaran.value?.isNegative() || realisasiAnggaran.value?.isNegative());
  const penyerapan = bothUsable && !negative ? computePenyerapan(anggaran.value!, realisasiAnggaran.value!) : null;
  if (penyerapan) flags.push(...penyerapan.flags);
  return computed(
    { anggaran: anggaran.value, realisasiAnggaran: realisasiAnggaran.value, penyerapan: penyerapan?.value ?? null },
    flags,
  );
}
