import type { Decimal, Flag } from "../engine";
import type { WorkbookEvaluation } from "./evaluate-workbook";

/** The --json shape of WORKBOOK.md: numbers rounded as printed (2 decimals), absent values null. */
export interface JsonFlag {
  readonly kode: string;
  readonly tingkat: string;
  readonly pesan: string;
  readonly sel: string | null;
}

const figure = (value: Decimal | null) => (value === null ? null : value.toDecimalPlaces(2).toNumber());
export const jsonFlag = (flag: Flag): JsonFlag => ({
  kode: flag.kode,
  tingkat: flag.tingkat,
  pesan: flag.pesan,
  sel: flag.sel ?? null,
});

export function jsonReport(workbook: WorkbookEvaluation) {
  const { info } = workbook;
  return {
    info: {
      unitKerja: info.unitKerja,
      pemerintahDaerah: info.pemerintahDaerah,
      tahun: info.tahun,
      periode: info.periode,
      triwulan: info.quarter,
      penanggungJawab: info.penanggungJawab,
      atasanLangsung: info.atasanLangsung,
      rumusArahTurun: info.rumusTurun,
      skalaPredikat: info.skala,
    },
    indikator: workbook.indicators.map(({ row, evaluation, flags }) => ({
      baris: row.row + 1,
      level: row.level,
      uraian: row.uraian,
      indikator: row.indikator,
      target: figure(evaluation.target),
      realisasi: figure(evaluation.realisasi),
      capaian: figure(evaluation.capaian),
      predikat: evaluation.predikat,
      anggaran: figure(evaluation.anggaran),
      realisasiAnggaran: figure(evaluation.realisasiAnggaran),
      penyerapan: figure(evaluation.penyerapan),
      efisiensi: evaluation.efisiensi?.kategori ?? null,
      catatan: evaluation.catatan || null,
      flags: flags.map(jsonFlag),
    })),
    flags: workbook.flags.map(jsonFlag),
  };
}
