import type { Notice } from "../excel/notices";
import type { PickedFile } from "../recap/recap-picked";
import type { RecapView } from "../recap/recap-view";
import type { DocumentKind } from "../workbook/documents";
import type { WorkbookView } from "../workbook/pane-view";
import type { StringKey } from "./i18n";

/** What the pane has of a workbook: its view, nothing to show yet, or why it can't be used. */
export type Loaded =
  | { readonly kind: "view"; readonly view: WorkbookView }
  | { readonly kind: "empty" }
  | { readonly kind: "unusable"; readonly message: string };

export interface ActionResult {
  /** What the pane shows after the action; absent when the action leaves it as it was (a recap). */
  readonly loaded?: Loaded;
  readonly notice: Notice;
  /** A recap's units, ranked, for the pane's picture of it (set by a recap, in either mode). */
  readonly recap?: RecapView;
}

/** How far a running action is: what it does now, n of N where it counts, and what can be shown already (null: nothing). */
export interface Progress {
  readonly stage: StringKey;
  readonly done?: number;
  readonly total?: number;
  readonly loaded?: Loaded | null;
}

export type ProgressListener = (progress: Progress) => void;

/** Ends an action leaving no workbook open (cancelled, or the worker holding it stopped); the pane goes idle and says why. */
export class PaneReset extends Error {
  constructor(readonly notice: Notice) {
    super(notice.id);
  }
}

/** Inside Excel: the open workbook, through Office.js. */
export interface ExcelPane {
  readonly mode: "excel";
  read(): Promise<Loaded>;
  /** The documents the user ticked in the pane (every one the data allows, by default). */
  buatLaporan(documents?: readonly DocumentKind[]): Promise<ActionResult>;
  isiKolomHitung(): Promise<ActionResult>;
  sisipkanTemplat(): Promise<ActionResult>;
  selectCell(address: string): Promise<void>;
  /** The kabupaten recap of the picked unit workbooks, written as sheets into this workbook. */
  rekap(files: readonly PickedFile[], progress: ProgressListener): Promise<ActionResult>;
}

/** In a plain browser: a file the user opens, read and written in a worker, never sent anywhere. */
export interface BrowserPane {
  readonly mode: "browser";
  open(file: { readonly name: string; readonly bytes: Uint8Array }, progress: ProgressListener): Promise<Loaded>;
  openSample(progress: ProgressListener): Promise<Loaded>;
  download(progress: ProgressListener, documents?: readonly DocumentKind[]): Promise<ActionResult>;
  /** The kabupaten recap of the picked unit workbooks, downloaded as a new workbook; the open workbook stays open. */
  rekap(files: readonly File[], progress: ProgressListener): Promise<ActionResult>;
  /** Stops whatever runs now; the running action ends with a PaneReset. */
  cancel(): void;
}

export type PaneBackend = ExcelPane | BrowserPane;
