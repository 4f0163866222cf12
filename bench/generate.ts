import type { CellValue, Grid } from "../src/workbook/cells";
import { TEMPLATE_COLUMNS, inputColumn } from "../src/workbook/contract";
import { sampleGrids } from "../src/workbook/sample-workbook";

/**
 * A regency-sized Indikator sheet: every aggregation method, budgets, the odd missing quarter and
 * text numbers in Indonesian notation, as a Bagian Organisasi collects them from many units.
 */
export function benchGrids(count: number): { info: Grid; indikator: Grid } {
  const kinds = ["Jumlah", "Rata-rata", "Akhir", "Rasio", "Manual"];
  const rows = Array.from({ length: count }, (_, i) =>
    TEMPLATE_COLUMNS.map((key): CellValue => {
      const kind = kinds[i % kinds.length]!;
      switch (key) {
        case "level":
          return i % 10 === 0 ? "Tujuan" : i % 3 === 0 ? "Program" : "Sasaran";
        case "uraian":
          return `Sasaran unit ${Math.floor(i / 4) + 1}`;
        case "indikator":
          return `Persentase capaian layanan ${i + 1}`;
        case "satuan":
          return "%";
        case "arah":
          return i % 7 === 0 ? "Turun" : "Naik";
        case "target":
          return i % 2 ? 80 + (i % 20) : `${80 + (i % 20)},50`;
        case "tw1":
        case "tw2":
        case "tw3":
          return kind === "Rasio" || kind === "Manual" ? null : 10 + ((i * 7) % 13) + 0.25;
        case "tw4":
          return kind === "Rasio" || kind === "Manual" || i % 11 === 0 ? null : 12.5;
        case "agregasi":
          return kind;
        case "pembilang":
          return kind === "Rasio" ? 30 + (i % 6) : null;
        case "penyebut":
          return kind === "Rasio" ? 36 : null;
        case "realisasi":
          return kind === "Manual" ? 75 + (i % 30) : null;
        case "anggaran":
          return i % 4 ? 100_000_000 + i * 1000 : null;
        case "realisasiAnggaran":
          return i % 4 ? `Rp ${(90_000_000 + i * 900).toLocaleString("id-ID")}` : null;
        case "sumber":
          return i % 11 === 0 ? "Bagian Organisasi" : null;
        default:
          return null;
      }
    }),
  );
  return { info: sampleGrids().info, indikator: [TEMPLATE_COLUMNS.map((key) => inputColumn(key).header), ...rows] };
}
