import type { RecapPlans } from "./recap-pipeline";

/** The `lapkin rekap --json` shape of WORKBOOK.md, exactly: figures as the recap prints them, absent values null. */
export function jsonRecap(plans: RecapPlans) {
  return {
    unit: plans.units.map((u) => ({
      file: u.file,
      unitKerja: u.unitKerja,
      tahun: u.tahun,
      periode: u.periode,
      indikator: u.indicators.length,
      rataRataCapaian: u.rataRataCapaian,
      predikat: u.predikat,
      anggaran: u.pagu,
      realisasiAnggaran: u.realisasi,
      penyerapan: u.penyerapan,
      galat: u.galat,
      peringatan: u.peringatan,
    })),
    masalah: plans.problems.map((p) => ({ file: p.file, kode: p.kode, pesan: p.pesan })),
  };
}
