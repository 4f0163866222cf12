import { capaian, Decimal, formatFigure, formatNumber, type Arah, type RumusTurun } from "../engine";
import type { EvaluatedIndicator } from "./evaluate-workbook";
import { renstraRealisasi } from "./evaluasi-renja-plan";

/**
 * The LKjIP's comparisons for one indicator (DOMAIN.md, "Comparisons"; REGULATION.md section 4),
 * each aware of the indicator's direction: with earlier years, with the Renstra's end target and
 * with the national standard.
 */
export type Trend = "membaik" | "memburuk" | "tetap";

export interface YearFigure {
  readonly year: number;
  readonly realisasi: Decimal;
}

export interface YearComparison {
  /** Earlier years with a realisasi, oldest first. */
  readonly years: readonly YearFigure[];
  /** This year's realisasi less the latest earlier year's. */
  readonly change: Decimal;
  readonly trend: Trend;
}

export interface RenstraComparison {
  readonly target: Decimal;
  /** Realisasi up to this year: last year's plus this year's for a count, this year's for a level. */
  readonly realisasi: Decimal;
  /** Progress toward the end target, as capaian (the lower-is-better formula for arah turun). */
  readonly capaian: Decimal | null;
  /** What is still to go: never below 0. */
  readonly gap: Decimal;
}

export interface StandardComparison {
  readonly standard: Decimal;
  readonly capaian: Decimal | null;
}

export interface Comparisons {
  readonly years: YearComparison | null;
  readonly renstra: RenstraComparison | null;
  readonly standard: StandardComparison | null;
}

const atLeastZero = (value: Decimal) => (value.isNegative() ? new Decimal(0) : value);

/** Better or worse by the indicator's direction: up is better for naik, down for turun. */
export function trendOf(change: Decimal, arah: Arah): Trend {
  if (change.isZero()) return "tetap";
  return change.isPositive() === (arah === "naik") ? "membaik" : "memburuk";
}

/** Earlier years' realisasi: each "Realisasi YYYY" column, and "Realisasi Tahun Lalu" as last year where no such column says it. */
export function earlierYears(item: EvaluatedIndicator, tahun: number | null): YearFigure[] {
  const years = new Map<number, Decimal>();
  for (const [year, field] of item.row.years) if (field.value !== null) years.set(year, field.value);
  const lastYear = item.row.numbers.get("realisasiTahunLalu")?.value ?? null;
  if (lastYear !== null && tahun !== null && !years.has(tahun - 1)) years.set(tahun - 1, lastYear);
  return [...years.entries()].sort(([a], [b]) => a - b).map(([year, realisasi]) => ({ year, realisasi }));
}

export function compare(item: EvaluatedIndicator, tahun: number | null, rumusTurun: RumusTurun): Comparisons {
  const { evaluation } = item;
  const now = evaluation.realisasi;
  const rule = { arah: evaluation.arah, rumusTurun };
  const years = earlierYears(item, tahun);
  const yearComparison: YearComparison | null =
    now !== null && years.length > 0
      ? (() => {
          const change = now.minus(years[years.length - 1]!.realisasi);
          return { years, change, trend: trendOf(change, evaluation.arah) };
        })()
      : null;

  const target = item.row.numbers.get("targetRenstra")?.value ?? null;
  const soFar = renstraRealisasi(item);
  const renstra: RenstraComparison | null =
    target !== null && soFar !== null
      ? {
          target,
          realisasi: soFar,
          capaian: target.greaterThan(0) ? capaian(target, soFar, rule).value : null,
          gap: atLeastZero(evaluation.arah === "naik" ? target.minus(soFar) : soFar.minus(target)),
        }
      : null;

  const standardValue = item.row.numbers.get("standarNasional")?.value ?? null;
  const standard: StandardComparison | null =
    standardValue !== null && now !== null
      ? { standard: standardValue, capaian: standardValue.greaterThan(0) ? capaian(standardValue, now, rule).value : null }
      : null;
  return { years: yearComparison, renstra, standard };
}

/** The comparisons said in words with their numbers, as the LKjIP's analyses 2-4 are written. */
export function comparisonSentences(item: EvaluatedIndicator, comparisons: Comparisons, tahun: string): string[] {
  const sentences: string[] = [];
  const now = item.evaluation.realisasi;
  const shown = (value: Decimal) => formatFigure(value);
  if (comparisons.years && now !== null) {
    const { years, change, trend } = comparisons.years;
    const last = years[years.length - 1]!;
    const series = years.map((y) => `${y.year}: ${shown(y.realisasi)}`).join("; ");
    const movement = change.isZero()
      ? "sama dengan"
      : `${change.isPositive() ? "naik" : "turun"} ${formatNumber(change.abs(), { decimals: Math.max(2, change.decimalPlaces()) })} dibanding`;
    sentences.push(
      `Realisasi tahun ${tahun} sebesar ${shown(now)} ${movement} tahun ${last.year} (${shown(last.realisasi)}), sehingga kinerjanya ${trend}${item.evaluation.arah === "turun" ? " (makin rendah makin baik)" : ""}; realisasi tahun-tahun sebelumnya: ${series}.`,
    );
  }
  if (comparisons.renstra) {
    const { target, realisasi, capaian: progress, gap } = comparisons.renstra;
    const rest = gap.isZero() ? "target akhir Renstra sudah tercapai" : `masih kurang ${shown(gap)} untuk mencapainya`;
    sentences.push(
      `Terhadap target akhir Renstra sebesar ${shown(target)}, realisasi s.d. tahun ${tahun} sebesar ${shown(realisasi)}${progress ? ` atau ${formatNumber(progress)} %` : ""}; ${rest}.`,
    );
  }
  if (comparisons.standard) {
    const { standard, capaian: against } = comparisons.standard;
    sentences.push(
      `Dibandingkan standar nasional ${shown(standard)}, realisasi ${shown(now!)}${against ? ` mencapai ${formatNumber(against)} %` : ""} dari standar tersebut.`,
    );
  }
  return sentences;
}
