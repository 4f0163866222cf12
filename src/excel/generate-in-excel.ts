import { planComputedColumns } from "../workbook/computed-columns";
import { SHEETS } from "../workbook/contract";
import { evaluateWorkbook, type WorkbookResult } from "../workbook/evaluate-workbook";
import { planReport } from "../workbook/report-plan";
import { templateGrids } from "../workbook/sample-workbook";
import type { HostCapabilities } from "./capabilities";
import { formulaCell } from "./cell-text";
import { readSheets } from "./read-sheets";
import { queueComputedColumns } from "./write-computed-columns";
import { queueSheetPlan } from "./write-sheet-plan";

export type ExcelRun = WorkbookResult;

/**
 * "Buat Laporan" inside Excel: read Info and Indikator (two syncs), build the Laporan sheet and
 * fill LAPKIN's columns (one sync). Three round trips whatever the number of indicators.
 */
export async function generateInExcel(context: Excel.RequestContext, capabilities: HostCapabilities): Promise<ExcelRun> {
  const sheets = await readSheets(context);
  const evaluated = evaluateWorkbook(sheets.grids);
  if (!evaluated.ok) return evaluated;
  const { workbook } = evaluated;
  const report = queueSheetPlan(context, planReport(workbook), sheets.laporan, capabilities);
  queueComputedColumns(sheets.indikator!, planComputedColumns(workbook), sheets.grids.indikator!.length);
  report.activate();
  await context.sync();
  return { ok: true, workbook };
}

/** Reads and evaluates the open workbook without writing anything (the pane's view). */
export async function readWorkbookInExcel(context: Excel.RequestContext): Promise<ExcelRun> {
  return evaluateWorkbook((await readSheets(context)).grids);
}

/** "Isi Kolom Hitung": only LAPKIN's columns on Indikator, as live =LAPKIN.* formulas. */
export async function fillComputedColumns(context: Excel.RequestContext): Promise<ExcelRun> {
  const sheets = await readSheets(context);
  const evaluated = evaluateWorkbook(sheets.grids);
  if (!evaluated.ok) return evaluated;
  queueComputedColumns(sheets.indikator!, planComputedColumns(evaluated.workbook), sheets.grids.indikator!.length);
  await context.sync();
  return evaluated;
}

/** "Sisipkan Templat": adds the Info and Indikator sheets a workbook lacks, never touching existing ones. */
export async function insertTemplate(context: Excel.RequestContext): Promise<{ readonly added: readonly string[] }> {
  const sheets = await readSheets(context);
  const template = templateGrids();
  const added: string[] = [];
  for (const [name, existing, grid] of [
    [SHEETS.info, sheets.info, template.info],
    [SHEETS.indikator, sheets.indikator, template.indikator],
  ] as const) {
    if (existing) continue;
    const sheet = context.workbook.worksheets.add(name);
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
