import type { ChartPlan } from "./chart-plan";

/**
 * What a sheet should hold, as data: values, native formulas beside them, styles, merges, notes,
 * page breaks and print setup. The workbook layer decides all of it; the Office.js and file doors
 * only write it, so both give the same sheet.
 */
export type StyleKey =
  | "title"
  | "subtitle"
  | "section"
  | "tableHeader"
  | "columnNumber"
  | "cellText"
  | "cellNumber"
  | "cellMoney"
  | "cellCenter"
  | "paragraph"
  | "box"
  | "signature"
  | "signatureName";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Points. */
  readonly size?: number;
  /** RGB hex without '#'. */
  readonly fill?: string;
  readonly border?: boolean;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle";
  readonly wrap?: boolean;
  readonly numberFormat?: string;
}

export interface PlanCell {
  /** 0-based. */
  readonly row: number;
  readonly column: number;
  /** The value LAPKIN computed; the cell shows it even where formulas are not recalculated. */
  readonly value: string | number | null;
  /** A native Excel formula (en-US syntax, with "="), whose result must equal `value`. */
  readonly formula?: string;
  readonly style?: StyleKey;
  /**
   * A number format for this cell alone, overriding its style's: a typed 0,025 is shown as
   * 0,025 (`#,##0.000`), not cut to the style's two decimals.
   */
  readonly numberFormat?: string;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface PlanNote {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

export interface PrintSetup {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  readonly fitToWidth: boolean;
  /** 0-based rows repeated at the top of every printed page. */
  readonly repeatRows: { readonly first: number; readonly last: number } | null;
}

/** The kinds of sheet LAPKIN writes; each is marked as LAPKIN's with a defined name of its own (marks.ts). */
export type SheetKind = "laporan" | "pemeriksaan" | "pk" | "rencanaAksi" | "evaluasiRenja";

/**
 * A place in a generated sheet where staff write their own words (Rencana Tindak Lanjut lines,
 * Tanggapan Atasan ticks and text). Marked with a defined name, read back before a regeneration
 * and written into the new sheet's place of the same key.
 */
export type RegionKey =
  | "laporan.rencanaTindakLanjut"
  | "laporan.tanggapanCentang"
  | "laporan.tanggapanTeks"
  | "evaluasi.faktorPendorong"
  | "evaluasi.faktorPenghambat"
  | "evaluasi.tindakLanjutTriwulan"
  | "evaluasi.tindakLanjutRenja";

export interface PlanRegion {
  readonly key: RegionKey;
  readonly rect: Rect;
}

export interface SheetPlan {
  /** The name the sheet gets (or keeps, when it replaces LAPKIN's earlier sheet). */
  readonly name: string;
  readonly kind: SheetKind;
  /**
   * The current name of LAPKIN's earlier sheet of this kind, which this plan replaces in its tab
   * position; null when the sheet is new (it is added after the last sheet).
   */
  readonly replaces: string | null;
  readonly cells: readonly PlanCell[];
  readonly merges: readonly Rect[];
  /** Characters, as Excel measures column width. */
  readonly columnWidths: readonly number[];
  /** Points, for every row of the sheet (at most Excel's 409): set outright, so every renderer pages alike. */
  readonly rowHeights: ReadonlyMap<number, number>;
  readonly notes: readonly PlanNote[];
  readonly print: PrintSetup;
  /** 0-based rows that begin a new printed page (manual page breaks above them). */
  readonly rowBreaks: readonly number[];
  readonly regions: readonly PlanRegion[];
  readonly styles: Readonly<Record<StyleKey, CellStyle>>;
  /** Native charts over the sheet's cells, drawn after the cells are written. */
  readonly charts: readonly ChartPlan[];
  /**
   * The same cells as `cells`, made one by one in a sheet's order as they are read: a door writing a
   * file takes them from here and never holds a large sheet's cells all at once.
   */
  readonly cellsInOrder?: () => Iterable<PlanCell>;
  /** With `cellsInOrder`: the last row and column holding anything (a merge counts). */
  readonly extent?: { readonly lastRow: number; readonly lastColumn: number };
}
