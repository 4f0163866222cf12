import { buatLaporan as createReportInExcel } from "../excel/actions";
import { announce, type Notice } from "../excel/notices";
import { REPORT_DONE, runNotice } from "../excel/run-notice";

/**
 * "Buat Laporan" on the LAPKIN ribbon tab: the whole report in one click, then the task pane
 * says what was written, or why nothing was. event.completed() is called whatever happens.
 */
export async function buatLaporan(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await tell(await createReport());
  } finally {
    event.completed();
  }
}

async function createReport(): Promise<Notice> {
  try {
    return runNotice(await createReportInExcel(), REPORT_DONE);
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
  Office.actions.associate("buatLaporan", buatLaporan);
}

if (typeof Office !== "undefined") {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) registerCommands();
  });
}
