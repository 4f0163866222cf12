import type { WorkbookEvaluation } from "./evaluate-workbook";

/** How a finished run is told to the user, in Indonesian and English. */
export interface Message {
  readonly id: string;
  readonly en: string;
}

function countFlags(workbook: WorkbookEvaluation) {
  const count = (tingkat: string) => workbook.flags.filter((f) => f.tingkat === tingkat).length;
  return { galat: count("galat"), peringatan: count("peringatan"), info: count("info") };
}

export function reportWritten(workbook: WorkbookEvaluation, where: { id: string; en: string }): Message {
  const n = workbook.indicators.length;
  const { galat, peringatan, info } = countFlags(workbook);
  return {
    id: `${where.id}: ${n} indikator; ${galat} galat, ${peringatan} peringatan, ${info} info.`,
    en: `${where.en}: ${n} indicator${n === 1 ? "" : "s"}; ${galat} error${galat === 1 ? "" : "s"}, ${peringatan} warning${peringatan === 1 ? "" : "s"}, ${info} note${info === 1 ? "" : "s"}.`,
  };
}
