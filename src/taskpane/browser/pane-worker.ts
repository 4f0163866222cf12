/**
 * The standalone pane's worker: reading, evaluating and writing a workbook happen here, off the
 * page's thread, so a big or hostile file can't freeze the page and can be cancelled by ending it.
 */
import * as door from "./door";
import type { Reply, Request } from "./protocol";
import { workbookSession } from "./session";

interface WorkerScope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Reply, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const answer = workbookSession(door, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
scope.onmessage = (event) => void answer(event.data);
