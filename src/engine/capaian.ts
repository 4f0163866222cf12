import type { Arah, RumusTurun } from "./choices";
import { Decimal, HUNDRED } from "./decimal";
import { raiseFlag, type RaisedFlag } from "./flags";
import { formatNumber } from "./format-number";
import { computed, notComputable, type Outcome } from "./outcome";
import { roundHalfAwayFromZero } from "./round";

export interface CapaianRule {
  readonly arah: Arah;
  /** Only for arah turun: 2T-R (PermenPANRB "kondisi khusus"), or T/R as several e-SAKIP apps do. */
  readonly rumusTurun: RumusTurun;
}

export const DEFAULT_CAPAIAN_RULE: CapaianRule = { arah: "naik", rumusTurun: "2T-R" };

/**
 * Capaian (%) of a realisasi against its target, rounded to 2 decimals. Naik: R / T x 100.
 * Turun: (2T - R) / T x 100 floored at 0, or T / R x 100. Above 100 is kept and flagged.
 */
export function capaian(target: Decimal, realisasi: Decimal, rule: CapaianRule = DEFAULT_CAPAIAN_RULE): Outcome<Decimal> {
  if (target.isZero()) return notComputable(raiseFlag("TARGET_NOL", "target", {}));
  if (target.isNegative())
    return notComputable(raiseFlag("TARGET_NEGATIF", "target", { nilai: formatNumber(target, { fixed: false }) }));

  const flags: RaisedFlag[] = [];
  if (rule.arah === "turun" && rule.rumusTurun === "T/R" && realisasi.isZero())
    return notComputable(raiseFlag("REALISASI_NOL", "realisasi", { untuk: "capaian rumus T/R" }));
  let exact = unroundedCapaian(target, realisasi, rule);
  if (rule.arah === "turun" && rule.rumusTurun === "2T-R") {
    if (exact.isNegative()) {
      flags.push(raiseFlag("CAPAIAN_DIBATASI_NOL", "realisasi", { nilai: formatNumber(exact) }));
      exact = new Decimal(0);
    }
  }

  const value = roundHalfAwayFromZero(exact);
  if (value.greaterThan(HUNDRED)) flags.push(raiseFlag("MELEBIHI_TARGET", "capaian", { capaian: formatNumber(value) }));
  return computed(value, flags);
}

/**
 * The rule's formula before any rounding or floor: R / T, T / R or (2T - R) / T, times 100. For a
 * target above 0 (and, with T / R, a realisasi other than 0).
 */
export function unroundedCapaian(target: Decimal, realisasi: Decimal, rule: CapaianRule): Decimal {
  if (rule.arah === "naik") return realisasi.dividedBy(target).times(HUNDRED);
  if (rule.rumusTurun === "T/R") return target.dividedBy(realisasi).times(HUNDRED);
  return target.times(2).minus(realisasi).dividedBy(target).times(HUNDRED);
}
