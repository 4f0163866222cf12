import type { Field } from "../engine";

/**
 * The workbook contract (WORKBOOK.md) as data: the only place that knows a sheet name, a column
 * header or an Info key. Readers, writers, the report and the templates all take them from here.
 */
export const SHEETS = { info: "Info", indikator: "Indikator", laporan: "Laporan" } as const;

export type InputColumnKey =
  | "level"
  | "uraian"
  | "indikator"
  | "satuan"
  | "arah"
  | "target"
  | "tw1"
  | "tw2"
  | "tw3"
  | "tw4"
  | "agregasi"
  | "pembilang"
  | "penyebut"
  | "realisasi"
  | "anggaran"
  | "realisasiAnggaran"
  | "sumber"
  | "keterangan"
  | "rincian";

export interface InputColumn {
  readonly key: InputColumnKey;
  /** The header the template writes. */
  readonly header: string;
  /** Other headers accepted, compared by textKey (case, spaces and punctuation ignored). */
  readonly also: readonly string[];
  readonly required: boolean;
  /** The engine field a flag about this column's cell names. */
  readonly field: Field;
}

const column = (key: InputColumnKey, header: string, field: Field, also: string[] = [], required = false): InputColumn => ({
  key,
  header,
  also,
  required,
  field,
});

const quarterNames = (n: number, roman: string) => [
  `TW ${n}`,
  `TW ${roman}`,
  `Triwulan ${n}`,
  `Triwulan ${roman}`,
  `Tribulan ${roman}`,
];

export const INPUT_COLUMNS: readonly InputColumn[] = [
  column("level", "Level", "level", ["Tingkat"], true),
  column("uraian", "Uraian", "uraian", ["Tujuan/Sasaran", "Uraian Tujuan/Sasaran"], true),
  column("indikator", "Indikator", "indikator", ["Indikator Kinerja"], true),
  column("satuan", "Satuan", "indikator"),
  column("arah", "Arah", "arah", ["Polaritas"]),
  column("target", "Target", "target", ["Target (T)"], true),
  column("tw1", "TW1", "tw1", quarterNames(1, "I")),
  column("tw2", "TW2", "tw2", quarterNames(2, "II")),
  column("tw3", "TW3", "tw3", quarterNames(3, "III")),
  column("tw4", "TW4", "tw4", quarterNames(4, "IV")),
  column("agregasi", "Agregasi", "agregasi"),
  column("pembilang", "Pembilang", "pembilang"),
  column("penyebut", "Penyebut", "penyebut"),
  column("realisasi", "Realisasi", "realisasi", ["Realisasi (R)", "Realisasi Kinerja"]),
  column("anggaran", "Anggaran", "anggaran", ["Pagu", "Pagu Anggaran"]),
  column("realisasiAnggaran", "Realisasi Anggaran", "realisasiAnggaran", ["Realisasi Keuangan"]),
  column("sumber", "Sumber Data", "indikator", ["Sumber"]),
  column("keterangan", "Keterangan", "indikator"),
  // An addition to WORKBOOK.md: the detail behind Pembilang (Rasio) or Realisasi, checked to add up.
  column("rincian", "Rincian", "rincian", ["Rincian Realisasi", "Rincian Pembilang"]),
];

export type ComputedColumnKey = "realisasi" | "capaian" | "predikat" | "penyerapan" | "efisiensi" | "catatan";

/** The columns LAPKIN adds to the right of Indikator and owns; in this order. */
export const COMPUTED_COLUMNS: readonly { readonly key: ComputedColumnKey; readonly header: string }[] = [
  { key: "realisasi", header: "Realisasi" },
  { key: "capaian", header: "Capaian (%)" },
  { key: "predikat", header: "Predikat" },
  { key: "penyerapan", header: "Penyerapan (%)" },
  { key: "efisiensi", header: "Efisiensi" },
  { key: "catatan", header: "Catatan" },
];

export type InfoKey =
  "unitKerja" | "pemerintahDaerah" | "tahun" | "periode" | "penanggungJawab" | "atasanLangsung" | "rumusTurun" | "skala";

export const INFO_KEYS: readonly {
  readonly key: InfoKey;
  readonly label: string;
  readonly required: boolean;
  readonly field: Field;
}[] = [
  { key: "unitKerja", label: "Unit Kerja", required: true, field: "unitKerja" },
  { key: "pemerintahDaerah", label: "Pemerintah Daerah", required: true, field: "pemerintahDaerah" },
  { key: "tahun", label: "Tahun", required: true, field: "tahun" },
  { key: "periode", label: "Periode", required: true, field: "periode" },
  { key: "penanggungJawab", label: "Penanggung Jawab", required: false, field: "penanggungJawab" },
  { key: "atasanLangsung", label: "Atasan Langsung", required: false, field: "atasanLangsung" },
  { key: "rumusTurun", label: "Rumus Arah Turun", required: false, field: "rumusTurun" },
  { key: "skala", label: "Skala Predikat", required: false, field: "skala" },
];

/** The report's blocks, in order: Level texts of one block share a table in the report. */
export const LEVEL_BLOCKS: readonly {
  readonly block: string;
  readonly levels: readonly string[];
  readonly uraian: string;
  readonly indikator: string;
}[] = [
  { block: "Tujuan", levels: ["Tujuan"], uraian: "Tujuan", indikator: "Indikator Tujuan" },
  {
    block: "Sasaran",
    levels: ["Sasaran", "Sasaran Strategis", "Sasaran Program", "Sasaran Kegiatan", "Program"],
    uraian: "Sasaran / Program",
    indikator: "Indikator Kinerja",
  },
  { block: "Kegiatan", levels: ["Kegiatan"], uraian: "Kegiatan", indikator: "Indikator Kinerja" },
  { block: "Sub Kegiatan", levels: ["Sub Kegiatan", "Subkegiatan"], uraian: "Sub Kegiatan", indikator: "Indikator Kinerja" },
];

/** Rows below the header that a workbook may hold; larger sheets are refused, not half-read. */
export const MAX_INDICATOR_ROWS = 20000;
