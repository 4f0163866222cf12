import { announce } from "../excel/notices";

/**
 * "Buat Laporan" on the LAPKIN ribbon tab. Report generation arrives with the workbook pipeline;
 * until then the button says so plainly rather than doing nothing.
 */
export async function buatLaporan(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await announce({
      tone: "info",
      id: "Pembuatan sheet Laporan belum tersedia pada versi ini. Sementara itu, rumus LAPKIN.* sudah dapat dipakai, misalnya =LAPKIN.CAPAIAN(target; realisasi).",
      en: "Building the Laporan sheet is not available in this version yet. Meanwhile the LAPKIN.* formulas work, e.g. =LAPKIN.CAPAIAN(target, realisasi).",
    });
  } catch {
    // The pane could not be shown (an older host); the notice waits for the user to open it.
  } finally {
    event.completed();
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
