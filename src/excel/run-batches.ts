import { REQUEST_BUDGET } from "./request-size";
import { packSteps, type BatchScope, type WriteStep } from "./write-step";

/**
 * Writes the steps in as few syncs as fit Excel's request limit, in order. Calculation is
 * suspended at the start of each sync where the host can (ExcelApi 1.6), so Excel does not
 * recalculate the workbook after every block of formulas. Returns each sync's estimated bytes.
 */
export async function runSteps(
  context: Excel.RequestContext,
  steps: readonly WriteStep[],
  options: { readonly suspendCalculation: boolean; readonly budget?: number },
): Promise<number[]> {
  const batches = packSteps(steps, options.budget ?? REQUEST_BUDGET, options.suspendCalculation);
  for (const batch of batches) {
    const scope = batchScope(context);
    if (options.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    for (const step of batch.steps) step.queue(scope);
    // One sync per batch is the point: each is one request under Excel's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return batches.map((b) => b.bytes);
}

function batchScope(context: Excel.RequestContext): BatchScope {
  const sheets = new Map<string, Excel.Worksheet>();
  return {
    context,
    sheet(name) {
      let sheet = sheets.get(name);
      if (!sheet) {
        sheet = context.workbook.worksheets.getItem(name);
        sheets.set(name, sheet);
      }
      return sheet;
    },
  };
}
