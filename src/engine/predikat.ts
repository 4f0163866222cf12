import type { SkalaPredikat } from "./choices";
import { Decimal } from "./decimal";
import { roundHalfAwayFromZero } from "./round";

export interface Band {
  readonly from: Decimal;
  /** ">=" bands include their lower bound, ">" bands don't: the scales in use differ. */
  readonly inclusive: boolean;
  readonly predikat: string;
}

/** A predikat scale: bands highest first, and the rating below them all. */
export interface PredikatScale {
  /** "lima-tingkat", "berhasil", "memuaskan", or "sheet Skala" for a workbook's own bands. */
  readonly name: string;
  readonly bands: readonly Band[];
  readonly lowest: string;
}

const band = (from: number, inclusive: boolean, predikat: string): Band => ({ from: new Decimal(from), inclusive, predikat });

const SCALES: Readonly<Record<SkalaPredikat, PredikatScale>> = {
  "lima-tingkat": {
    name: "lima-tingkat",
    bands: [band(91, true, "Sangat Tinggi"), band(76, true, "Tinggi"), band(66, true, "Sedang"), band(51, true, "Rendah")],
    lowest: "Sangat Rendah",
  },
  berhasil: {
    name: "berhasil",
    bands: [band(100, true, "Sangat Berhasil"), band(75, true, "Berhasil"), band(55, true, "Cukup Berhasil")],
    lowest: "Kurang Berhasil",
  },
  memuaskan: {
    name: "memuaskan",
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

/** A named scale of DOMAIN.md. */
export function predikatScale(skala: SkalaPredikat): PredikatScale {
  return SCALES[skala];
}

/**
 * A workbook's own bands (sheet Skala: Batas Bawah and Predikat), each from its lower bound up,
 * inclusive; the band with the lowest bound also takes everything below it.
 */
export function customScale(rows: readonly { readonly from: Decimal; readonly predikat: string }[]): PredikatScale {
  const sorted = [...rows].sort((a, b) => b.from.comparedTo(a.from));
  const lowest = sorted[sorted.length - 1]!;
  return {
    name: "sheet Skala",
    bands: sorted.slice(0, -1).map((r) => ({ from: r.from, inclusive: true, predikat: r.predikat })),
    lowest: lowest.predikat,
  };
}

/** The verbal rating of a capaian, read from the capaian rounded to 2 decimals as printed. */
export function predikat(capaian: Decimal, scale: PredikatScale | SkalaPredikat = "lima-tingkat"): string {
  const printed = roundHalfAwayFromZero(capaian);
  const { bands, lowest } = typeof scale === "string" ? SCALES[scale] : scale;
  const hit = bands.find((b) => (b.inclusive ? printed.greaterThanOrEqualTo(b.from) : printed.greaterThan(b.from)));
  return hit ? hit.predikat : lowest;
}
