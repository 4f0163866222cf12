import * as door from "../../../src/taskpane/browser/door";
import type { Reply, Request } from "../../../src/taskpane/browser/protocol";
import { PIPELINE, workbookSession, type Door } from "../../../src/taskpane/browser/session";
import type { WorkerLike } from "../../../src/taskpane/browser/worker-client";

/**
 * The standalone pane's backend against its worker's session, run in this process: messages cross
 * through structuredClone, as between a page and a worker, and arrive asynchronously.
 */
export class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<Reply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  /** When set, requests are held (a worker busy with a big file) instead of answered. */
  hold = false;
  private readonly answer: (request: Request) => Promise<void>;

  constructor(sessionDoor: Door = door, pipeline = PIPELINE) {
    this.answer = workbookSession(
      sessionDoor,
      (reply) => setTimeout(() => !this.terminated && this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<Reply>)),
      pipeline,
    );
  }

  postMessage(request: Request): void {
    if (!this.hold) setTimeout(() => void this.answer(structuredClone(request)));
  }

  terminate(): void {
    this.terminated = true;
  }

  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}
