export type Language = "id" | "en";

/** Every word the pane shows, in Indonesian (default) and English. Flag sentences stay Indonesian. */
const STRINGS = {
  subtitle: {
    id: "Laporan Kinerja: capaian, cost per outcome dan predikat",
    en: "Performance report: achievement, cost per outcome and rating",
  },
  language: { id: "Bahasa", en: "Language" },
  switchTo: { id: "English", en: "Bahasa Indonesia" },
  unit: { id: "Unit kerja", en: "Unit" },
  year: { id: "Tahun", en: "Year" },
  period: { id: "Periode", en: "Period" },
  notFilled: { id: "belum diisi", en: "not filled in" },
  buatLaporan: { id: "Buat Laporan", en: "Create Report" },
  isiKolomHitung: { id: "Isi Kolom Hitung", en: "Fill Computed Columns" },
  sisipkanTemplat: { id: "Sisipkan Templat", en: "Insert Template" },
  muatUlang: { id: "Muat Ulang", en: "Reload" },
  bukaXlsx: { id: "Buka .xlsx", en: "Open .xlsx" },
  pakaiContoh: { id: "Pakai Contoh", en: "Use Sample" },
  unduhLaporan: { id: "Unduh Laporan", en: "Download Report" },
  working: { id: "Sedang bekerja…", en: "Working…" },
  reading: { id: "Membaca workbook…", en: "Reading the workbook…" },
  evaluating: { id: "Menghitung capaian…", en: "Computing achievement…" },
  showing: { id: "Menampilkan indikator…", en: "Showing indicators…" },
  planning: { id: "Menyusun laporan…", en: "Preparing the report…" },
  writing: { id: "Menulis file laporan…", en: "Writing the report file…" },
  recapping: { id: "Membaca laporan unit…", en: "Reading the units' reports…" },
  rekapTitle: { id: "Rekap banyak file", en: "Recap many files" },
  rekapBrowser: {
    id: "Gabungkan laporan unit (.xlsx) dari banyak file menjadi satu rekap: Rekap Unit, Rekap Indikator, Masalah dan Grafik Rekap. Rekap diunduh sebagai file baru; file tidak dikirim ke mana pun.",
    en: "Combine units' reports (.xlsx) from many files into one recap: Rekap Unit, Rekap Indikator, Masalah and Grafik Rekap. The recap downloads as a new file; nothing leaves this computer.",
  },
  rekapExcel: {
    id: "Gabungkan laporan unit (.xlsx) dari banyak file menjadi sheet Rekap Unit, Rekap Indikator, Masalah dan Grafik Rekap di workbook ini. Sheet Anda yang lain tidak diubah.",
    en: "Combine units' reports (.xlsx) from many files into sheets Rekap Unit, Rekap Indikator, Masalah and Grafik Rekap in this workbook. Your other sheets are not changed.",
  },
  pilihFile: { id: "Pilih file…", en: "Choose files…" },
  pilihFolder: { id: "Pilih folder…", en: "Choose a folder…" },
  countOf: { id: "dari", en: "of" },
  cancel: { id: "Batal", en: "Cancel" },
  indicators: { id: "Indikator", en: "Indicators" },
  row: { id: "Baris", en: "Row" },
  target: { id: "Target", en: "Target" },
  realisasi: { id: "Realisasi", en: "Actual" },
  capaian: { id: "Capaian (%)", en: "Achievement (%)" },
  predikat: { id: "Predikat", en: "Rating" },
  sheetFlags: { id: "Workbook", en: "Workbook" },
  galat: { id: "galat", en: "error" },
  peringatan: { id: "peringatan", en: "warning" },
  info: { id: "info", en: "note" },
  selectCell: { id: "Pilih sel", en: "Select cell" },
  flagLanguageNote: { id: "", en: "Flag messages are in Indonesian, as in the report." },
  emptyWorkbook: {
    id: "Workbook ini belum punya sheet Indikator. Sisipkan templat, lalu isi sheet Info dan Indikator.",
    en: "This workbook has no Indikator sheet yet. Insert the template, then fill in the Info and Indikator sheets.",
  },
  standaloneIntro: {
    id: "Mode peramban: buka file .xlsx (sheet Info dan Indikator). File tidak dikirim ke mana pun; semuanya dihitung di peramban ini.",
    en: "Browser mode: open an .xlsx file (sheets Info and Indikator). Nothing leaves this computer; everything is computed in this browser.",
  },
  outsideExcel: {
    id: "Halaman ini adalah panel LAPKIN untuk Excel dan hanya bekerja di dalam Excel.",
    en: "This page is LAPKIN's pane for Excel and only works inside Excel.",
  },
  openStandalone: { id: "Buka LAPKIN mode peramban", en: "Open LAPKIN's browser mode" },
  indicatorList: { id: "Daftar indikator", en: "Indicator list" },
  documents: { id: "Dokumen yang dibuat", en: "Documents to make" },
  summary: { id: "Ringkasan", en: "Summary" },
  indicator: { id: "Indikator", en: "Indicator" },
  flagCounts: { id: "Catatan", en: "Flags" },
  withoutCapaian: { id: "tanpa capaian", en: "no achievement" },
  barsAll: { id: "Capaian setiap indikator terhadap 100 %.", en: "Each indicator's achievement against 100 %." },
  barsLowest: {
    id: "{shown} indikator dengan capaian terendah dari {total}; angka setiap indikator ada di daftar di bawah.",
    en: "The {shown} indicators with the lowest achievement of {total}; every indicator's figures are in the list below.",
  },
  chartKey: {
    id: "Garis tegak: 100 %. Batang bergaris: 100 % atau lebih; ▸: lebih dari 100 %.",
    en: "Vertical line: 100 %. Striped bar: 100 % or more; ▸: above 100 %.",
  },
  chartTitle: {
    id: "Batang capaian: {below} di bawah 100 %, {reached} 100 % atau lebih, {none} tanpa capaian.",
    en: "Achievement bars: {below} below 100 %, {reached} at 100 % or more, {none} without achievement.",
  },
  unitsRanked: { id: "Peringkat unit", en: "Units ranked" },
  rankedAll: {
    id: "Unit menurut rata-rata capaian, tertinggi lebih dahulu.",
    en: "Units by average achievement, highest first.",
  },
  rankedTop: {
    id: "{shown} unit teratas dari {total} menurut rata-rata capaian; semua unit ada di sheet Rekap Unit.",
    en: "The top {shown} of {total} units by average achievement; every unit is in sheet Rekap Unit.",
  },
  rank: { id: "Peringkat", en: "Rank" },
  rataRata: { id: "Rata-rata capaian (%)", en: "Average achievement (%)" },
  penyerapan: { id: "Penyerapan", en: "Budget absorbed" },
  penyerapanPercent: { id: "Penyerapan (%)", en: "Budget absorbed (%)" },
} as const;

export type StringKey = keyof typeof STRINGS;

export function translate(language: Language): (key: StringKey) => string {
  return (key) => STRINGS[key][language];
}

/** A sentence with its {placeholders} filled in: fill("{n} unit", { n: 3 }) is "3 unit". */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const COUNT_FORMATS = new Map<Language, Intl.NumberFormat>();

/** Counts as the pane writes them: 20.000 in Indonesian, 20,000 in English (one formatter a language: making one is slow). */
export function countFormat(language: Language): Intl.NumberFormat {
  let format = COUNT_FORMATS.get(language);
  if (!format) COUNT_FORMATS.set(language, (format = new Intl.NumberFormat(language === "id" ? "id-ID" : "en-US")));
  return format;
}
