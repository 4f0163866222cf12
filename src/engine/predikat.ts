import type { SkalaPredikat } from "./choices";
import { Decimal } from "./decimal";
import { roundHalfAwayFromZero } from "./round";

export interface Band {
  readonly from: Decimal;
  /** ">=" bands include their lower bound, ">" bands don't: the scales in use differ. */
  readonly inclusive: boolean;
  readonly predikat: string;
}

const band = (from: number, inclusive: boolean, predikat: string): Band => ({ from: new Decimal(from), inclusive, predikat });

/** Highest band first; the last band of each scale catches everything below. */
const SCALES: Readonly<Record<SkalaPredikat, { bands: readonly Band[]; lowest: string }>> = {
  "lima-tingkat": {
    bands: [band(91, true, "Sangat Tinggi"), band(76, true, "Tinggi"), band(66, true, "Sedang"), band(51, true, "Rendah")],
    lowest: "Sangat Rendah",
  },
  berhasil: {
    bands: [band(100, true, "Sangat Berhasil"), band(75, true, "Berhasil"), band(55, true, "Cukup Berhasil")],
    lowest: "Kurang Berhasil",
  },
  memuaskan: {
    bands: [
      band(85, false, "Memuaskan"),
      band(75, false, "Sangat Baik"),
      band(65, false, "Baik"),
      band(50, false, "Cukup Baik"),
      band(30, false, "Agak Kurang"),
    ],
    lowest: "Kurang",
  },
};

/** A scale's bands, highest first, and the rating below them all: for writing it as a native formula. */
export function predikatScale(skala: SkalaPredikat): { bands: readonly Band[]; lowest: string } {
  return SCALES[skala];
}

/** The verbal rating of a capaian, read from the capaian rounded to 2 decimals as printed. */
export function predikat(capaian: Decimal, skala: SkalaPredikat = "lima-tingkat"): string {
  const printed = roundHalfAwayFromZero(capaian);
  const scale = SCALES[skala];
  const hit = scale.bands.find((b) => (b.inclusive ? printed.greaterThanOrEqualTo(b.from) : printed.greaterThan(b.from)));
  return hit ? hit.predikat : scale.lowest;
}
