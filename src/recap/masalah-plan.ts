import type { ProblemLine } from "./problem";
import { finishTable, startTable, type RecapSheetPlan, type TitleLine } from "./recap-sheet";

const HEADERS = ["No", "Tingkat", "Kode", "File", "Sel", "Pesan"];
const WIDTHS = [6, 11, 21, 28, 16, 90];

/**
 * Sheet Masalah: every problem of the recap, one a row (No | Tingkat | Kode | File | Sel | Pesan),
 * in the order given: the problems across units first, then each unit's own flags.
 */
export function planMasalah(problems: readonly ProblemLine[], titles: readonly TitleLine[]): RecapSheetPlan {
  const table = startTable("masalah", WIDTHS, titles, HEADERS);
  const { rows: body, header, last } = table;
  if (problems.length === 0) body.span(header + 1, 0, last, "Tidak ada masalah.", "box");
  problems.forEach((problem, i) => {
    const row = header + 1 + i;
    body.put(row, 0, i + 1, "cellCenter");
    body.put(row, 1, problem.tingkat, "cellText");
    body.put(row, 2, problem.kode, "cellText");
    body.put(row, 3, problem.file, "cellText");
    body.put(row, 4, problem.sel, "cellText");
    body.put(row, 5, problem.pesan, "cellText");
  });
  return finishTable(table, "masalah");
}
