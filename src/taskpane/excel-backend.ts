import * as door from "../excel/actions";
import { recapNotice } from "../recap/recap-notice";
import { recapView } from "../recap/recap-view";
import type { WorkbookResult } from "../workbook/evaluate-workbook";
import { COLUMNS_DONE, reportDone, runNotice } from "../excel/run-notice";
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

/** The pane's actions inside Excel: each runs in the workbook through src/excel/actions.ts. */
export function excelPane(): ExcelPane {
  return {
    mode: "excel",
    read: async () => loadedFrom(await door.read()),
    buatLaporan: async (documents) => {
      const run = await door.buatLaporan(documents);
      return resultOf(run, reportDone(run));
    },
    isiKolomHitung: async () => resultOf(await door.isiKolomHitung(), COLUMNS_DONE),
    sisipkanTemplat: async () => {
      const { added, workbook } = await door.sisipkanTemplat();
      const loaded = loadedFrom(workbook);
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
    selectCell: (address) => door.selectCell(address),
    rekap: async (files, progress) => {
      const recap = await door.rekap(files, (done, total) => progress({ stage: "recapping", done, total }));
      if (!recap.ok) return { notice: { tone: "error", id: recap.message, en: recap.message } };
      const list = (locale: string) => new Intl.ListFormat(locale, { type: "conjunction" }).format(recap.sheets);
      const notice = recapNotice(recap.plans, {
        id: `Sheet ${list("id")} ditulis di workbook ini`,
        en: `Sheets ${list("en")} written in this workbook`,
      });
      const join = (key: "id" | "en") => [notice[key], ...recap.notices.map((n) => n[key])].join(" ");
      return { notice: { tone: notice.tone, id: join("id"), en: join("en") }, recap: recapView(recap.plans) };
    },
  };
}
