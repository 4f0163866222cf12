import { detectCapabilities } from "../excel/capabilities";
import { fillComputedColumns, generateInExcel, insertTemplate, readWorkbookInExcel } from "../excel/generate-in-excel";
import type { WorkbookResult } from "../workbook/evaluate-workbook";
import { selectCell } from "../excel/select-cell";
import { COLUMNS_DONE, REPORT_DONE, runNotice } from "../excel/run-notice";
import type { Message } from "../workbook/outcome-text";
import { paneView } from "../workbook/pane-view";
import type { ActionResult, ExcelPane, Loaded } from "./backend";

function loadedFrom(run: WorkbookResult): Loaded {
  if (run.ok) return { kind: "view", view: paneView(run.workbook) };
  return run.reason === "no-sheet" ? { kind: "empty" } : { kind: "unusable", message: run.message };
}

function resultOf(run: WorkbookResult, done: Message): ActionResult {
  return { loaded: loadedFrom(run), notice: runNotice(run, done) };
}

/** The pane's actions inside Excel, each one Excel.run batch. */
export function excelPane(): ExcelPane {
  return {
    mode: "excel",
    read: async () => loadedFrom(await Excel.run((context) => readWorkbookInExcel(context))),
    buatLaporan: async () => resultOf(await Excel.run((context) => generateInExcel(context, detectCapabilities())), REPORT_DONE),
    isiKolomHitung: async () =>
      resultOf(await Excel.run((context) => fillComputedColumns(context, detectCapabilities())), COLUMNS_DONE),
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
