import { evaluateIndicator, formatNumber, formatRupiah, type Decimal } from "../engine";
import { SAMPLE_INDICATORS, SAMPLE_INFO } from "../workbook/sample-indicators";
import { renderTable } from "./text-table";

/**
 * `npm run demo`: the seed report's tables computed by the engine from the figures staff typed,
 * printed as the report prints them. (The workbook pipeline will make this a real .xlsx report.)
 */
const show = (value: Decimal | null, format: (v: Decimal) => string = (v) => formatNumber(v)) =>
  value === null ? "-" : format(value);

const evaluated = SAMPLE_INDICATORS.map((indicator) => ({ ...indicator, result: evaluateIndicator(indicator.input) }));

console.log(
  `LAPORAN KINERJA TRIWULAN IV TAHUN ${SAMPLE_INFO.tahun}\n${SAMPLE_INFO.unitKerja.toUpperCase()}, ${SAMPLE_INFO.pemerintahDaerah.toUpperCase()}\n`,
);
console.log("Tabel Capaian Kinerja");
console.log(
  renderTable(
    [
      { header: "Level" },
      { header: "Indikator", maxWidth: 44 },
      { header: "Target", align: "right" },
      { header: "Realisasi", align: "right" },
      { header: "Capaian (%)", align: "right" },
      { header: "Predikat" },
    ],
    evaluated.map(({ level, indikator, result }) => [
      level,
      indikator,
      show(result.target),
      show(result.realisasi),
      show(result.capaian),
      result.predikat ?? "-",
    ]),
  ),
);

console.log("\nTabel Cost per outcome");
console.log(
  renderTable(
    [
      { header: "Indikator", maxWidth: 44 },
      { header: "Anggaran", align: "right" },
      { header: "Realisasi", align: "right" },
      { header: "%", align: "right" },
      { header: "Efisiensi" },
    ],
    evaluated
      .filter(({ result }) => result.anggaran !== null)
      .map(({ indikator, result }) => [
        indikator,
        show(result.anggaran, formatRupiah),
        show(result.realisasiAnggaran, formatRupiah),
        show(result.penyerapan),
        result.efisiensi?.kategori ?? "-",
      ]),
  ),
);

console.log("\nCatatan");
for (const { indikator, result } of evaluated) {
  const notes = [result.catatan, ...result.flags.map((f) => `[${f.tingkat}] ${f.pesan}`)].filter(Boolean);
  for (const note of notes) console.log(`- ${indikator}: ${note}`);
}
