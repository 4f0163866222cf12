import { textKey } from "../engine";
import type { Grid } from "./cells";
import { SHEETS } from "./contract";
import { NO_MARKS, type FoundMarks, type MarkedPlace } from "./marks";
import type { RegionKey } from "./plan";

/** Number format codes by cell, the grid's shape; null for General (or a cell without one). */
export type FormatGrid = readonly (readonly (string | null)[])[];

/** What a door reads of one sheet: values as Excel shows them, placed from A1, and their number formats. */
export interface SheetSnapshot {
  readonly name: string;
  readonly grid: Grid;
  /** null when the door could not read formats; then no cell is taken for a percentage or a date. */
  readonly formats: FormatGrid | null;
}

/** Everything the pipeline needs of a workbook, as plain data: the same from Office.js and from a file. */
export interface WorkbookSnapshot {
  /** Every sheet's name, in tab order. */
  readonly sheetNames: readonly string[];
  readonly marks: FoundMarks;
  readonly info: SheetSnapshot | null;
  readonly indikator: SheetSnapshot | null;
  /** The workbook's own predikat bands (Info "Skala Predikat" = sheet Skala). */
  readonly skala: SheetSnapshot | null;
  /** What staff typed into LAPKIN's free-text places, read from the marked ranges (top-left at [0][0]). */
  readonly regions: ReadonlyMap<RegionKey, Grid>;
}

/** Which sheets a door must read, decided from the names alone (the first of a door's two reads). */
export interface SheetsToRead {
  readonly info: string | null;
  readonly indikator: string | null;
  readonly skala: string | null;
  readonly regions: ReadonlyMap<RegionKey, MarkedPlace>;
}

export const SKALA_SHEET = "Skala";

/**
 * Info, Indikator and Skala are found by name, ignoring case, spaces and punctuation; a sheet
 * LAPKIN made is never taken for one of them, whatever it is called.
 */
export function sheetsToRead(sheetNames: readonly string[], marks: FoundMarks): SheetsToRead {
  const ours = new Set([...marks.sheets.values()].map(textKey));
  const find = (wanted: string) =>
    sheetNames.find((name) => !ours.has(textKey(name)) && textKey(name) === textKey(wanted)) ?? null;
  return { info: find(SHEETS.info), indikator: find(SHEETS.indikator), skala: find(SKALA_SHEET), regions: marks.regions };
}

/** A snapshot of the given grids alone, as a workbook holding just these sheets would give (tests, the sample). */
export function snapshotOfGrids(grids: { info: Grid | null; indikator: Grid | null; skala?: Grid | null }): WorkbookSnapshot {
  const sheet = (name: string, grid: Grid | null | undefined): SheetSnapshot | null =>
    grid ? { name, grid, formats: null } : null;
  const sheetNames = [
    ...(grids.info ? [SHEETS.info] : []),
    ...(grids.indikator ? [SHEETS.indikator] : []),
    ...(grids.skala ? [SKALA_SHEET] : []),
  ];
  return {
    sheetNames,
    marks: NO_MARKS,
    info: sheet(SHEETS.info, grids.info),
    indikator: sheet(SHEETS.indikator, grids.indikator),
    skala: sheet(SKALA_SHEET, grids.skala),
    regions: new Map(),
  };
}
