/*
 * The LAPKIN.* worksheet functions. Each is a short wrapper: arguments in through Arguments,
 * the engine computes, the result out as a plain number or text. Metadata (functions.json) is
 * generated from these JSDoc blocks by custom-functions-metadata-plugin, which also appends the
 * CustomFunctions.associate calls for the functions declared in this file.
 */
import {
  aggregateQuarters,
  capaian as computeCapaian,
  capaianOfNumbers,
  costPerUnit,
  describeMutu,
  efisiensi as computeEfisiensi,
  explainRealisasi,
  mutuIkm as computeMutuIkm,
  penyerapan as computePenyerapan,
  predikat as ratePredikat,
  quarterField,
  QUARTERS,
  readAgregasi,
  readArah,
  readPeriode,
  readRumusTurun,
  readSkalaPredikat,
  type QuarterAggregate,
} from "../engine";
import { Arguments } from "./arguments";
import { excelError } from "./excel-errors";
import { customFunctionsRuntime } from "./runtime";

// The CustomFunctions.associate(...) lines that the metadata plugin appends to this file use this name.
const CustomFunctions = customFunctionsRuntime();
void CustomFunctions;

const capaianArgs = new Arguments({ target: "target", realisasi: "realisasi", arah: "arah", rumusTurun: "rumus_turun" });
const quarterArgs = new Arguments({
  tw1: "nilai_tw (TW 1)",
  tw2: "nilai_tw (TW 2)",
  tw3: "nilai_tw (TW 3)",
  tw4: "nilai_tw (TW 4)",
  realisasi: "nilai_tw",
  agregasi: "agregasi",
  periode: "periode",
  teks: "sumber",
});
const budgetArgs = new Arguments({ anggaran: "anggaran", realisasiAnggaran: "realisasi_anggaran" });
const efficiencyArgs = new Arguments({ capaian: "capaian", penyerapan: "penyerapan" });
const unitCostArgs = new Arguments({ realisasiAnggaran: "realisasi_anggaran", realisasi: "realisasi_kinerja" });
const predikatArgs = new Arguments({ capaian: "capaian", skala: "skala" });
const ikmArgs = new Arguments({ nilaiIkm: "nilai_ikm" });
const numberArgs = new Arguments({ teks: "teks" });

/**
 * Capaian kinerja (%): realisasi dibanding target, dibulatkan 2 desimal.
 * @customfunction CAPAIAN
 * @param target Target kinerja pada Perjanjian Kinerja, misalnya 95,23.
 * @param realisasi Realisasi kinerja, misalnya 93,65.
 * @param [arah] "Naik" (bawaan) bila makin tinggi makin baik; "Turun" bila makin rendah makin baik.
 * @param [rumus_turun] Rumus untuk arah turun: "2T-R" (bawaan) atau "T/R".
 * @returns Capaian dalam persen, misalnya 98,34.
 */
export function capaian(target: unknown, realisasi: unknown, arah?: unknown, rumus_turun?: unknown): number {
  const rule = {
    arah: capaianArgs.choice(arah, "arah", readArah),
    rumusTurun: capaianArgs.choice(rumus_turun, "rumusTurun", readRumusTurun),
  };
  if (typeof target === "number" && typeof realisasi === "number") {
    const quick = capaianOfNumbers(target, realisasi, rule);
    if (quick !== null) return quick;
  }
  const result = computeCapaian(capaianArgs.number(target, "target"), capaianArgs.number(realisasi, "realisasi"), rule);
  return capaianArgs.valueOf(result).toNumber();
}

/**
 * Realisasi dari nilai triwulan TW 1 s.d. TW 4; sel kosong berarti belum ada, 0 adalah nilai.
 * @customfunction REALISASI
 * @param nilai_tw Sel TW 1 sampai TW 4 (satu baris atau satu kolom).
 * @param [agregasi] "Jumlah" (bawaan), "Rata-rata" atau "Akhir".
 * @param [periode] Periode laporan: "TW IV" (bawaan), "TW III", 2, "Tahunan", ...
 * @returns Realisasi s.d. periode, dibulatkan 2 desimal.
 */
export function realisasi(nilai_tw: unknown[][], agregasi?: unknown, periode?: unknown): number {
  return aggregate(nilai_tw, agregasi, periode, null).realisasi.toNumber();
}

/**
 * Catatan penjelasan realisasi triwulan: triwulan yang belum ada, sumbernya, dan nilai yang dipakai.
 * @customfunction CATATAN
 * @param nilai_tw Sel TW 1 sampai TW 4 (satu baris atau satu kolom).
 * @param [agregasi] "Jumlah" (bawaan), "Rata-rata" atau "Akhir".
 * @param [periode] Periode laporan: "TW IV" (bawaan), "TW III", 2, "Tahunan", ...
 * @param [sumber] Siapa yang menghitung nilainya (Sumber Data), misalnya "Bagian Organisasi".
 * @returns Kalimat penjelasan, atau teks kosong bila tidak ada yang perlu dijelaskan.
 */
