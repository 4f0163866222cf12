import { detectCapabilities } from "../excel/capabilities";
import {
  fillComputedColumns,
  generateInExcel,
  insertTemplate,
  readWorkbookInExcel,
  type ExcelRun,
} from "../excel/generate-in-excel";
import { selectCell } from "../excel/select-cell";
import { reportWritten } from "../workbook/outcome-text";
import { paneView } from "../workbook/pane-view";
import type { ActionResult, ExcelPane, Loaded } from "./backend";

function loadedFrom(run: ExcelRun): Loaded {
  if (run.ok) return { kind: "view", view: paneView(run.workbook) };
  return run.reason === "no-sheet" ? { kind: "empty" } : { kind: "unusable", message: run.message };
}

function resultOf(run: ExcelRun, done: { id: string; en: string }): ActionResult {
  if (!run.ok)
    return {
      loaded: loadedFrom(run),
      notice: { tone: "error", id: run.message, en: `The workbook can't be used as it is: ${run.message}` },
    };
  const galat = run.workbook.flags.some((f) => f.tingkat === "galat");
  return { loaded: loadedFrom(run), notice: { tone: galat ? "info" : "success", ...reportWritten(run.workbook, done) } };
}

/** The pane's actions inside Excel, each one Excel.run batch. */
export function excelPane(): ExcelPane {
  return {
    mode: "excel",
    read: async () => loadedFrom(await Excel.run((context) => readWorkbookInExcel(context))),
    buatLaporan: async () =>
      resultOf(await Excel.run((context) => generateInExcel(context, detectCapabilities())), {
        id: "Sheet Laporan dibuat dan kolom hitung di sheet Indikator diisi",
        en: "The Laporan sheet was created and the Indikator columns filled",
      }),
    isiKolomHitung: async () =>
      resultOf(await Excel.run((context) => fillComputedColumns(context)), {
        id: "Kolom hitung di sheet Indikator diisi",
        en: "The computed columns of Indikator were filled",
      }),
    sisipkanTemplat: async () => {
      const { added } = await Excel.run((context) => insertTemplate(context));
      const loaded = loadedFrom(await Excel.run((context) => readWorkbookInExcel(context)));
      const notice =
        added.length > 0
          ? { tone: "success" as const, id: `Sheet ditambahkan: ${added.join(", ")}.`, en: `Sheets added: ${added.join(", ")}.` }
          : {
              tone: "info" as const,
              id: "Sheet Info dan Indikator sudah ada; tidak ada yang diubah.",
              en: "Info and Indikator already exist; nothing changed.",
            };
      return { loaded, notice };
    },
    selectCell: (address) => Excel.run((context) => selectCell(context, address)),
  };
}
