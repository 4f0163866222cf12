/** The formulas as the pane lists them: what to type and what comes back. */
export interface FormulaGuide {
  readonly formula: string;
  readonly id: string;
  readonly en: string;
}

export const FORMULA_GUIDE: readonly FormulaGuide[] = [
  { formula: "=LAPKIN.CAPAIAN(95,23; 93,65)", id: "Capaian (%) = 98,34", en: "Achievement (%) = 98.34" },
  { formula: '=LAPKIN.REALISASI(F3:I3; "Rata-rata")', id: "Realisasi dari TW 1-4", en: "Realisasi from quarters 1-4" },
  {
    formula: '=LAPKIN.CATATAN(F3:I3; "Rata-rata"; "TW IV"; "Bagian Organisasi")',
    id: "Catatan bila ada TW yang kosong",
    en: "Note when a quarter is missing",
  },
  {
    formula: "=LAPKIN.PENYERAPAN(2180922481; 2066201000)",
    id: "Penyerapan anggaran (%) = 94,74",
    en: "Budget absorption (%) = 94.74",
  },
  { formula: "=LAPKIN.EFISIENSI(98,34; 94,74)", id: "cukup efisien", en: "efficiency category" },
  { formula: "=LAPKIN.BIAYAPERUNIT(305100000; 100)", id: "Rupiah per satuan hasil", en: "Rupiah per unit of outcome" },
  { formula: "=LAPKIN.PREDIKAT(94,3)", id: "Sangat Tinggi", en: "Rating" },
  { formula: "=LAPKIN.MUTUIKM(84,87)", id: "B (Baik)", en: "IKM service quality" },
  { formula: '=LAPKIN.ANGKA("2.180.922.481")', id: "Angka dari teks", en: "Number from Indonesian text" },
];