export function catatan(nilai_tw: unknown[][], agregasi?: unknown, periode?: unknown, sumber?: unknown): string {
  const source = quarterArgs.text(sumber, "teks");
  return explainRealisasi(aggregate(nilai_tw, agregasi, periode, source), source);
}

function aggregate(cells: unknown, agregasi: unknown, periode: unknown, sumber: string | null): QuarterAggregate {
  const metode = quarterArgs.choice(agregasi, "agregasi", readAgregasi) ?? "jumlah";
  if (metode === "rasio" || metode === "manual") {
    throw excelError(
      "invalidValue",
      `Argumen agregasi berisi "${String(agregasi)}"; untuk nilai triwulan pilih Jumlah, Rata-rata atau Akhir.`,
    );
  }
  const quarters = quarterArgs.quarters(cells, "realisasi");
  const values = QUARTERS.map((_, i) =>
    quarters[i] === undefined ? null : quarterArgs.optionalNumber(quarters[i], quarterField(QUARTERS[i]!)),
  );
  const period = quarterArgs.choice(periode, "periode", readPeriode);
  return quarterArgs.valueOf(aggregateQuarters({ values, metode, periode: period, sumber }));
}

/**
 * Penyerapan anggaran (%): realisasi anggaran dibanding pagu.
 * @customfunction PENYERAPAN
 * @param anggaran Pagu anggaran (Rp), misalnya 2.180.922.481.
 * @param realisasi_anggaran Realisasi anggaran (Rp), misalnya 2.066.201.000.
 * @returns Penyerapan dalam persen, misalnya 94,74.
 */
export function penyerapan(anggaran: unknown, realisasi_anggaran: unknown): number {
  const result = computePenyerapan(
    budgetArgs.number(anggaran, "anggaran"),
    budgetArgs.number(realisasi_anggaran, "realisasiAnggaran"),
  );
  return budgetArgs.valueOf(result).toNumber();
}

/**
 * Kategori efisiensi: capaian dibanding penyerapan anggaran (selisih lebih dari 5 poin).
 * @customfunction EFISIENSI
 * @param capaian Capaian kinerja (%).
 * @param penyerapan Penyerapan anggaran (%).
 * @returns "efisien", "cukup efisien" atau "tidak efisien".
 */
export function efisiensi(capaian: unknown, penyerapan: unknown): string {
  return computeEfisiensi(efficiencyArgs.number(capaian, "capaian"), efficiencyArgs.number(penyerapan, "penyerapan")).kategori;
}

/**
 * Biaya per unit hasil (cost per outcome): realisasi anggaran dibagi realisasi kinerja.
 * @customfunction BIAYAPERUNIT
 * @param realisasi_anggaran Realisasi anggaran (Rp).
 * @param realisasi_kinerja Realisasi kinerja (satuan indikator).
 * @returns Rupiah per satuan hasil, dibulatkan 2 desimal.
 */
export function biayaPerUnit(realisasi_anggaran: unknown, realisasi_kinerja: unknown): number {
  const result = costPerUnit(
    unitCostArgs.number(realisasi_anggaran, "realisasiAnggaran"),
    unitCostArgs.number(realisasi_kinerja, "realisasi"),
  );
  return unitCostArgs.valueOf(result).toNumber();
}

/**
 * Predikat capaian kinerja menurut skala yang dipilih.
 * @customfunction PREDIKAT
 * @param capaian Capaian kinerja (%), misalnya 94,3.
 * @param [skala] "lima-tingkat" (bawaan: Sangat Tinggi s.d. Sangat Rendah), "berhasil" atau "memuaskan".
 * @returns Predikat, misalnya "Sangat Tinggi".
 */
export function predikat(capaian: unknown, skala?: unknown): string {
  return ratePredikat(predikatArgs.number(capaian, "capaian"), predikatArgs.choice(skala, "skala", readSkalaPredikat));
}

/**
 * Mutu pelayanan dari nilai IKM (PermenPANRB 14/2017).
 * @customfunction MUTUIKM
 * @param nilai_ikm Nilai IKM hasil konversi, 25 sampai 100, misalnya 84,87.
 * @returns Mutu dan kinerja unit pelayanan, misalnya "B (Baik)".
 */
export function mutuIkm(nilai_ikm: unknown): string {
  return describeMutu(ikmArgs.valueOf(computeMutuIkm(ikmArgs.number(nilai_ikm, "nilaiIkm"))));
}

/**
 * Angka dari teks bernotasi Indonesia: "84,87", "2.180.922.481", "Rp 305.100.000", "95,23 %".
 * @customfunction ANGKA
 * @param teks Teks berisi angka.
 * @returns Angkanya.
 */
export function angka(teks: unknown): number {
  return numberArgs.number(teks, "teks").toNumber();
}
