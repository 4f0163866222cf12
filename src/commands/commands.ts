import { detectCapabilities } from "../excel/capabilities";
import { generateInExcel } from "../excel/generate-in-excel";
import { announce, type Notice } from "../excel/notices";
import { reportWritten } from "../workbook/outcome-text";

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
    const run = await Excel.run((context) => generateInExcel(context, detectCapabilities()));
    if (!run.ok) return { tone: "error", id: run.message, en: `The workbook can't be used as it is: ${run.message}` };
    const galat = run.workbook.flags.some((f) => f.tingkat === "galat");
    const message = reportWritten(run.workbook, {
      id: "Sheet Laporan dibuat dan kolom hitung di sheet Indikator diisi",
      en: "The Laporan sheet was created and the Indikator columns filled",
    });
    return { tone: galat ? "info" : "success", ...message };
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
