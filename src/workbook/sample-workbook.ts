import type { CellValue, Grid } from "./cells";
import { INFO_KEYS, TEMPLATE_COLUMNS, inputColumn, type InfoKey, type InputColumnKey } from "./contract";

const TEMPLATE_INFO = INFO_KEYS.filter((k) => k.template);
const TEMPLATE_HEADERS = TEMPLATE_COLUMNS.map((key) => inputColumn(key).header);

/** Empty Info and Indikator sheets in the contract's shape, for a workbook that has none. */
export function templateGrids(): { info: Grid; indikator: Grid } {
  return {
    info: TEMPLATE_INFO.map((k) => [k.label, null]),
    indikator: [TEMPLATE_HEADERS],
  };
}

const SAMPLE_INFO: Readonly<Partial<Record<InfoKey, CellValue>>> = {
  unitKerja: "Kecamatan Klakah",
  pemerintahDaerah: "Kabupaten Lumajang",
  tahun: 2023,
  periode: "TW IV",
  penanggungJawab: "Camat Klakah",
  atasanLangsung: "Bupati Lumajang",
  rumusTurun: "2T-R",
  skala: "lima-tingkat",
};

/**
 * Values beyond the seed report, so that the sample also makes the PK, the Rencana Aksi and the
 * Evaluasi Renja: invented, and said to be so in the sample's own Info.
 */
const SAMPLE_EXTRA_INFO: readonly [InfoKey, CellValue][] = [
  ["perangkatDaerah", "Kecamatan Klakah"],
  ["namaPenanggungJawab", "Nama Camat (contoh)"],
  ["nipPenanggungJawab", "19700101 199503 1 001"],
  ["pangkatPenanggungJawab", "Pembina Tingkat I (IV/b)"],
  ["namaAtasanLangsung", "Nama Bupati (contoh)"],
  ["tempat", "Klakah"],
  ["tanggal", "15 Januari 2024"],
];
const SAMPLE_NOTE = [
  "Catatan Contoh",
  "Kolom Kode s.d. Penanggung Jawab di sheet Indikator, serta nama, NIP, pangkat, tempat dan tanggal di atas, adalah nilai contoh, bukan dari laporan asli Kecamatan Klakah.",
];
const SAMPLE_EXTRA_COLUMNS: readonly InputColumnKey[] = [
  "kode",
  "targetTw1",
  "targetTw2",
  "targetTw3",
  "targetTw4",
  "targetRenstra",
  "realisasiSdTahunLalu",
  "anggaranRenstra",
  "realisasiAnggaranSdTahunLalu",
  "faktorPendorong",
  "faktorPenghambat",
  "tindakLanjut",
  "penanggungJawab",
];

type SampleRow = Partial<Record<InputColumnKey, CellValue>>;

/**
 * The seed report (Laporan Kinerja Triwulan IV 2023, Kecamatan Klakah, Kabupaten Lumajang) as
 * staff would type it: the figures the report was computed from, not its results.
 */
const SAMPLE_ROWS: readonly SampleRow[] = [
  {
    level: "Tujuan",
    uraian: "Meningkatnya Kepuasan Masyarakat",
    indikator: "Nilai IKM Kecamatan",
    satuan: "nilai",
    arah: "Naik",
    target: 90,
    tw1: 81.25,
    tw2: 89.51,
    tw3: 83.84,
    agregasi: "Rata-rata",
    sumber: "Bagian Organisasi",
    kode: "7.01.01",
    targetTw1: 90,
    targetTw2: 90,
    targetTw3: 90,
    targetTw4: 90,
    targetRenstra: 92,
    realisasiSdTahunLalu: 83.5,
    faktorPendorong: "Pelayanan administrasi terpadu kecamatan (PATEN) berjalan sesuai standar pelayanan.",
    faktorPenghambat: "Nilai IKM triwulan IV dihitung oleh Bagian Organisasi dan belum diterima.",
    tindakLanjut: "Koordinasi jadwal survei IKM triwulan IV dengan Bagian Organisasi.",
    penanggungJawab: "Seksi Pelayanan Umum",
  },
  {
    level: "Sasaran",
    uraian: "Mengoptimalkan fasilitasi dan Koordinasi Kecamatan",
    indikator: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
    satuan: "%",
    arah: "Naik",
    target: 95.23,
    tw1: 20.11,
    tw2: 8.88,
    tw3: 17.02,
    tw4: 47.64,
    agregasi: "Jumlah",
    anggaran: 2180922481,
    realisasiAnggaran: 2066201000,
    keterangan: "Terdapat 2 tindak lanjut yang belum dilaksanakan dan 2 yang belum 100 %.",
    kode: "7.01.02",
    targetTw1: 20,
    targetTw2: 40,
    targetTw3: 60,
    targetTw4: 95.23,
    targetRenstra: 95.23,
    realisasiSdTahunLalu: 90.1,
    anggaranRenstra: 10_500_000_000,
    realisasiAnggaranSdTahunLalu: 6_400_000_000,
    penanggungJawab: "Seksi Pemerintahan",
  },
  {
    level: "Sasaran",
    uraian: "Meningkatnya Akuntabilitas pemerintahan desa",
    indikator: "Rata-rata persentase desa dalam menyusun dokumen administrasi pemerintahan desa yang tepat waktu",
    satuan: "%",
    arah: "Naik",
    target: 95.23,
    agregasi: "Rasio",
    pembilang: 36,
    penyebut: 36,
    anggaran: 305100000,
    realisasiAnggaran: 305100000,
    keterangan: "APBDesa, RKPDesa dan LPPDesa di 12 desa tepat waktu: 12 x 3 dokumen.",
    // The seed's own detail line, which counts 11 RKPDesa where the total counts 12.
    rincian: "(12 Dok APBDes) + (11 Dok RKPDesa) + (12 Dok LPPDesa)",
    kode: "7.01.03",
    targetTw4: 95.23,
    targetRenstra: 100,
    realisasiSdTahunLalu: 91.67,
    anggaranRenstra: 1_500_000_000,
    realisasiAnggaranSdTahunLalu: 890_000_000,
    penanggungJawab: "Seksi Pemberdayaan Masyarakat Desa",
  },
];

/** The sample workbook's two input sheets. */
export function sampleGrids(): { info: Grid; indikator: Grid } {
  return {
    info: [
      ...TEMPLATE_INFO.map((k): CellValue[] => [k.label, SAMPLE_INFO[k.key] ?? null]),
      ...SAMPLE_EXTRA_INFO.map(([key, value]): CellValue[] => [INFO_KEYS.find((k) => k.key === key)!.label, value]),
      SAMPLE_NOTE,
    ],
    indikator: [
      [...TEMPLATE_HEADERS, ...SAMPLE_EXTRA_COLUMNS.map((key) => inputColumn(key).header)],
      ...SAMPLE_ROWS.map((row) => [...TEMPLATE_COLUMNS, ...SAMPLE_EXTRA_COLUMNS].map((key) => row[key] ?? null)),
    ],
  };
}
