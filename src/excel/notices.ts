/**
 * Messages from the ribbon to the task pane. In the shared runtime both run in one page, so a
 * plain in-memory channel is enough: a command publishes, the pane shows it when it opens.
 */
export type NoticeTone = "info" | "success" | "error";

export interface Notice {
  readonly tone: NoticeTone;
  /** Indonesian, shown by default. */
  readonly id: string;
  /** English, for the pane's language switch. */
  readonly en: string;
}

type Listener = (notice: Notice) => void;

const listeners = new Set<Listener>();
let latest: Notice | null = null;

export function publishNotice(notice: Notice): void {
  latest = notice;
  for (const listener of listeners) listener(notice);
}

/** Calls back with the latest notice at once (the pane may open after it was published) and with every new one. */
export function subscribeNotices(listener: Listener): () => void {
  listeners.add(listener);
  if (latest) listener(latest);
  return () => listeners.delete(listener);
}

/** Publishes the notice and brings the task pane up so the user sees it. */
export async function announce(notice: Notice): Promise<void> {
  publishNotice(notice);
  await Office.addin.showAsTaskpane();
}
