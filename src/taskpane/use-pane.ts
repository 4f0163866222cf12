import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { subscribeNotices, type Notice } from "../excel/notices";
import type { RecapView } from "../recap/recap-view";
import { PaneReset, type ActionResult, type Loaded, type PaneBackend, type ProgressListener } from "./backend";
import type { StringKey } from "./i18n";

export type RunAction = (label: StringKey, action: (progress: ProgressListener) => Promise<ActionResult | Loaded>) => void;

export function errorNotice(error: unknown): Notice {
  const detail = error instanceof Error ? error.message : String(error);
  return { tone: "error", id: `Gagal: ${detail}`, en: `Failed: ${detail}` };
}

export interface PaneState {
  readonly loaded: Loaded | null;
  /** What is running now, as a label for the progress indicator; null when idle. */
  readonly busy: StringKey | null;
  /** n of N for the running action, where it counts. */
  readonly count: { readonly done: number; readonly total: number } | null;
  readonly notice: Notice | null;
  /** The last recap's units, ranked; it stays while other workbooks are opened, until the next recap. */
  readonly recap: RecapView | null;
}

const IDLE: PaneState = { loaded: null, busy: null, count: null, notice: null, recap: null };

/**
 * The pane's state machine: one action at a time, progress while it runs (and what it can show
 * already), its result or its error as a notice. Errors are shown, never swallowed. Inside Excel a
 * notice from the ribbon's Buat Laporan is shown and the workbook read again, since the ribbon
 * just changed it.
 */
export function usePane(backend: PaneBackend) {
  const [state, setState] = useState<PaneState>(IDLE);
  const running = useRef<number | null>(null);
  const runs = useRef(0);
  const rereadWhenIdle = useRef(false);

  const run = useCallback(
    async (label: StringKey, action: (progress: ProgressListener) => Promise<ActionResult | Loaded>) => {
      if (running.current !== null) return;
      const id = ++runs.current;
      running.current = id;
      setState((s) => ({ ...s, busy: label, count: null }));
      // A transition: React renders what arrives in slices and yields between them, so the pages of a
      // big workbook, arriving one after another, never hold the page's thread for long.
      const progress: ProgressListener = (p) => {
        if (running.current !== id) return;
        startTransition(() =>
          setState((s) => ({
            ...s,
            busy: p.stage,
            count: p.total === undefined ? null : { done: p.done ?? 0, total: p.total },
            loaded: p.loaded === undefined ? s.loaded : p.loaded,
          })),
        );
      };
      try {
        const result = await action(progress);
        setState((s) =>
          "notice" in result
            ? {
                loaded: result.loaded ?? s.loaded,
                busy: null,
                count: null,
                notice: result.notice,
                recap: result.recap ?? s.recap,
              }
            : { ...s, loaded: result, busy: null, count: null },
        );
      } catch (error) {
        setState((s) =>
          error instanceof PaneReset
            ? { ...IDLE, notice: error.notice }
            : { ...s, busy: null, count: null, notice: errorNotice(error) },
        );
      } finally {
        running.current = null;
      }
      if (rereadWhenIdle.current && backend.mode === "excel") {
        rereadWhenIdle.current = false;
        void run("reading", () => backend.read());
      }
    },
    [backend],
  );

  useEffect(() => {
    if (backend.mode === "excel") void run("reading", () => backend.read());
  }, [backend, run]);

  useEffect(() => {
    if (backend.mode !== "excel") return;
    let subscribing = true;
    const unsubscribe = subscribeNotices((notice) => {
      setState((s) => ({ ...s, notice }));
      // A notice published before the pane opened is already covered by the first read.
      if (subscribing) return;
      if (running.current === null) void run("reading", () => backend.read());
      else rereadWhenIdle.current = true;
    });
    subscribing = false;
    return unsubscribe;
  }, [backend, run]);

  const showNotice = useCallback((notice: Notice) => setState((s) => ({ ...s, notice })), []);
  const cancel = backend.mode === "browser" ? () => backend.cancel() : null;
  return { state, run, showNotice, cancel };
}
