import { EFISIENSI_BAND } from "../engine";

/**
 * Native formulas of the recap that the unit report has no need of (en-US syntax, as a file stores
 * them); the others (capaian, predikat, penyerapan, averages) are the report's own, in report-formulas.
 */

/** The engine's efisiensi over the capaian and penyerapan cells: the difference rounded, then held against the band. */
export function efisiensiFormula(capaian: string, penyerapan: string): string {
  const band = EFISIENSI_BAND.toFixed();
  const selisih = `ROUND(${capaian}-${penyerapan},2)`;
  return `=IF(${selisih}>${band},"efisien",IF(${selisih}<-${band},"tidak efisien","cukup efisien"))`;
}

/** The rank of a value among a column's (highest first, equal values sharing a rank), as RANK gives it. */
export function rankFormula(cell: string, range: string): string {
  return `=RANK(${cell},${range})`;
}
