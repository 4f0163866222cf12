/**
 * The inputs a flag can be about. The workbook maps a field to a cell; a custom function maps it to
 * one of its arguments. Flags name the field, never a cell, so the engine knows nothing of sheets.
 */
export type Field =
  | "target"
  | "realisasi"
  | "tw1"
  | "tw2"
  | "tw3"
  | "tw4"
  | "pembilang"
  | "penyebut"
  | "agregasi"
  | "arah"
  | "periode"
  | "rumusTurun"
  | "skala"
  | "anggaran"
  | "realisasiAnggaran"
  | "capaian"
  | "penyerapan"
  | "nilaiIkm"
  | "teks"
  | "rincian"
  /** A capaian or penyerapan the staff typed in a column of their own. */
  | "capaianStaf"
  | "penyerapanStaf"
  | "keterangan"
  // Workbook-level places: the row's text columns, the header row, and the Info sheet.
  | "level"
  | "uraian"
  | "indikator"
  | "kolom"
  | "unitKerja"
  | "pemerintahDaerah"
  | "tahun"
  | "penanggungJawab"
  | "atasanLangsung"
  | "batasCapaian"
  | "lembar";

export const FIELD_LABELS: Readonly<Record<Field, string>> = {
  target: "Target",
  realisasi: "Realisasi",
  tw1: "TW 1",
  tw2: "TW 2",
  tw3: "TW 3",
  tw4: "TW 4",
  pembilang: "Pembilang",
  penyebut: "Penyebut",
  agregasi: "Agregasi",
  arah: "Arah",
  periode: "Periode",
  rumusTurun: "Rumus Arah Turun",
  skala: "Skala Predikat",
  anggaran: "Anggaran",
  realisasiAnggaran: "Realisasi Anggaran",
  capaian: "Capaian",
  penyerapan: "Penyerapan",
  nilaiIkm: "Nilai IKM",
  teks: "Teks",
  rincian: "Rincian",
  capaianStaf: "Capaian",
  penyerapanStaf: "Penyerapan",
  keterangan: "Keterangan",
  level: "Level",
  uraian: "Uraian",
  indikator: "Indikator",
  kolom: "Judul kolom",
  unitKerja: "Unit Kerja",
  pemerintahDaerah: "Pemerintah Daerah",
  tahun: "Tahun",
  penanggungJawab: "Penanggung Jawab",
  atasanLangsung: "Atasan Langsung",
  batasCapaian: "Batas Capaian",
  lembar: "Sheet",
};

export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

export function quarterField(quarter: Quarter): Field {
  return `tw${quarter}` as Field;
}
