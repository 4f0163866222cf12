import { isFinal, type Reply, type Request } from "./protocol";

/** The part of a Worker the client uses (a real one in the page, a stand-in in tests). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<Reply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: Request, transfer: Transferable[]): void;
  terminate(): void;
}

export class WorkerStopped extends Error {
  constructor(
    readonly cancelled: boolean,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * One request at a time to the pane's worker: every reply goes to the caller's listener, the final
 * one settles the promise. Stopping the worker (cancel, or a crash such as running out of memory)
 * rejects the request with WorkerStopped; the next request starts a fresh worker.
 */
export class WorkerClient {
  private worker: WorkerLike | null = null;
  private pending: { reject: (error: WorkerStopped) => void } | null = null;

  constructor(private readonly spawn: () => WorkerLike) {}

  /** Starts the worker ahead of the first request, so its code is ready when a file is chosen. */
  warmUp(): void {
    this.current();
  }

  request(request: Request, onReply: (reply: Reply) => void, transfer: Transferable[] = []): Promise<Reply> {
    if (this.pending) return Promise.reject(new Error("LAPKIN masih bekerja; tunggu atau batalkan dahulu."));
    const worker = this.current();
    return new Promise<Reply>((resolve, reject) => {
      this.pending = { reject };
      worker.onmessage = (event) => {
        const reply = event.data;
        onReply(reply);
        if (isFinal(reply)) {
          this.pending = null;
          resolve(reply);
        }
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        this.stop(false, event.message || "worker stopped");
      };
      worker.postMessage(request, transfer);
    });
  }

  /** Ends the worker and whatever it holds. */
  cancel(): void {
    this.stop(true, "cancelled");
  }

  private stop(cancelled: boolean, detail: string): void {
    this.worker?.terminate();
    this.worker = null;
    const pending = this.pending;
    this.pending = null;
    pending?.reject(new WorkerStopped(cancelled, detail));
  }

  private current(): WorkerLike {
    this.worker ??= this.spawn();
    return this.worker;
  }
}
