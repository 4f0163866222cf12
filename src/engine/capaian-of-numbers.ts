import type { CapaianRule } from "./capaian";

/** Magnitudes beyond which the floating-point path doesn't try (the decimal path always can). */
const LARGEST = 1e12;

/**
 * The capaian of `capaian()` for two plain numbers, computed in floating point and returned only
 * where floating point provably gives the same 2-decimal result: away from a rounding tie by more
 * than the arithmetic's error bound. Anywhere else (a tie, a zero or negative target, huge values)
 * it returns null and the caller takes the decimal path. This is what makes =LAPKIN.CAPAIAN cheap
 * for the millions of calls a recalculated workbook makes; the property tests hold it to `capaian()`.
 */
export function capaianOfNumbers(target: number, realisasi: number, rule: CapaianRule): number | null {
  if (!(target > 0) || !(target < LARGEST) || !(Math.abs(realisasi) < LARGEST)) return null;

  let ratio: number;
  if (rule.arah === "naik") ratio = realisasi / target;
  else if (rule.rumusTurun === "T/R") {
    if (!(realisasi > 0)) return null;
    ratio = target / realisasi;
  } else ratio = (2 * target - realisasi) / target;

  const hundredths = ratio * 10000;
  // Each input is within 2^-53 of its decimal value and each operation adds as much again; the
  // subtraction in 2T-R can magnify that by (2T + |R|) / T. A generous bound on the total error:
  const error = 1e-12 * (Math.abs(hundredths) + 10000 * (2 + Math.abs(realisasi) / target));
  const magnitude = Math.abs(hundredths);
  const fraction = magnitude - Math.floor(magnitude);
  if (Math.abs(fraction - 0.5) <= error || magnitude <= error) return null;

  const rounded = Math.floor(magnitude + 0.5);
  if (hundredths < 0) return rule.arah === "turun" && rule.rumusTurun === "2T-R" ? 0 : -rounded / 100;
  return rounded / 100;
}
