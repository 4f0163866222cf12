import { HUNDRED, type Decimal } from "./decimal";
import { raiseFlag } from "./flags";
import { computed, notComputable, type Outcome } from "./outcome";
import { roundHalfAwayFromZero } from "./round";

/** Realisasi of a Rasio indicator: pembilang / penyebut x 100, rounded to 2 decimals. */
export function ratioRealisasi(pembilang: Decimal, penyebut: Decimal): Outcome<Decimal> {
  if (penyebut.isZero()) return notComputable(raiseFlag("PENYEBUT_NOL", "penyebut", {}));
  return computed(roundHalfAwayFromZero(pembilang.dividedBy(penyebut).times(HUNDRED)));
}
