import { Decimal } from "./decimal";
import { roundHalfAwayFromZero } from "./round";

export type KategoriEfisiensi = "efisien" | "cukup efisien" | "tidak efisien";

export interface Efisiensi {
  /** capaian - penyerapan, in percentage points. */
  readonly selisih: Decimal;
  readonly kategori: KategoriEfisiensi;
}

/** Points of capaian above absorption within which spending and outcome are called in step. */
export const EFISIENSI_BAND = new Decimal(5);

/** Efficiency: capaian against penyerapan; more than 5 points ahead is efisien, 5 behind tidak efisien. */
export function efisiensi(capaian: Decimal, penyerapan: Decimal): Efisiensi {
  const selisih = roundHalfAwayFromZero(capaian.minus(penyerapan));
  const kategori: KategoriEfisiensi = selisih.greaterThan(EFISIENSI_BAND)
    ? "efisien"
    : selisih.lessThan(EFISIENSI_BAND.negated())
      ? "tidak efisien"
      : "cukup efisien";
  return { selisih, kategori };
}
