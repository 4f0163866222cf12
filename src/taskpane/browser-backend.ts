import type { IndicatorView, WorkbookView } from "../workbook/pane-view";
import { PaneReset, type ActionResult, type BrowserPane, type Loaded, type ProgressListener } from "./backend";
import type { Reply, Request, Stage, ViewHead } from "./browser/protocol";
import { WorkerClient, WorkerStopped, type WorkerLike } from "./browser/worker-client";
import type { StringKey } from "./i18n";

export interface Downloader {
  (fileName: string, bytes: Uint8Array): void;
}

/** Saves bytes as a file through a temporary link, the way a browser downloads. */
export const browserDownload: Downloader = (fileName, bytes) => {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

const STAGE_LABEL: Readonly<Record<Stage, StringKey>> = {
  reading: "reading",
  evaluating: "evaluating",
  planning: "planning",
  writing: "writing",
};

const CANCELLED = {
  tone: "info",
  id: "Dibatalkan. Tidak ada workbook yang terbuka; buka file lagi bila perlu.",
  en: "Cancelled. No workbook is open; open a file again when you need it.",
} as const;

const stopped = (detail: string) =>
  ({
    tone: "error",
    id: `Peramban menghentikan pekerjaan ini (${detail}); workbook mungkin terlalu besar untuk peramban. Tutup tab lain lalu coba lagi, atau pakai perintah lapkin di komputer.`,
    en: `The browser stopped this work (${detail}); the workbook may be too big for the browser. Close other tabs and try again, or use the lapkin command on a computer.`,
  }) as const;

/**
 * The standalone pane's actions. The workbook lives in a worker (reading, evaluating and writing
 * happen there); the page receives the view in pages and shows each as it comes.
 */
export function browserPane(spawn: () => WorkerLike, download: Downloader = browserDownload): BrowserPane {
  const client = new WorkerClient(spawn);
  client.warmUp();
  let shown: WorkbookView | null = null;

  async function ask(request: Request, onReply: (reply: Reply) => void, transfer: Transferable[] = []): Promise<Reply> {
    try {
      const final = await client.request(request, onReply, transfer);
      if (final.kind === "failed") throw new Error(final.message);
      return final;
    } catch (error) {
      if (error instanceof WorkerStopped) {
        shown = null;
        throw new PaneReset(error.cancelled ? CANCELLED : stopped(error.message));
      }
      throw error;
    }
  }

  async function receiveView(request: Request, progress: ProgressListener, transfer: Transferable[] = []): Promise<Loaded> {
    shown = null;
    progress({ stage: "reading", loaded: null });
    let head: ViewHead | null = null;
    let total = 0;
    let provisional = false;
    let indicators: readonly IndicatorView[] = [];
    const partial = (): Loaded => ({ kind: "view", view: { ...head!, indicators } });
    // While a preview of the first rows is shown the whole sheet is still being evaluated: say that, not n of N.
    const showing = () =>
      provisional ? ({ stage: "evaluating" } as const) : ({ stage: "showing", done: indicators.length, total } as const);
    const final = await ask(
      request,
      (reply) => {
        if (reply.kind === "stage")
          progress({ stage: STAGE_LABEL[reply.stage], ...(head && !provisional ? { done: indicators.length, total } : {}) });
        else if (reply.kind === "head") {
          // What is on screen stays until the new view's first page replaces it (no blank flash between views).
          [head, total, provisional, indicators] = [reply.head, reply.total, reply.provisional, []];
          progress(showing());
        } else if (reply.kind === "page") {
          indicators = indicators.concat(reply.indicators);
          progress({ ...showing(), loaded: partial() });
        }
      },
      transfer,
    );
    if (final.kind === "unusable") return { kind: "unusable", message: final.message };
    if (final.kind !== "shown" || head === null) throw new Error(`Balasan tak terduga dari pekerja: ${final.kind}`);
    shown = { ...(head as ViewHead), indicators };
    return { kind: "view", view: shown };
  }

  return {
    mode: "browser",
    open: (file, progress) => {
      // The worker gets its own copy: the caller's bytes stay usable.
      const bytes = file.bytes.slice().buffer as ArrayBuffer;
      return receiveView({ kind: "open", name: file.name, bytes }, progress, [bytes]);
    },
    openSample: (progress) => receiveView({ kind: "sample" }, progress),
    download: async (progress, documents): Promise<ActionResult> => {
      const view = shown;
      if (!view) throw new Error("Belum ada workbook yang dibuka; buka file .xlsx dahulu.");
      const final = await ask({ kind: "report", ...(documents ? { documents } : {}) }, (reply) => {
        if (reply.kind === "stage") progress({ stage: STAGE_LABEL[reply.stage] });
      });
      if (final.kind !== "report") throw new Error(`Balasan tak terduga dari pekerja: ${final.kind}`);
      download(final.fileName, new Uint8Array(final.bytes));
      return { loaded: { kind: "view", view }, notice: { tone: "success", ...final.notice } };
    },
    rekap: async (files, progress): Promise<ActionResult> => {
      const recapFiles = files.map((file) => ({ name: file.name, path: file.webkitRelativePath ?? "", blob: file }));
      const final = await ask({ kind: "recap", files: recapFiles }, (reply) => {
        if (reply.kind === "step") progress({ stage: "recapping", done: reply.done, total: reply.total });
        else if (reply.kind === "stage") progress({ stage: STAGE_LABEL[reply.stage] });
      });
      if (final.kind === "unusable") return { notice: { tone: "error", id: final.message, en: final.message } };
      if (final.kind !== "report") throw new Error(`Balasan tak terduga dari pekerja: ${final.kind}`);
      download(final.fileName, new Uint8Array(final.bytes));
      return { notice: { tone: "success", ...final.notice }, ...(final.recap ? { recap: final.recap } : {}) };
    },
    cancel: () => client.cancel(),
  };
}
