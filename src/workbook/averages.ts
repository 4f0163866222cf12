import { Decimal, formatNumber, predikat, roundHalfAwayFromZero, type PredikatScale } from "../engine";
import type { EvaluatedIndicator } from "./evaluate-workbook";

/** The mean capaian of a group of indicators: per sasaran, per tujuan, or the unit's (DOMAIN.md, "Averages"). */
export interface CapaianAverage {
  /** What it is the mean of: the tujuan or sasaran statement, or the unit. */
  readonly label: string;
  readonly block: string;
  /** Mean of the members' rounded capaian (each capped at Batas Capaian, where set), rounded to 2 decimals. */
  readonly nilai: Decimal | null;
  readonly predikat: string | null;
  /** The indicators it is the mean of. */
  readonly members: readonly EvaluatedIndicator[];
  /** Indicators of the group without a capaian, left out of the mean and named. */
  readonly without: readonly EvaluatedIndicator[];
}

export interface Averages {
  readonly tujuan: readonly CapaianAverage[];
  readonly sasaran: readonly CapaianAverage[];
  readonly unit: CapaianAverage;
}

/**
 * Rata-rata capaian per tujuan (the Tujuan block's statements), per sasaran (every other block's
 * statements) and for the unit (all indicators), each with its predikat.
 */
export function averageCapaian(
  indicators: readonly EvaluatedIndicator[],
  scale: PredikatScale,
  cap: Decimal | null,
  unitLabel: string,
): Averages {
  const groups = (wanted: (item: EvaluatedIndicator) => boolean) => {
    const byLabel = new Map<string, EvaluatedIndicator[]>();
    for (const item of indicators.filter(wanted)) {
      const key = `${item.row.block}\u0000${item.row.uraian}`;
      const group = byLabel.get(key);
      if (group) group.push(item);
      else byLabel.set(key, [item]);
    }
    return [...byLabel.values()].map((items) => average(items[0]!.row.uraian, items[0]!.row.block, items, scale, cap));
  };
  return {
    tujuan: groups((item) => item.row.block === "Tujuan"),
    sasaran: groups((item) => item.row.block !== "Tujuan"),
    unit: average(unitLabel, "Unit", indicators, scale, cap),
  };
}

function average(
  label: string,
  block: string,
  items: readonly EvaluatedIndicator[],
  scale: PredikatScale,
  cap: Decimal | null,
): CapaianAverage {
  const members = items.filter((item) => item.evaluation.capaian !== null);
  const without = items.filter((item) => item.evaluation.capaian === null);
  if (members.length === 0) return { label, block, nilai: null, predikat: null, members, without };
  const values = members.map((item) => capped(item.evaluation.capaian!, cap));
  // Added one by one: a unit's thousands of values are more than a call may take as arguments.
  const total = values.reduce((sum, value) => sum.plus(value), new Decimal(0));
  const nilai = roundHalfAwayFromZero(total.dividedBy(values.length));
  return { label, block, nilai, predikat: predikat(nilai, scale), members, without };
}

/** A capaian counted in an average, at most Batas Capaian; the row itself keeps its own figure. */
export function capped(capaian: Decimal, cap: Decimal | null): Decimal {
  return cap !== null && capaian.greaterThan(cap) ? cap : capaian;
}

/** "94,30 (Sangat Tinggi)" */
export function describeAverage(average: CapaianAverage): string {
  return average.nilai === null ? "-" : `${formatNumber(average.nilai)} (${average.predikat})`;
}
