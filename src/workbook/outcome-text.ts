import { countFlags, type FlagCounts } from "../engine";
import type { WorkbookEvaluation } from "./evaluate-workbook";

/** How a finished run is told to the user, in Indonesian and English. */
export interface Message {
  readonly id: string;
  readonly en: string;
}

/** The counts of a workbook's flags by level: one set for the command line, the pane, the JSON and the notices. */
export function workbookCounts(workbook: WorkbookEvaluation): FlagCounts {
  return countFlags(workbook.flags);
}

/** The one wording of those counts: "3 indikator; 0 galat, 2 peringatan, 1 info." */
export function countsSentence(workbook: WorkbookEvaluation): Message {
  const n = workbook.indicators.length;
  const { galat, peringatan, info } = workbookCounts(workbook);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return {
    id: `${n} indikator; ${galat} galat, ${peringatan} peringatan, ${info} info.`,
    en: `${plural(n, "indicator")}; ${plural(galat, "error")}, ${plural(peringatan, "warning")}, ${plural(info, "note")}.`,
  };
}

/** "Sheet Laporan dibuat ...: 3 indikator; 0 galat, ..." */
export function reportWritten(workbook: WorkbookEvaluation, where: Message): Message {
  const sentence = countsSentence(workbook);
  return { id: `${where.id}: ${sentence.id}`, en: `${where.en}: ${sentence.en}` };
}
