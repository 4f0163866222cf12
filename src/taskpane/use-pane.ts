import { useCallback, useEffect, useRef, useState } from "react";
import type { Notice } from "../excel/notices";
import type { ActionResult, Loaded, PaneBackend } from "./backend";
import type { StringKey } from "./i18n";

export type RunAction = (label: StringKey, action: () => Promise<ActionResult | Loaded>) => void;

export function errorNotice(error: unknown): Notice {
  const detail = error instanceof Error ? error.message : String(error);
  return { tone: "error", id: `Gagal: ${detail}`, en: `Failed: ${detail}` };
}

export interface PaneState {
  readonly loaded: Loaded | null;
  /** What is running now, as a label for the progress indicator; null when idle. */
  readonly busy: StringKey | null;
  readonly notice: Notice | null;
}

/**
 * The pane's state machine: one action at a time, progress while it runs, its result or its
 * error as a notice. Errors are shown, never swallowed.
 */
export function usePane(backend: PaneBackend) {
  const [state, setState] = useState<PaneState>({ loaded: null, busy: null, notice: null });
  const running = useRef(false);

  const run = useCallback(async (label: StringKey, action: () => Promise<ActionResult | Loaded>) => {
    if (running.current) return;
    running.current = true;
    setState((s) => ({ ...s, busy: label }));
    try {
      const result = await action();
      setState((s) =>
        "notice" in result
          ? { loaded: result.loaded, busy: null, notice: result.notice }
          : { loaded: result, busy: null, notice: s.notice },
      );
    } catch (error) {
      setState((s) => ({ ...s, busy: null, notice: errorNotice(error) }));
    } finally {
      running.current = false;
    }
  }, []);

  useEffect(() => {
    if (backend.mode === "excel") void run("reading", () => backend.read());
  }, [backend, run]);

  const showNotice = useCallback((notice: Notice) => setState((s) => ({ ...s, notice })), []);
  return { state, run, showNotice };
}
