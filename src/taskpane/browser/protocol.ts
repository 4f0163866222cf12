/**
 * Messages between the standalone pane (main thread) and its worker, which reads, evaluates and
 * writes workbooks so the page never freezes. One request at a time; each ends with exactly one of
 * "shown", "unusable", "report" or "failed" (a recap ends with "report", its file, or "unusable").
 */
import type { RecapView } from "../../recap/recap-view";
import type { DocumentKind } from "../../workbook/documents";
import type { Message } from "../../workbook/outcome-text";
import type { IndicatorView, WorkbookView } from "../../workbook/pane-view";

export type Request =
  | { readonly kind: "open"; readonly name: string; readonly bytes: ArrayBuffer }
  | { readonly kind: "sample" }
  | { readonly kind: "report"; readonly documents?: readonly DocumentKind[] }
  /** The kabupaten recap of many unit workbooks: each file's contents cross as a Blob (a reference, read in the worker one at a time). */
  | { readonly kind: "recap"; readonly files: readonly RecapFile[] };

/** A picked file as it crosses to the worker: its name and place in a picked folder said outright, since not every structured clone keeps a File's. */
export interface RecapFile {
  readonly name: string;
  /** Its path inside a picked folder ("kiriman/dinas-a.xlsx"), or "" for a file picked on its own. */
  readonly path: string;
  readonly blob: Blob;
}

/** What the worker is doing, for the progress line. */
export type Stage = "reading" | "evaluating" | "planning" | "writing";

/** Everything of a view but its indicators, which follow in pages. */
export type ViewHead = Omit<WorkbookView, "indicators">;

export type Reply =
  | { readonly kind: "stage"; readonly stage: Stage }
  /** The recap reads file `done + 1` of `total` (named `file`); done = total when every file is read. */
  | { readonly kind: "step"; readonly done: number; readonly total: number; readonly file: string }
  /**
   * A view begins: its head and how many indicators follow. Each head replaces the view before it:
   * a preview of the first rows (provisional) while the whole sheet is evaluated, the whole sheet,
   * and the pipeline's own view if that differs.
   */
  | { readonly kind: "head"; readonly head: ViewHead; readonly total: number; readonly provisional: boolean }
  | { readonly kind: "page"; readonly indicators: readonly IndicatorView[] }
  | { readonly kind: "shown" }
  | { readonly kind: "unusable"; readonly message: string }
  /** A file to download (the report, or a recap); the notice's tone is "success" unless it says otherwise. */
  | {
      readonly kind: "report";
      readonly fileName: string;
      readonly bytes: ArrayBuffer;
      readonly notice: Message & { readonly tone?: "success" | "info" };
      /** A recap's units, ranked (a recap's reply only). */
      readonly recap?: RecapView;
    }
  | { readonly kind: "failed"; readonly message: string };

/** Indicators per message: small enough that receiving one never holds the page up noticeably. */
export const PAGE_SIZE = 500;

export const isFinal = (reply: Reply) =>
  reply.kind === "shown" || reply.kind === "unusable" || reply.kind === "report" || reply.kind === "failed";
