import { Decimal } from "./decimal";
import { raiseFlag } from "./flags";
import { formatNumber } from "./format-number";
import { computed, notComputable, type Outcome } from "./outcome";
import { roundHalfAwayFromZero } from "./round";

export type MutuPelayanan = "A" | "B" | "C" | "D";

export interface MutuIkm {
  readonly mutu: MutuPelayanan;
  readonly kinerja: string;
}

/** PermenPANRB 14/2017: lower bound of each mutu on the converted IKM rounded to 2 decimals. */
const MUTU_BANDS: readonly { from: Decimal; mutu: MutuPelayanan; kinerja: string }[] = [
  { from: new Decimal("88.31"), mutu: "A", kinerja: "Sangat Baik" },
  { from: new Decimal("76.61"), mutu: "B", kinerja: "Baik" },
  { from: new Decimal("65.00"), mutu: "C", kinerja: "Kurang Baik" },
  { from: new Decimal("25.00"), mutu: "D", kinerja: "Tidak Baik" },
];
const IKM_MIN = new Decimal(25);
const IKM_MAX = new Decimal(100);

/** Mutu pelayanan of an IKM value (25..100): A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik. */
export function mutuIkm(nilai: Decimal): Outcome<MutuIkm> {
  const printed = roundHalfAwayFromZero(nilai);
  if (printed.lessThan(IKM_MIN) || printed.greaterThan(IKM_MAX)) {
    return notComputable(
      raiseFlag("IKM_DI_LUAR_RENTANG", "nilaiIkm", { nilai: formatNumber(nilai, { decimals: 10, fixed: false }) }),
    );
  }
  const band = MUTU_BANDS.find((b) => printed.greaterThanOrEqualTo(b.from))!;
  return computed({ mutu: band.mutu, kinerja: band.kinerja });
}

/** "B (Baik)": how the mutu is written in a report. */
export function describeMutu(mutu: MutuIkm): string {
  return `${mutu.mutu} (${mutu.kinerja})`;
}
