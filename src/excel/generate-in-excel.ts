import { columnMarkName } from "../workbook/marks";
import { buildWorkbook, type PipelineOptions, type PipelineResult, type WorkbookPlans } from "../workbook/pipeline";
import type { HostCapabilities } from "./capabilities";
import { chartSteps, temporarySheetOf } from "./chart-steps";
import { chartsLeftOut } from "./charts-left-out";
import { computedColumnSteps } from "./computed-column-steps";
import { readSheets, type ExcelSheets } from "./read-sheets";
import { REQUEST_BUDGET } from "./request-size";
import { runSteps } from "./run-batches";
import { sheetSteps } from "./sheet-steps";
import { namesStep, positionAfterLeftovers, swapStep, type NameChange } from "./swap-step";
import { removeTemporarySheets, temporaries, temporaryMarkStep } from "./temporary-sheets";

export type ExcelRun = PipelineResult;

/**
 * "Buat Laporan" inside Excel: read the workbook, build every plan with the one pipeline, write
 * LAPKIN's sheets (each hidden under a temporary name until complete), its columns, the sheets'
 * charts, then in one last sync put the new sheets in place of the old ones and replace LAPKIN's
 * marks. On a host that can't draw the charts, the result's notices say so.
 */
export async function generateInExcel(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  options: PipelineOptions = {},
): Promise<ExcelRun> {
  const sheets = await readSheets(context);
  const plans = buildWorkbook(sheets.snapshot, options);
  if (!plans.ok) return plans;
  await writePlans(context, plans, sheets, capabilities);
  const leftOut = capabilities.charts ? null : chartsLeftOut(plans.sheets);
  return leftOut ? { ...plans, notices: [...plans.notices, leftOut] } : plans;
}

/**
 * Writes what the pipeline planned and returns each sync's estimated bytes; if Excel fails
 * part-way, the temporary sheets are removed and the error passed on.
 */
export async function writePlans(
  context: Excel.RequestContext,
  plans: WorkbookPlans,
  sheets: ExcelSheets,
  capabilities: HostCapabilities,
  budget = REQUEST_BUDGET,
): Promise<number[]> {
  const temporary = temporaries(plans.sheets.length, sheets.snapshot.sheetNames, sheets.reportNames);
  const swaps = plans.sheets.map((plan, i) => ({
    temporary: temporary[i]!.sheet,
    name: plan.name,
    replaces:
      plan.replaces === null
        ? null
        : { name: plan.replaces, position: positionAfterLeftovers(plan.replaces, sheets.positions, sheets.leftovers) },
  }));
  const sheetOf = temporarySheetOf(swaps);
  const names: NameChange | null = capabilities.names
    ? { remove: [...sheets.reportNames, ...temporary.map((t) => t.mark)], add: plans.names }
    : null;
  const steps = [
    ...plans.sheets.flatMap((plan, i) => {
      const [add, ...rest] = sheetSteps(plan, temporary[i]!.sheet, capabilities);
      return [add!, ...(capabilities.names ? [temporaryMarkStep(temporary[i]!)] : []), ...rest];
    }),
    ...computedColumnSteps(plans.columns),
    // Charts last, once every cell they read is written (LAPKIN's columns on Indikator included).
    ...(capabilities.charts ? plans.sheets.flatMap((plan, i) => chartSteps(plan, temporary[i]!.sheet, sheetOf)) : []),
    swapStep(swaps, sheets.leftovers, names, plans.activeSheet),
  ];
  try {
    return await runSteps(context, steps, { suspendCalculation: capabilities.suspendCalculation, budget });
  } catch (error) {
    await removeTemporarySheets(
      context,
      temporary.map((t) => t.sheet),
    );
    throw error;
  }
}

/**
 * "Isi Kolom Hitung": only LAPKIN's columns on Indikator, as live =LAPKIN.* formulas, and their
 * marks; LAPKIN's sheets and their marks are left as they are.
 */
export async function fillComputedColumns(context: Excel.RequestContext, capabilities: HostCapabilities): Promise<ExcelRun> {
  const sheets = await readSheets(context);
  const plans = buildWorkbook(sheets.snapshot);
  if (!plans.ok) return plans;
  const columnMarks = new Set(plans.columns.columns.map((c) => columnMarkName(c.key).toUpperCase()));
  const names = {
    remove: sheets.reportNames.filter((n) => columnMarks.has(n.toUpperCase())),
    add: plans.names.filter((mark) => columnMarks.has(mark.name.toUpperCase())),
  };
  await runSteps(context, [...computedColumnSteps(plans.columns), ...(capabilities.names ? [namesStep(names)] : [])], {
    suspendCalculation: capabilities.suspendCalculation,
  });
  return plans;
}
