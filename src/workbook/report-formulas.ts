import type { Decimal, Evaluation, PredikatScale, RumusTurun } from "../engine";

/**
 * Native Excel formulas for the report sheet (en-US syntax, as a file stores them), so that a copy
 * opened where LAPKIN isn't installed still computes, and checks, every figure.
 */
const literal = (value: Decimal) => value.toFixed();

/** Excel's limit on a formula's length; a longer one is left out and the value stands alone. */
const MAX_FORMULA = 8000;
const fits = (formula: string) => (formula.length <= MAX_FORMULA ? formula : null);

/** Capaian from the target and realisasi cells, by direction and the workbook's turun formula. */
export function capaianFormula(
  evaluation: Pick<Evaluation, "arah">,
  rumusTurun: RumusTurun,
  target: string,
  realisasi: string,
): string {
  if (evaluation.arah === "naik") return `=ROUND(${realisasi}/${target}*100,2)`;
  if (rumusTurun === "T/R") return `=ROUND(${target}/${realisasi}*100,2)`;
  return `=MAX(0,ROUND((2*${target}-${realisasi})/${target}*100,2))`;
}

/** Penyerapan from the anggaran and realisasi anggaran cells. */
export function penyerapanFormula(anggaran: string, realisasiAnggaran: string): string {
  return `=ROUND(${realisasiAnggaran}/${anggaran}*100,2)`;
}

/** The predikat scale as nested IFs over the capaian cell, built from the engine's own bands. */
export function predikatFormula(scale: PredikatScale, capaian: string): string {
  const text = (label: string) => `"${label.replace(/"/g, '""')}"`;
  const body = scale.bands.reduceRight(
    (otherwise, band) => `IF(${capaian}${band.inclusive ? ">=" : ">"}${literal(band.from)},${text(band.predikat)},${otherwise})`,
    text(scale.lowest),
  );
  return `=${body}`;
}

/**
 * The mean of capaian cells given as ranges ("F12:F15"), rounded to 2 decimals; text cells in them
 * (a table header repeated on a new page) are ignored as AVERAGE ignores them. With a Batas
 * Capaian, each capaian above it counts as the cap: the sum less what lies above, plus the cap that
 * many times, over the count (SUMIF and COUNTIF, so no array formula is needed).
 */
export function averageFormula(ranges: readonly string[], cap: Decimal | null): string | null {
  if (ranges.length === 0) return null;
  const list = ranges.join(",");
  if (cap === null) return fits(`=ROUND(AVERAGE(${list}),2)`);
  const c = literal(cap);
  const over = (fn: "SUMIF" | "COUNTIF") => ranges.map((r) => `${fn}(${r},">${c}")`).join("+");
  return fits(`=ROUND((SUM(${list})-(${over("SUMIF")})+${c}*(${over("COUNTIF")}))/COUNT(${list}),2)`);
}

/** A number format showing `decimals` decimals: #,##0 / #,##0.00 / #,##0.000. */
export function numberFormat(decimals: number): string {
  return NUMBER_FORMATS[decimals] ?? formatWith(decimals);
}

const formatWith = (decimals: number) => (decimals <= 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`);
/** The formats of 0 to 10 decimals, made once: each of a big report's figures names one. */
const NUMBER_FORMATS: readonly string[] = Array.from({ length: 11 }, (_, d) => formatWith(d));
