import type { Notice } from "../excel/notices";
import type { WorkbookView } from "../workbook/pane-view";

/** What the pane has of a workbook: its view, nothing to show yet, or why it can't be used. */
export type Loaded =
  | { readonly kind: "view"; readonly view: WorkbookView }
  | { readonly kind: "empty" }
  | { readonly kind: "unusable"; readonly message: string };

export interface ActionResult {
  readonly loaded: Loaded;
  readonly notice: Notice;
}

/** Inside Excel: the open workbook, through Office.js. */
export interface ExcelPane {
  readonly mode: "excel";
  read(): Promise<Loaded>;
  buatLaporan(): Promise<ActionResult>;
  isiKolomHitung(): Promise<ActionResult>;
  sisipkanTemplat(): Promise<ActionResult>;
  selectCell(address: string): Promise<void>;
}

/** In a plain browser: a file the user opens, read and written by ExcelJS, never sent anywhere. */
export interface BrowserPane {
  readonly mode: "browser";
  open(file: { readonly name: string; readonly bytes: Uint8Array }): Promise<Loaded>;
  openSample(): Promise<Loaded>;
  download(): Promise<ActionResult>;
}

export type PaneBackend = ExcelPane | BrowserPane;
