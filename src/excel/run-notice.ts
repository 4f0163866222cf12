import type { WorkbookResult } from "../workbook/evaluate-workbook";
import type { PipelineResult, WorkbookPlans } from "../workbook/pipeline";
import { reportWritten, type Message } from "../workbook/outcome-text";
import type { Notice } from "./notices";

export const REPORT_DONE: Message = {
  id: "Sheet Laporan dibuat dan kolom hitung di sheet Indikator diisi",
  en: "The Laporan sheet was created and the Indikator columns filled",
};

/** What a generation wrote, naming its sheets: "Sheet Laporan, PK, dan Pemeriksaan dibuat …". */
export function reportDone(run: PipelineResult): Message {
  if (!run.ok) return REPORT_DONE;
  const names = run.sheets.map((plan) => plan.name);
  const list = (locale: string) => new Intl.ListFormat(locale, { type: "conjunction" }).format(names);
  return {
    id: `Sheet ${list("id")} dibuat dan kolom hitung di sheet ${run.columns.sheet} diisi`,
    en: `The sheets ${list("en")} were created and the ${run.columns.sheet} columns filled`,
  };
}

export const COLUMNS_DONE: Message = {
  id: "Kolom hitung di sheet Indikator diisi",
  en: "The computed columns of Indikator were filled",
};

/** What the user is told after a run in Excel: what was written, with the flag counts, or why nothing was. */
export function runNotice(run: WorkbookResult, done: Message): Notice {
  if (!run.ok) return { tone: "error", id: run.message, en: `The workbook can't be used as it is: ${run.message}` };
  const galat = run.workbook.flags.some((f) => f.tingkat === "galat");
  const written = reportWritten(run.workbook, done);
  const notices = (run as Partial<WorkbookPlans>).notices ?? [];
  return {
    tone: galat ? "info" : "success",
    id: [written.id, ...notices.map((n) => n.id)].join(" "),
    en: [written.en, ...notices.map((n) => n.en)].join(" "),
  };
}
