import { HUNDRED, type Decimal } from "./decimal";
import { raiseFlag } from "./flags";
import { formatRupiah } from "./format-number";
import { computed, notComputable, type Outcome } from "./outcome";
import { roundHalfAwayFromZero } from "./round";

/**
 * Budget absorption: realisasi anggaran / anggaran x 100, rounded to 2 decimals. Spending above
 * the ceiling is a data error in APBD terms, so it is not computed but flagged.
 */
export function penyerapan(anggaran: Decimal, realisasiAnggaran: Decimal): Outcome<Decimal> {
  if (anggaran.isNegative()) return notComputable(raiseFlag("NILAI_NEGATIF", "anggaran", { nilai: formatRupiah(anggaran) }));
  if (realisasiAnggaran.isNegative()) {
    return notComputable(raiseFlag("NILAI_NEGATIF", "realisasiAnggaran", { nilai: formatRupiah(realisasiAnggaran) }));
  }
  if (anggaran.isZero()) return notComputable(raiseFlag("ANGGARAN_NOL", "anggaran", {}));
  if (realisasiAnggaran.greaterThan(anggaran)) {
    return notComputable(
      raiseFlag("ANGGARAN_LEBIH", "realisasiAnggaran", {
        realisasi: formatRupiah(realisasiAnggaran),
        anggaran: formatRupiah(anggaran),
      }),
    );
  }
  return computed(roundHalfAwayFromZero(realisasiAnggaran.dividedBy(anggaran).times(HUNDRED)));
}
