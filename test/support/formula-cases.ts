import { SEED_DESA, SEED_FASILITASI, SEED_IKM } from "./seed";

/**
 * Formula calls a staff member would make for the seed report, with the seed's printed figures
 * (DOMAIN.md) as expectations; the same table is run against the sources and the built bundle.
 */
export interface FormulaCase {
  readonly id: string;
  readonly args: readonly unknown[];
  readonly expected: number | string;
}

const ikmRow = [[...SEED_IKM.input.tw]];
const fasilitasiColumn = SEED_FASILITASI.input.tw.map((v) => [v]);

export const SEED_FORMULA_CASES: readonly FormulaCase[] = [
  { id: "CAPAIAN", args: [90, 84.87], expected: 94.3 },
  { id: "CAPAIAN", args: ["95,23", "93,65"], expected: 98.34 },
  { id: "CAPAIAN", args: [SEED_DESA.input.target, 100, null, null], expected: 105.01 },
  { id: "REALISASI", args: [ikmRow, "Rata-rata", "TW IV"], expected: 84.87 },
  { id: "REALISASI", args: [fasilitasiColumn, "Jumlah", null], expected: 93.65 },
  { id: "REALISASI", args: [fasilitasiColumn, null, null], expected: 93.65 },
  { id: "CATATAN", args: [ikmRow, "Rata-rata", "TW IV", SEED_IKM.input.sumber], expected: SEED_IKM.expected.note },
  { id: "CATATAN", args: [fasilitasiColumn, "Jumlah", "TW IV", null], expected: "" },
  { id: "PENYERAPAN", args: [SEED_FASILITASI.input.anggaran, 2066201000], expected: 94.74 },
  { id: "PENYERAPAN", args: [305100000, "305.100.000"], expected: 100 },
  { id: "EFISIENSI", args: [98.34, 94.74], expected: "cukup efisien" },
  { id: "EFISIENSI", args: [105.01, 100], expected: "efisien" },
  { id: "BIAYAPERUNIT", args: [305100000, 100], expected: 3051000 },
  { id: "PREDIKAT", args: [94.3, null], expected: "Sangat Tinggi" },
  { id: "PREDIKAT", args: [105.01, "berhasil"], expected: "Sangat Berhasil" },
  { id: "MUTUIKM", args: [84.87], expected: "B (Baik)" },
  { id: "ANGKA", args: ["2.180.922.481"], expected: 2180922481 },
  { id: "ANGKA", args: ["84,87"], expected: 84.87 },
];

/**
 * Typed figures used exactly as typed (DOMAIN.md, "Rounding"): the capaian published reports print
 * for an index of 0,0189 against 0,025 (lower is better, 2T-R) and the like, and a mean of TWs kept
 * at its inputs' three decimals.
 */
export const PRECISION_FORMULA_CASES: readonly FormulaCase[] = [
  { id: "CAPAIAN", args: [4, 3.638], expected: 90.95 },
  { id: "CAPAIAN", args: [0.025, 0.0189, "Turun", "2T-R"], expected: 124.4 },
  { id: "CAPAIAN", args: ["0,025", "0,0189", "Turun", null], expected: 124.4 },
  { id: "CAPAIAN", args: [0.288, 0.269, "Turun", null], expected: 106.6 },
  { id: "CAPAIAN", args: [0.37, 0.293, null, null], expected: 79.19 },
  { id: "REALISASI", args: [[[0.321, 0.334, null, null]], "Rata-rata", "TW II"], expected: 0.328 },
  { id: "CAPAIAN", args: [[[90]], [[84.87]], null, null], expected: 94.3 },
];

/** Wrong calls and the Excel error each must give; `message` is a fragment the user must read. */
export interface FormulaErrorCase {
  readonly id: string;
  readonly args: readonly unknown[];
  readonly code: string;
  readonly message?: string;
}

export const FORMULA_ERROR_CASES: readonly FormulaErrorCase[] = [
  { id: "CAPAIAN", args: [null, 5, null, null], code: "#N/A", message: "Argumen target kosong" },
  { id: "CAPAIAN", args: ["", 5, null, null], code: "#N/A", message: "Argumen target kosong" },
  { id: "CAPAIAN", args: ["sembilan", 5, null, null], code: "#VALUE!", message: 'Argumen target berisi "sembilan", bukan angka' },
  { id: "CAPAIAN", args: [90, "n/a", null, null], code: "#VALUE!", message: 'Argumen realisasi berisi "n/a"' },
  { id: "CAPAIAN", args: [90, null, null, null], code: "#N/A", message: "Argumen realisasi kosong" },
  { id: "CAPAIAN", args: [0, 5, null, null], code: "#DIV/0!" },
  { id: "CAPAIAN", args: [90, 80, "miring", null], code: "#VALUE!", message: 'Argumen arah berisi "miring"' },
  { id: "REALISASI", args: [[[1, 2, 3, 4, 5]], null, null], code: "#VALUE!", message: "Argumen nilai_tw berisi 5 sel" },
  { id: "REALISASI", args: [[[1, "dua", 3, 4]], null, null], code: "#VALUE!", message: "Argumen nilai_tw (TW 2)" },
  { id: "REALISASI", args: [[[null, null, null, null]], null, null], code: "#N/A" },
  { id: "REALISASI", args: [[[1, 2, 3, 4]], "Rasio", null], code: "#VALUE!", message: "Argumen agregasi" },
  { id: "REALISASI", args: [[[1, 2, 3, 4]], null, "Semester"], code: "#VALUE!", message: 'Argumen periode berisi "Semester"' },
  {
    id: "PENYERAPAN",
    args: [1000, 1200],
    code: "#VALUE!",
    message: "Argumen realisasi_anggaran berisi Rp 1.200, melebihi anggaran Rp 1.000",
  },
  { id: "PENYERAPAN", args: [0, 0], code: "#DIV/0!" },
  { id: "BIAYAPERUNIT", args: [1000, 0], code: "#DIV/0!" },
  { id: "MUTUIKM", args: [120], code: "#VALUE!", message: "Argumen nilai_ikm bernilai 120" },
  { id: "PREDIKAT", args: [90, "bintang"], code: "#VALUE!", message: "Argumen skala" },
  { id: "ANGKA", args: ["=1+1"], code: "#VALUE!", message: 'Argumen teks berisi "=1+1"' },
  {
    id: "CAPAIAN",
    args: [[[90], [91]], 80, null, null],
    code: "#VALUE!",
    message: "Argumen target berisi 2 sel; pilih satu sel saja",
  },
  { id: "PENYERAPAN", args: [1000, [[1, 2, 3]]], code: "#VALUE!", message: "Argumen realisasi_anggaran berisi 3 sel" },
  { id: "PREDIKAT", args: [90, [["berhasil", "memuaskan"]]], code: "#VALUE!", message: "Argumen skala berisi 2 sel" },
];
