import { textKey } from "../engine";
import { SHEETS } from "../workbook/contract";
import { evaluateWorkbook, type WorkbookResult } from "../workbook/evaluate-workbook";
import { templateGrids } from "../workbook/sample-workbook";
import { formulaCell } from "./cell-text";
import { readSheets } from "./read-sheets";

/**
 * What the pane does in the open workbook without making a report: read and evaluate it, add the
 * template sheets. Kept apart from generate-in-excel.ts so that the report's planning code loads
 * only when a report is made (see actions.ts).
 */

/** Reads and evaluates the open workbook without writing anything (the pane's view). */
export async function readWorkbookInExcel(context: Excel.RequestContext): Promise<WorkbookResult> {
  return evaluateWorkbook((await readSheets(context)).snapshot);
}

/** "Sisipkan Templat": adds the Info and Indikator sheets a workbook lacks, never touching existing ones. */
export async function insertTemplate(context: Excel.RequestContext): Promise<{ readonly added: readonly string[] }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const existing = new Set(worksheets.items.map((s) => textKey(s.name)));
  const template = templateGrids();
  const added: string[] = [];
  for (const [name, grid] of [
    [SHEETS.info, template.info],
    [SHEETS.indikator, template.indikator],
  ] as const) {
    if (existing.has(textKey(name))) continue;
    const sheet = worksheets.add(name);
    const width = grid.reduce((max, r) => Math.max(max, r.length), 0);
    sheet.getRangeByIndexes(0, 0, grid.length, width).values = grid.map((row) =>
      Array.from({ length: width }, (_, c) => formulaCell((row[c] ?? null) as string | number | null)),
    );
    sheet.getRangeByIndexes(0, 0, name === SHEETS.info ? grid.length : 1, name === SHEETS.info ? 1 : width).format.font.bold =
      true;
    added.push(name);
  }
  if (added.length > 0) await context.sync();
  return { added };
}
