import { HUNDRED, type Decimal } from "./decimal";
import { raiseFlag } from "./flags";
import { computed, notComputable, type Outcome } from "./outcome";
import { derivedDecimals } from "./precision";
import { roundHalfAwayFromZero } from "./round";

export interface RatioRealisasi {
  readonly value: Decimal;
  /** The decimals it was rounded to: two, or the parts' own if more. */
  readonly decimals: number;
}

/** Realisasi of a Rasio indicator: pembilang / penyebut x 100, rounded as a derived figure is. */
export function ratioRealisasi(pembilang: Decimal, penyebut: Decimal): Outcome<RatioRealisasi> {
  if (penyebut.isZero()) return notComputable(raiseFlag("PENYEBUT_NOL", "penyebut", {}));
  const decimals = derivedDecimals([pembilang, penyebut]);
  return computed({ value: roundHalfAwayFromZero(pembilang.dividedBy(penyebut).times(HUNDRED), decimals), decimals });
}
