import type { Decimal } from "./decimal";
import { raiseFlag } from "./flags";
import { computed, notComputable, type Outcome } from "./outcome";
import { roundHalfAwayFromZero } from "./round";

/** Cost per unit of outcome: realisasi anggaran / realisasi kinerja, Rupiah per unit, 2 decimals. */
export function costPerUnit(realisasiAnggaran: Decimal, realisasiKinerja: Decimal): Outcome<Decimal> {
  if (realisasiKinerja.isZero()) return notComputable(raiseFlag("REALISASI_NOL", "realisasi", { untuk: "biaya per unit" }));
  return computed(roundHalfAwayFromZero(realisasiAnggaran.dividedBy(realisasiKinerja)));
}
