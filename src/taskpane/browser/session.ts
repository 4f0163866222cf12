import { evaluateWorkbook } from "../../workbook/evaluate-workbook";
import { reportWritten } from "../../workbook/outcome-text";
import { paneView, type WorkbookView } from "../../workbook/pane-view";
import { buildWorkbook, type WorkbookPlans } from "../../workbook/pipeline";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import type { DocumentKind } from "../../workbook/documents";
import { reportFileName } from "../../xlsx/report-file-name";
import type { DoorHandle, Opened } from "./door";
import { PAGE_SIZE, type Reply, type Request } from "./protocol";
import { answerRecap, type RecapDoor } from "./recap-request";

/** What the session needs of the file door (./door in the worker; a stand-in in tests). */
export interface Door extends RecapDoor {
  refuseOversizedPackage(bytes: Uint8Array, name: string): string | null;
  openPackage(bytes: Uint8Array, name: string): Promise<Opened>;
  writeReport(handle: DoorHandle, plans: WorkbookPlans): Promise<Uint8Array>;
  sampleWorkbook(): Promise<Uint8Array>;
}

export type Post = (reply: Reply, transfer?: Transferable[]) => void;

/** The pipeline the session runs (the real one, unless a test needs it to behave otherwise). */
export const PIPELINE = { evaluateWorkbook, buildWorkbook, paneView };

export const SAMPLE_NAME = "lapkin-contoh.xlsx";

/**
 * Sheet rows (the header among them) of a big Indikator sheet evaluated first, on their own, so the
 * pane has something to show within a second or two; the whole sheet's evaluation replaces them (it
 * may add flags that depend on a whole column, such as ANGKA_AMBIGU).
 */
export const PREVIEW_ROWS = 200;

/**
 * The worker's side of the standalone pane: it keeps the opened workbook (the door's handle and the
 * plans) and answers one request at a time. The indicators are shown as soon as they are evaluated
 * (a preview of a big sheet's first rows sooner still), before the report's plans are built (that
 * takes as long again on a big workbook); the pipeline's own view then replaces them if it differs,
 * so what stays on screen is paneView(plans.workbook).
 */
export function workbookSession(door: Door, post: Post, pipeline = PIPELINE): (request: Request) => Promise<void> {
  const { evaluateWorkbook, buildWorkbook, paneView } = pipeline;
  let current: { name: string; handle: DoorHandle; snapshot: WorkbookSnapshot; plans: WorkbookPlans } | null = null;
  let queue = Promise.resolve();

  function sendView(view: WorkbookView, provisional = false): void {
    const { indicators, ...head } = view;
    post({ kind: "head", head, total: indicators.length, provisional });
    for (let from = 0; from < indicators.length; from += PAGE_SIZE)
      post({ kind: "page", indicators: indicators.slice(from, from + PAGE_SIZE) });
  }

  async function open(bytes: Uint8Array, name: string): Promise<void> {
    current = null;
    post({ kind: "stage", stage: "reading" });
    const refused = door.refuseOversizedPackage(bytes, name);
    if (refused) return post({ kind: "unusable", message: refused });
    const opened = await door.openPackage(bytes, name);
    if (!opened.ok) return post({ kind: "unusable", message: opened.message });

    post({ kind: "stage", stage: "evaluating" });
    const preview = previewOf(opened.snapshot);
    const previewed = preview && evaluateWorkbook(preview);
    if (previewed && previewed.ok) sendView(paneView(previewed.workbook), true);
    const evaluated = evaluateWorkbook(opened.snapshot);
    if (!evaluated.ok) return post({ kind: "unusable", message: evaluated.message });
    const first = paneView(evaluated.workbook);
    sendView(first);

    post({ kind: "stage", stage: "planning" });
    const plans = buildWorkbook(opened.snapshot);
    if (!plans.ok) return post({ kind: "unusable", message: plans.message });
    const final = paneView(plans.workbook);
    if (JSON.stringify(final) !== JSON.stringify(first)) sendView(final);
    current = { name, handle: opened.handle, snapshot: opened.snapshot, plans };
    post({ kind: "shown" });
  }

  /** The file with the documents asked for (by default every one the data allows, as planned on opening). */
  async function report(documents: readonly DocumentKind[] | undefined): Promise<void> {
    const opened = current;
    if (!opened) return post({ kind: "failed", message: "Belum ada workbook yang dibuka; buka file .xlsx dahulu." });
    let plans = opened.plans;
    if (documents) {
      post({ kind: "stage", stage: "planning" });
      const asked = buildWorkbook(opened.snapshot, { documents });
      if (!asked.ok) return post({ kind: "failed", message: asked.message });
      plans = asked;
    }
    post({ kind: "stage", stage: "writing" });
    const bytes = await door.writeReport(opened.handle, plans);
    const fileName = reportFileName(opened.name);
    const sheets = plans.sheets.map((s) => s.name);
    const list = (locale: string) => new Intl.ListFormat(locale, { type: "conjunction" }).format(sheets);
    const written = reportWritten(plans.workbook, {
      id: `Laporan diunduh sebagai ${fileName} (sheet ${list("id")})`,
      en: `Report downloaded as ${fileName} (sheets ${list("en")})`,
    });
    const notice = {
      id: [written.id, ...plans.notices.map((n) => n.id)].join(" "),
      en: [written.en, ...plans.notices.map((n) => n.en)].join(" "),
    };
    const buffer = ownBuffer(bytes);
    post({ kind: "report", fileName, bytes: buffer, notice }, [buffer]);
  }

  async function answer(request: Request): Promise<void> {
    try {
      if (request.kind === "open") await open(new Uint8Array(request.bytes), request.name);
      else if (request.kind === "sample") await open(await door.sampleWorkbook(), SAMPLE_NAME);
      else if (request.kind === "recap") await answerRecap(request.files, door, post);
      else await report(request.documents);
    } catch (error) {
      post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (request) => (queue = queue.then(() => answer(request)));
}

/** The snapshot cut to the Indikator sheet's first rows, or null when the sheet is small enough to evaluate at once. */
function previewOf(snapshot: WorkbookSnapshot): WorkbookSnapshot | null {
  const sheet = snapshot.indikator;
  if (!sheet || sheet.grid.length <= PREVIEW_ROWS * 2) return null;
  const cut = { grid: sheet.grid.slice(0, PREVIEW_ROWS), formats: sheet.formats?.slice(0, PREVIEW_ROWS) ?? null };
  return { ...snapshot, indikator: { ...sheet, ...cut } };
}

/** The bytes as an ArrayBuffer of exactly their length, which can be handed to the page without a copy. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
}
