import type { Field } from "../engine";

/**
 * The workbook contract (WORKBOOK.md) as data: the only place that knows a sheet name, a column
 * header or an Info key. Readers, writers, the report and the templates all take them from here.
 */
export const SHEETS = { info: "Info", indikator: "Indikator", laporan: "Laporan", pemeriksaan: "Pemeriksaan" } as const;

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
  | "rincian"
  | "capaianStaf"
  | "penyerapanStaf"
  | "kode"
  | "targetTw1"
  | "targetTw2"
  | "targetTw3"
  | "targetTw4"
  | "targetRenstra"
  | "realisasiSdTahunLalu"
  | "anggaranRenstra"
  | "realisasiAnggaranSdTahunLalu"
  | "realisasiTahunLalu"
  | "standarNasional"
  | "faktorPendorong"
  | "faktorPenghambat"
  | "tindakLanjut"
  | "penanggungJawab";

export interface InputColumn {
  readonly key: InputColumnKey;
  /** The header the template writes. */
  readonly header: string;
  /** Other headers accepted, compared by headerKey (case, spaces and punctuation ignored; "%" kept as a word). */
  readonly also: readonly string[];
  readonly required: boolean;
  /** The engine field a flag about this column's cell names. */
  readonly field: Field;
  /** Holds numbers (read with the cell's number format), rather than text. */
  readonly numeric: boolean;
}

const text = (key: InputColumnKey, header: string, field: Field, also: string[] = [], required = false): InputColumn => ({
  key,
  header,
  also,
  required,
  field,
  numeric: false,
});
const number = (key: InputColumnKey, header: string, field: Field, also: string[] = [], required = false): InputColumn => ({
  ...text(key, header, field, also, required),
  numeric: true,
});

const ROMAN = ["I", "II", "III", "IV"] as const;
/** "TW 1", "TW I", "Triwulan I", "Tribulan I", "Trw I", each also after "Realisasi" (a two-row header's group). */
const quarterNames = (n: 1 | 2 | 3 | 4, prefix = "") =>
  ["TW", "Triwulan", "Tribulan", "Trw", "TW-"].flatMap((word) => [`${prefix}${word} ${n}`, `${prefix}${word} ${ROMAN[n - 1]}`]);
const realisasiQuarter = (n: 1 | 2 | 3 | 4) => [...quarterNames(n), ...quarterNames(n, "Realisasi ")];

