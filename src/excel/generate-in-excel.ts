import { buildWorkbook, type PipelineResult, type WorkbookPlans } from "../workbook/pipeline";
import { evaluateWorkbook, type WorkbookResult } from "../workbook/evaluate-workbook";
import { SHEETS } from "../workbook/contract";
import { templateGrids } from "../workbook/sample-workbook";
import type { HostCapabilities } from "./capabilities";
import { formulaCell } from "./cell-text";
import { readSheets, type ExcelSheets } from "./read-sheets";
import { queueComputedColumns } from "./write-computed-columns";
import { queueNames } from "./write-names";
import { queueSheetPlan } from "./write-sheet-plan";

export type ExcelRun = PipelineResult;

/**
 * "Buat Laporan" inside Excel: read the workbook (two syncs), build every plan with the one
 * pipeline, write LAPKIN's sheets, its columns and its marks (one sync).
 */
export async function generateInExcel(context: Excel.RequestContext, capabilities: HostCapabilities): Promise<ExcelRun> {
  const sheets = await readSheets(context);
  const plans = buildWorkbook(sheets.snapshot);
  if (!plans.ok) return plans;
  queuePlans(context, plans, sheets, capabilities);
  await context.sync();
  return plans;
}

function queuePlans(context: Excel.RequestContext, plans: WorkbookPlans, sheets: ExcelSheets, capabilities: HostCapabilities) {
  const worksheets = context.workbook.worksheets;
  for (const plan of plans.sheets) {
    const position = plan.replaces === null ? null : (sheets.positions.get(plan.replaces) ?? null);
    queueSheetPlan(context, plan, plan.replaces === null ? null : worksheets.getItem(plan.replaces), position, capabilities);
  }
  queueComputedColumns(worksheets.getItem(plans.columns.sheet), plans.columns);
  if (capabilities.names) queueNames(context, sheets.lapkinNames, plans.names);
  worksheets.getItem(plans.activeSheet).activate();
}

/** Reads and evaluates the open workbook without writing anything (the pane's view). */
export async function readWorkbookInExcel(context: Excel.RequestContext): Promise<WorkbookResult> {
  return evaluateWorkbook((await readSheets(context)).snapshot);
}

/** "Isi Kolom Hitung": only LAPKIN's columns on Indikator, as live =LAPKIN.* formulas, and their marks. */
export async function fillComputedColumns(context: Excel.RequestContext, capabilities: HostCapabilities): Promise<ExcelRun> {
  const sheets = await readSheets(context);
  const plans = buildWorkbook(sheets.snapshot);
  if (!plans.ok) return plans;
  queueComputedColumns(context.workbook.worksheets.getItem(plans.columns.sheet), plans.columns);
  if (capabilities.names) {
    const kept = plans.names.filter((mark) => sheets.snapshot.sheetNames.includes(mark.sheet));
    queueNames(context, sheets.lapkinNames, kept);
  }
  await context.sync();
  return plans;
}

/** "Sisipkan Templat": adds the Info and Indikator sheets a workbook lacks, never touching existing ones. */
export async function insertTemplate(context: Excel.RequestContext): Promise<{ readonly added: readonly string[] }> {
  const { snapshot } = await readSheets(context);
  const template = templateGrids();
  const added: string[] = [];
  for (const [name, existing, grid] of [
    [SHEETS.info, snapshot.info, template.info],
    [SHEETS.indikator, snapshot.indikator, template.indikator],
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
