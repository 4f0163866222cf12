/**
 * What a sheet should hold, as data: values, native formulas beside them, styles, merges, notes
 * and print setup. The workbook layer decides all of it; the Office.js and ExcelJS doors only
 * write it, so both give the same sheet.
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

export interface SheetPlan {
  readonly name: string;
  readonly cells: readonly PlanCell[];
  readonly merges: readonly Rect[];
  /** Characters, as Excel measures column width. */
  readonly columnWidths: readonly number[];
  /** Points, for rows whose wrapped text needs more than one line. */
  readonly rowHeights: ReadonlyMap<number, number>;
  readonly notes: readonly PlanNote[];
  readonly print: PrintSetup;
  readonly styles: Readonly<Record<StyleKey, CellStyle>>;
}