export const INPUT_COLUMNS: readonly InputColumn[] = [
  text("level", "Level", "level", ["Tingkat"], true),
  text(
    "uraian",
    "Uraian",
    "uraian",
    ["Tujuan/Sasaran", "Uraian Tujuan/Sasaran", "Sasaran", "Sasaran Strategis", "Tujuan / Sasaran / Program", "Uraian Sasaran"],
    true,
  ),
  text("indikator", "Indikator", "indikator", ["Indikator Kinerja", "Indikator Kinerja Utama", "IKU"], true),
  text("satuan", "Satuan", "indikator"),
  text("arah", "Arah", "arah", ["Polaritas", "Arah Indikator"]),
  number("target", "Target", "target", ["Target (T)", "Target (%)", "Target Kinerja", "Target Tahunan"], true),
  number("tw1", "TW1", "tw1", realisasiQuarter(1)),
  number("tw2", "TW2", "tw2", realisasiQuarter(2)),
  number("tw3", "TW3", "tw3", realisasiQuarter(3)),
  number("tw4", "TW4", "tw4", realisasiQuarter(4)),
  text("agregasi", "Agregasi", "agregasi", ["Cara Agregasi", "Metode"]),
  number("pembilang", "Pembilang", "pembilang"),
  number("penyebut", "Penyebut", "penyebut"),
  number("realisasi", "Realisasi", "realisasi", ["Realisasi (R)", "Realisasi (%)", "Realisasi Kinerja"]),
  number("anggaran", "Anggaran", "anggaran", [
    "Pagu",
    "Pagu Anggaran",
    "Anggaran (Rp)",
    "Pagu (Rp)",
    "Pagu Anggaran (Rp)",
    "Alokasi Anggaran",
  ]),
  number("realisasiAnggaran", "Realisasi Anggaran", "realisasiAnggaran", [
    "Realisasi Keuangan",
    "Realisasi Anggaran (Rp)",
    "Realisasi (Rp)",
    "Anggaran Realisasi",
  ]),
  text("sumber", "Sumber Data", "indikator", ["Sumber"]),
  text("keterangan", "Keterangan", "keterangan", ["Ket", "Ket."]),
  // An addition to WORKBOOK.md: the detail behind Pembilang (Rasio) or Realisasi, checked to add up.
  text("rincian", "Rincian", "rincian", ["Rincian Realisasi", "Rincian Pembilang"]),
  number("capaianStaf", "Capaian", "capaianStaf", [
    "Capaian (%)",
    "% Capaian",
    "Capaian %",
    "Tingkat Capaian",
    "Tingkat Capaian (%)",
    "Capaian Kinerja",
    "Capaian Kinerja (%)",
    "Persentase Capaian",
    "Kinerja %",
  ]),
  number("penyerapanStaf", "Penyerapan", "penyerapanStaf", [
    "Penyerapan (%)",
    "% Penyerapan",
    "Penyerapan Anggaran",
    "Penyerapan Anggaran (%)",
    "% Realisasi Anggaran",
    "Realisasi Anggaran (%)",
    "Persentase Realisasi Anggaran",
    "Anggaran %",
  ]),
  text("kode", "Kode", "indikator", ["Kode Rekening", "Kode Program", "Kode Kegiatan"]),
  number("targetTw1", "Target TW1", "target", quarterNames(1, "Target ")),
  number("targetTw2", "Target TW2", "target", quarterNames(2, "Target ")),
  number("targetTw3", "Target TW3", "target", quarterNames(3, "Target ")),
  number("targetTw4", "Target TW4", "target", quarterNames(4, "Target ")),
  number("targetRenstra", "Target Renstra", "target", [
    "Target Akhir Renstra",
    "Target RPJMD",
    "Target Akhir RPJMD",
    "Target Akhir Periode Renstra",
  ]),
  number("realisasiSdTahunLalu", "Realisasi s.d. Tahun Lalu", "realisasi", [
    "Realisasi sd Tahun Lalu",
    "Realisasi Renstra s.d. Tahun Lalu",
  ]),
  number("anggaranRenstra", "Anggaran Renstra", "anggaran", ["Pagu Renstra"]),
  number("realisasiAnggaranSdTahunLalu", "Realisasi Anggaran s.d. Tahun Lalu", "realisasiAnggaran", [
    "Realisasi Anggaran sd Tahun Lalu",
  ]),
  number("realisasiTahunLalu", "Realisasi Tahun Lalu", "realisasi"),
  number("standarNasional", "Standar Nasional", "target", ["Target Nasional", "SPM", "Standar Pelayanan Minimal"]),
  text("faktorPendorong", "Faktor Pendorong", "indikator", ["Faktor Pendukung"]),
  text("faktorPenghambat", "Faktor Penghambat", "indikator", ["Kendala", "Hambatan"]),
  text("tindakLanjut", "Tindak Lanjut", "indikator", ["Rencana Tindak Lanjut", "Solusi"]),
  text("penanggungJawab", "Penanggung Jawab", "indikator", ["PIC", "Unit Penanggung Jawab", "Bidang"]),
];

/** The columns the template and the sample workbook write, in this order (the seed's figures). */
export const TEMPLATE_COLUMNS: readonly InputColumnKey[] = [
  "level",
  "uraian",
  "indikator",
  "satuan",
  "arah",
  "target",
  "tw1",
  "tw2",
  "tw3",
  "tw4",
  "agregasi",
  "pembilang",
  "penyebut",
  "realisasi",
  "anggaran",
  "realisasiAnggaran",
  "sumber",
  "keterangan",
  "rincian",
];

export const inputColumn = (key: InputColumnKey): InputColumn => INPUT_COLUMNS.find((c) => c.key === key)!;

