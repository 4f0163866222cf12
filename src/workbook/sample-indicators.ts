import type { IndicatorInput } from "../engine";

/**
 * The seed report (Laporan Kinerja Triwulan IV 2023, Kecamatan Klakah, Kabupaten Lumajang) as
 * staff would type it: the figures the report was computed from, not its results.
 */
export const SAMPLE_INFO = {
  unitKerja: "Kecamatan Klakah",
  pemerintahDaerah: "Kabupaten Lumajang",
  tahun: 2023,
  periode: "TW IV",
  penanggungJawab: "Camat Klakah",
  atasanLangsung: "Bupati Lumajang",
} as const;

export interface SampleIndicator {
  readonly level: string;
  readonly uraian: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly input: IndicatorInput;
}

export const SAMPLE_INDICATORS: readonly SampleIndicator[] = [
  {
    level: "Tujuan",
    uraian: "Meningkatnya Kepuasan Masyarakat",
    indikator: "Nilai IKM Kecamatan",
    satuan: "nilai",
    input: { target: 90, tw: [81.25, 89.51, 83.84, null], agregasi: "Rata-rata", sumber: "Bagian Organisasi" },
  },
  {
    level: "Sasaran",
    uraian: "Mengoptimalkan fasilitasi dan Koordinasi Kecamatan",
    indikator: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
    satuan: "%",
    input: {
      target: 95.23,
      tw: [20.11, 8.88, 17.02, 47.64],
      agregasi: "Jumlah",
      anggaran: 2180922481,
      realisasiAnggaran: 2066201000,
    },
  },
  {
    level: "Sasaran",
    uraian: "Meningkatnya Akuntabilitas pemerintahan desa",
    indikator: "Rata-rata persentase desa dalam menyusun dokumen administrasi pemerintahan desa yang tepat waktu",
    satuan: "%",
    // (12 APBDes + 12 RKPDesa + 12 LPPDesa) tepat waktu dari 12 desa x 3 dokumen.
    input: { target: 95.23, agregasi: "Rasio", pembilang: 36, penyebut: 36, anggaran: 305100000, realisasiAnggaran: 305100000 },
  },
];
