import { describeMutu, type Decimal, type Flag } from "../engine";
import type { CapaianAverage } from "./averages";
import type { WorkbookEvaluation } from "./evaluate-workbook";
import { workbookCounts } from "./outcome-text";

/** The --json shape of WORKBOOK.md: numbers rounded as printed, absent values null. */
export interface JsonFlag {
  readonly kode: string;
  readonly tingkat: string;
  readonly pesan: string;
  readonly sel: string | null;
}

/** A typed figure exactly as typed (a computed one, with more decimals than anyone types, to 2). */
const figure = (value: Decimal | null) =>
  value === null ? null : (value.decimalPlaces() <= 6 ? value : value.toDecimalPlaces(2)).toNumber();
const percent = (value: Decimal | null) => (value === null ? null : value.toDecimalPlaces(2).toNumber());
export const jsonFlag = (flag: Flag): JsonFlag => ({ kode: flag.kode, tingkat: flag.tingkat, pesan: flag.pesan, sel: flag.sel });

const jsonAverage = (average: CapaianAverage) => ({
  uraian: average.label,
  indikator: average.members.length + average.without.length,
  nilai: percent(average.nilai),
  predikat: average.predikat,
  tanpaCapaian: average.without.map((w) => w.row.indikator),
});

export function jsonReport(workbook: WorkbookEvaluation) {
  const { info, averages } = workbook;
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
      skalaPredikat: workbook.scale.name,
      batasCapaian: info.batasCapaian === null ? null : info.batasCapaian.toNumber(),
    },
    indikator: workbook.indicators.map(({ row, evaluation, flags, mutuIkm }) => ({
      baris: row.row + 1,
      level: row.level,
      uraian: row.uraian,
      indikator: row.indikator,
      target: figure(evaluation.target),
      realisasi:
        evaluation.realisasi === null ? null : evaluation.realisasi.toDecimalPlaces(evaluation.realisasiDecimals).toNumber(),
      capaian: percent(evaluation.capaian),
      predikat: evaluation.predikat,
      mutuIkm: mutuIkm ? describeMutu(mutuIkm) : null,
      anggaran: figure(evaluation.anggaran),
      realisasiAnggaran: figure(evaluation.realisasiAnggaran),
      penyerapan: percent(evaluation.penyerapan),
      efisiensi: evaluation.efisiensi?.kategori ?? null,
      catatan: evaluation.catatan || null,
      flags: flags.map(jsonFlag),
    })),
    rataRata: {
      tujuan: averages.tujuan.map(jsonAverage),
      sasaran: averages.sasaran.map(jsonAverage),
      unit: jsonAverage(averages.unit),
    },
    jumlah: workbookCounts(workbook),
    flags: workbook.flags.map(jsonFlag),
  };
}
