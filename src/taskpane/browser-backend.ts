import type { WorkbookHandle } from "../xlsx/browser-door";
import { reportWritten } from "../workbook/outcome-text";
import { paneView } from "../workbook/pane-view";
import { buildWorkbook, type WorkbookPlans } from "../workbook/pipeline";
import type { ActionResult, BrowserPane, Loaded } from "./backend";

/** The file door is fetched only here, in the plain-browser mode, never inside Excel. */
const loadXlsxDoor = () => import(/* webpackChunkName: "xlsx-door" */ "../xlsx/browser-door");

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

export function browserPane(download: Downloader = browserDownload): BrowserPane {
  let opened: { name: string; handle: WorkbookHandle; plans: WorkbookPlans } | null = null;

  async function open(file: { name: string; bytes: Uint8Array }): Promise<Loaded> {
    const door = await loadXlsxDoor();
    opened = null;
    const loaded = await door.loadWorkbook(file.bytes, file.name);
    if (!loaded.ok) return { kind: "unusable", message: loaded.message };
    const plans = buildWorkbook(loaded.snapshot);
    if (!plans.ok) return { kind: "unusable", message: plans.message };
    opened = { name: file.name, handle: loaded.handle, plans };
    return { kind: "view", view: paneView(plans.workbook) };
  }

  return {
    mode: "browser",
    open,
    openSample: async () => {
      const door = await loadXlsxDoor();
      return open({ name: "lapkin-contoh.xlsx", bytes: await door.sampleWorkbook() });
    },
    download: async (): Promise<ActionResult> => {
      const current = opened;
      if (!current) throw new Error("Belum ada workbook yang dibuka.");
      const door = await loadXlsxDoor();
      const bytes = door.generateReport(current.handle, current.plans);
      const fileName = current.name.replace(/(\.xlsx)?$/i, "-laporan.xlsx");
      download(fileName, bytes);
      const message = reportWritten(current.plans.workbook, {
        id: `Laporan diunduh sebagai ${fileName}`,
        en: `Report downloaded as ${fileName}`,
      });
      return { loaded: { kind: "view", view: paneView(current.plans.workbook) }, notice: { tone: "success", ...message } };
    },
  };
}