export type ComputedColumnKey = "realisasi" | "capaian" | "predikat" | "penyerapan" | "efisiensi" | "catatan";

/** The columns LAPKIN adds to Indikator and owns, marked as its own; new ones are added in this order. */
export const COMPUTED_COLUMNS: readonly { readonly key: ComputedColumnKey; readonly header: string }[] = [
  { key: "realisasi", header: "Realisasi" },
  { key: "capaian", header: "Capaian (%)" },
  { key: "predikat", header: "Predikat" },
  { key: "penyerapan", header: "Penyerapan (%)" },
  { key: "efisiensi", header: "Efisiensi" },
  { key: "catatan", header: "Catatan" },
];

export type InfoKey =
  | "unitKerja"
  | "pemerintahDaerah"
  | "tahun"
  | "periode"
  | "penanggungJawab"
  | "atasanLangsung"
  | "rumusTurun"
  | "skala"
  | "batasCapaian"
  | "perangkatDaerah"
  | "namaPenanggungJawab"
  | "nipPenanggungJawab"
  | "pangkatPenanggungJawab"
  | "namaAtasanLangsung"
  | "nipAtasanLangsung"
  | "pangkatAtasanLangsung"
  | "tempat"
  | "tanggal";

export interface InfoKeyDefinition {
  readonly key: InfoKey;
  readonly label: string;
  readonly also: readonly string[];
  readonly required: boolean;
  readonly field: Field;
  /** Written by the template (and the sample). */
  readonly template: boolean;
}

const info = (key: InfoKey, label: string, field: Field, options: Partial<InfoKeyDefinition> = {}): InfoKeyDefinition => ({
  key,
  label,
  field,
  also: [],
  required: false,
  template: true,
  ...options,
});

export const INFO_KEYS: readonly InfoKeyDefinition[] = [
  info("unitKerja", "Unit Kerja", "unitKerja", { required: true, also: ["Nama Unit Kerja", "Unit", "SKPD", "OPD"] }),
  info("pemerintahDaerah", "Pemerintah Daerah", "pemerintahDaerah", {
    required: true,
    also: ["Pemda", "Kabupaten", "Kota", "Kabupaten/Kota"],
  }),
  info("tahun", "Tahun", "tahun", { required: true, also: ["Tahun Anggaran", "Tahun Laporan"] }),
  info("periode", "Periode", "periode", { required: true, also: ["Periode Laporan", "Triwulan"] }),
  info("penanggungJawab", "Penanggung Jawab", "penanggungJawab", { also: ["Jabatan Penanggung Jawab"] }),
  info("atasanLangsung", "Atasan Langsung", "atasanLangsung", { also: ["Jabatan Atasan Langsung"] }),
  info("rumusTurun", "Rumus Arah Turun", "rumusTurun"),
  info("skala", "Skala Predikat", "skala", { also: ["Skala"] }),
  info("batasCapaian", "Batas Capaian", "batasCapaian", { template: false, also: ["Batas Atas Capaian"] }),
  info("perangkatDaerah", "Perangkat Daerah", "unitKerja", { template: false }),
  info("namaPenanggungJawab", "Nama Penanggung Jawab", "penanggungJawab", { template: false }),
  info("nipPenanggungJawab", "NIP Penanggung Jawab", "penanggungJawab", { template: false }),
  info("pangkatPenanggungJawab", "Pangkat Penanggung Jawab", "penanggungJawab", { template: false }),
  info("namaAtasanLangsung", "Nama Atasan Langsung", "atasanLangsung", { template: false }),
  info("nipAtasanLangsung", "NIP Atasan Langsung", "atasanLangsung", { template: false }),
  info("pangkatAtasanLangsung", "Pangkat Atasan Langsung", "atasanLangsung", { template: false }),
  info("tempat", "Tempat", "unitKerja", { template: false }),
  info("tanggal", "Tanggal", "unitKerja", { template: false }),
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

/** Indicator rows a workbook may hold; larger tables are refused, not half-read. */
export const MAX_INDICATOR_ROWS = 20000;
