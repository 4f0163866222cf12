import type { PlanCell, StyleKey } from "../workbook/plan";
import type { ProblemLine } from "./problem";
import { finishLazyTable, finishTable, startTable, type RecapSheetPlan, type TitleLine } from "./recap-sheet";
import { heightFor, writtenCell } from "./table-rows";

const HEADERS = ["No", "Tingkat", "Kode", "File", "Sel", "Pesan"];
const WIDTHS = [6, 11, 21, 28, 16, 90];
const STYLES: readonly StyleKey[] = ["cellCenter", "cellText", "cellText", "cellText", "cellText", "cellText"];

/**
 * Sheet Masalah: every problem of the recap, one a row (No | Tingkat | Kode | File | Sel | Pesan),
 * in the order given: the problems across units first, then each unit's own flags. A recap of
 * many units has thousands of them: their rows are measured here and made when the sheet is read.
 */
export function planMasalah(problems: readonly ProblemLine[], titles: readonly TitleLine[]): RecapSheetPlan {
  const table = startTable("masalah", WIDTHS, titles, HEADERS);
  const { header, last } = table;
  if (problems.length === 0) {
    table.rows.span(header + 1, 0, last, "Tidak ada masalah.", "box");
    return finishTable(table, "masalah");
  }
  const valuesOf = (problem: ProblemLine, i: number) => [
    i + 1,
    problem.tingkat,
    problem.kode,
    problem.file,
    problem.sel,
    problem.pesan,
  ];
  const heights = new Map<number, number>();
  problems.forEach((problem, i) => {
    const row = header + 1 + i;
    heights.set(
      row,
      Math.max(...valuesOf(problem, i).map((value, column) => heightFor(value, WIDTHS[column]!, STYLES[column]!))),
    );
  });
  function* cells(): Iterable<PlanCell> {
    for (const [i, problem] of problems.entries()) {
      const row = header + 1 + i;
      yield* valuesOf(problem, i).map((value, column) => writtenCell(row, column, value, STYLES[column]!));
    }
  }
  return finishLazyTable(table, "masalah", { heights, lastRow: header + problems.length, cells });
}
