import type { Arah, RumusTurun } from "./choices";
import { Decimal, HUNDRED } from "./decimal";
import { raiseFlag, type Flag } from "./flags";
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

  const flags: Flag[] = [];
  let exact: Decimal;
  if (rule.arah === "naik") {
    exact = realisasi.dividedBy(target).times(HUNDRED);
  } else if (rule.rumusTurun === "T/R") {
    if (realisasi.isZero()) return notComputable(raiseFlag("REALISASI_NOL", "realisasi", { untuk: "capaian rumus T/R" }));
    exact = target.dividedBy(realisasi).times(HUNDRED);
  } else {
    exact = target.times(2).minus(realisasi).dividedBy(target).times(HUNDRED);
    if (exact.isNegative()) {
      flags.push(raiseFlag("CAPAIAN_DIBATASI_NOL", "realisasi", { nilai: formatNumber(exact) }));
      exact = new Decimal(0);
    }
  }

  const value = roundHalfAwayFromZero(exact);
  if (value.greaterThan(HUNDRED)) flags.push(raiseFlag("MELEBIHI_TARGET", "capaian", { capaian: formatNumber(value) }));
  return computed(value, flags);
}
