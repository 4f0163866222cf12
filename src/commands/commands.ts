import { buatLaporan as createInExcel } from "../excel/actions";
import { announce, type Notice } from "../excel/notices";
import { reportDone, runNotice } from "../excel/run-notice";
import type { DocumentKind } from "../workbook/documents";

/**
 * The LAPKIN tab's "Buat Laporan" menu: each item makes its document (Semua: every document the
 * workbook's data allows) in one click, then the task pane says what was written, or why nothing
 * was. event.completed() is called whatever happens.
 */
export const RIBBON_COMMANDS: readonly { readonly functionName: string; readonly documents?: readonly DocumentKind[] }[] = [
  { functionName: "buatLaporanKinerja", documents: ["laporan"] },
  { functionName: "buatPerjanjianKinerja", documents: ["pk"] },
  { functionName: "buatRencanaAksi", documents: ["rencanaAksi"] },
  { functionName: "buatEvaluasiRenja", documents: ["evaluasi"] },
  { functionName: "buatLaporan" },
];

/** The handler of one menu item. */
export const commandFor =
  (documents?: readonly DocumentKind[]) =>
  async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      await tell(await create(documents));
    } finally {
      event.completed();
    }
  };

/** "Semua": every document the data allows. */
export const buatLaporan = commandFor();

async function create(documents?: readonly DocumentKind[]): Promise<Notice> {
  try {
    const run = await createInExcel(documents);
    return runNotice(run, reportDone(run));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { tone: "error", id: `Laporan gagal dibuat: ${detail}`, en: `The report could not be created: ${detail}` };
  }
}

async function tell(notice: Notice): Promise<void> {
  try {
    await announce(notice);
  } catch {
    // The pane could not be shown (an older host); the notice waits there until the user opens it.
  }
}

export function registerCommands(): void {
  for (const command of RIBBON_COMMANDS) Office.actions.associate(command.functionName, commandFor(command.documents));
}

if (typeof Office !== "undefined") {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) registerCommands();
  });
}
