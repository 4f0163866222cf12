import { predikatScale, type Decimal, type Evaluation, type RumusTurun, type SkalaPredikat } from "../engine";

/**
 * Native Excel formulas for the report sheet (en-US syntax, as a file stores them), so that a copy
 * opened where LAPKIN isn't installed still computes, and checks, every figure.
 */
const literal = (value: Decimal) => value.toFixed();

/** ROUND(AVERAGE(81.25,89.51,83.84),2) and the like, or null where the realisasi was typed. */
export function realisasiFormula(evaluation: Evaluation): string | null {
  const { derivation } = evaluation;
  if (!derivation) return null;
  switch (derivation.kind) {
    case "triwulan": {
      const values = derivation.aggregate.dipakai.map((q) => literal(q.value)).join(",");
      if (derivation.aggregate.metode === "jumlah") return `=ROUND(SUM(${values}),2)`;
      if (derivation.aggregate.metode === "rata-rata") return `=ROUND(AVERAGE(${values}),2)`;
      return null;
    }
    case "rasio":
      return `=ROUND(${literal(derivation.pembilang)}/${literal(derivation.penyebut)}*100,2)`;
    case "manual":
      return null;
  }
}

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
export function predikatFormula(skala: SkalaPredikat, capaian: string): string {
  const scale = predikatScale(skala);
  const body = scale.bands.reduceRight(
    (otherwise, band) => `IF(${capaian}${band.inclusive ? ">=" : ">"}${literal(band.from)},"${band.predikat}",${otherwise})`,
    `"${scale.lowest}"`,
  );
  return `=${body}`;
}
