import type { CellValue, Grid } from "../../src/workbook/cells";
import { buildWorkbook, type WorkbookPlans } from "../../src/workbook/pipeline";
import { NO_MARKS } from "../../src/workbook/marks";
import type { FormatGrid, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { seedGrids } from "./grids";

/**
 * Workbooks as a test writes them: an Indikator sheet from a header and rows, optionally with
 * number formats, and the sample's Info unless another is given; run through the one pipeline.
 */
export interface TestWorkbook {
  readonly info?: Grid | null;
  readonly indikator: Grid;
  readonly formats?: FormatGrid;
  readonly infoFormats?: FormatGrid;
  readonly skala?: Grid;
  readonly sheetNames?: readonly string[];
}

export function snapshotOf(book: TestWorkbook): WorkbookSnapshot {
  const info = book.info === undefined ? seedGrids().info : book.info;
  return {
    sheetNames: book.sheetNames ?? ["Info", "Indikator", ...(book.skala ? ["Skala"] : [])],
    marks: NO_MARKS,
    info: info === null ? null : { name: "Info", grid: info, formats: book.infoFormats ?? null },
    indikator: { name: "Indikator", grid: book.indikator, formats: book.formats ?? null },
    skala: book.skala ? { name: "Skala", grid: book.skala, formats: null } : null,
    regions: new Map(),
  };
}

export function plansOf(book: TestWorkbook): WorkbookPlans {
  const result = buildWorkbook(snapshotOf(book));
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** An Indikator grid from named columns: { Level: "Sasaran", Target: 4, ... } per row, headers in first-seen order. */
export function indikatorOf(rows: readonly Record<string, CellValue>[]): CellValue[][] {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [headers, ...rows.map((r) => headers.map((h) => r[h] ?? null))];
}

/** Info as key | value rows, with the sample's Tahun and Periode unless given. */
export function infoOf(values: Record<string, CellValue>): CellValue[][] {
  const base: Record<string, CellValue> = {
    "Unit Kerja": "Dinas Uji",
    "Pemerintah Daerah": "Kabupaten Uji",
    Tahun: 2024,
    Periode: "TW IV",
    ...values,
  };
  return Object.entries(base).map(([k, v]) => [k, v]);
}
