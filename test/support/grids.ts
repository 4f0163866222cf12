import type { CellValue, Grid } from "../../src/workbook/cells";
import { TEMPLATE_COLUMNS, inputColumn, type InputColumnKey } from "../../src/workbook/contract";
import { sampleGrids } from "../../src/workbook/sample-workbook";

/** The sample's grids, to be changed one cell at a time by a test. */
export function seedGrids(): { info: CellValue[][]; indikator: CellValue[][] } {
  const { info, indikator } = sampleGrids();
  return { info: info.map((r) => [...r]), indikator: indikator.map((r) => [...r]) };
}

export const columnOf = (key: InputColumnKey) => TEMPLATE_COLUMNS.indexOf(key);

/** Sets a cell of the sample's Indikator grid: row 1 is the first indicator (sheet row 2). */
export function withCell(grid: CellValue[][], indicator: number, key: InputColumnKey, value: CellValue): CellValue[][] {
  grid[indicator]![columnOf(key)] = value;
  return grid;
}

export function indicatorRows(count: number): Grid {
  const header = TEMPLATE_COLUMNS.map((key) => inputColumn(key).header);
  const rows = Array.from({ length: count }, (_, i) =>
    TEMPLATE_COLUMNS.map((key): CellValue => {
      switch (key) {
        case "level":
          return i % 5 === 0 ? "Tujuan" : "Sasaran";
        case "uraian":
          return `Sasaran ${Math.floor(i / 3) + 1}`;
        case "indikator":
          return `Indikator ${i + 1}`;
        case "target":
          return 80 + (i % 20);
        case "tw1":
        case "tw2":
        case "tw3":
        case "tw4":
          return 10 + ((i * 7) % 13) + 0.25;
        case "agregasi":
          return "Jumlah";
        case "anggaran":
          return 1_000_000 * (1 + (i % 9));
        case "realisasiAnggaran":
          return 900_000 * (1 + (i % 9));
        default:
          return null;
      }
    }),
  );
  return [header, ...rows];
}
