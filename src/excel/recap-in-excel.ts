import type { RecapPlans } from "../recap/recap-pipeline";
import type { NameMark } from "../workbook/marks";
import type { Message } from "../workbook/outcome-text";
import type { HostCapabilities } from "./capabilities";
import { chartSteps, temporarySheetOf } from "./chart-steps";
import { chartsLeftOut } from "./charts-left-out";
import { readOutline } from "./read-outline";
import { placeRecapSheets } from "./recap-placement";
import { REQUEST_BUDGET } from "./request-size";
import { runSteps } from "./run-batches";
import { cellsWithSheetsRenamed } from "./sheet-references";
import { sheetSteps } from "./sheet-steps";
import { positionAfterLeftovers, swapStep, type NameChange, type SheetSwap } from "./swap-step";
import { isTemporaryMark, leftoverSheets, removeTemporarySheets, temporaries, temporaryMarkStep } from "./temporary-sheets";

/**
 * The kabupaten recap written into the open workbook, as the unit report is: each sheet hidden
 * under a temporary name until complete, then one last request puts them in place (an earlier
 * recap's sheets replaced where they stand, a user's sheet of the same name left alone) and
 * replaces the recap's marks. The workbook's other sheets and marks (its unit report's) are not
 * touched. If Excel fails part-way, the temporary sheets are removed and the error passed on.
 * Returns the names the sheets were written under, and a notice when this Excel can't draw the
 * charts of Grafik Rekap.
 */
export async function writeRecapInExcel(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  plans: RecapPlans,
  budget = REQUEST_BUDGET,
): Promise<{ sheets: string[]; notices: Message[] }> {
  const outline = await readOutline(context);
  const leftovers = leftoverSheets(outline.names, outline.sheetNames);
  const placed = placeRecapSheets(plans.sheets, plans.names, outline.names, outline.sheetNames);
  const temporary = temporaries(
    plans.sheets.length,
    outline.sheetNames,
    outline.names.map((n) => n.name),
  );
  const finalName = new Map(plans.sheets.map((plan, i) => [plan.name, placed[i]!.name]));
  // While written, the sheets' formulas refer to each other's temporary sheets; Excel carries those
  // references along when the swap gives the sheets their names. Referring to the final names
  // instead would reach an earlier recap's sheet, which the swap deletes (#REF!), or none yet.
  const byTemporary = new Map(plans.sheets.map((plan, i) => [plan.name, temporary[i]!.sheet]));

  const swaps: SheetSwap[] = plans.sheets.map((plan, i) => {
    const { name, replaces } = placed[i]!;
    return {
      temporary: temporary[i]!.sheet,
      name,
      replaces:
        replaces === null ? null : { name: replaces, position: positionAfterLeftovers(replaces, outline.positions, leftovers) },
      ...(capabilities.freezePanes ? { frozenRows: plan.frozenRows } : {}),
    };
  });
  const marks = plans.names.map((mark): NameMark => ("sheet" in mark ? { ...mark, sheet: finalName.get(mark.sheet)! } : mark));
  const recapMarks = new Set(plans.names.map((mark) => mark.name.toUpperCase()));
  const names: NameChange | null = capabilities.names
    ? {
        remove: [
          ...outline.names.map((n) => n.name).filter((n) => recapMarks.has(n.toUpperCase()) || isTemporaryMark(n)),
          ...temporary.map((t) => t.mark),
        ],
        add: marks,
      }
    : null;

  const sheets = plans.sheets.map((plan, i) => {
    const [add, ...rest] = sheetSteps(
      { ...plan, cells: cellsWithSheetsRenamed(plan.cells, byTemporary) },
      temporary[i]!.sheet,
      capabilities,
    );
    return { add: [add!, ...(capabilities.names ? [temporaryMarkStep(temporary[i]!)] : [])], rest };
  });
  const sheetOf = temporarySheetOf(plans.sheets.map((plan, i) => ({ name: plan.name, temporary: temporary[i]!.sheet })));
  const steps = [
    // Every sheet is there before any formula is written that refers to it.
    ...sheets.flatMap((s) => s.add),
    ...sheets.flatMap((s) => s.rest),
    // Charts once every cell they read is written; they follow their sheet's rename in the swap.
    ...(capabilities.charts ? plans.sheets.flatMap((plan, i) => chartSteps(plan, temporary[i]!.sheet, sheetOf)) : []),
    swapStep(swaps, leftovers, names, finalName.get(plans.activeSheet)!),
  ];
  try {
    await runSteps(context, steps, { suspendCalculation: capabilities.suspendCalculation, budget });
  } catch (error) {
    await removeTemporarySheets(
      context,
      temporary.map((t) => t.sheet),
    );
    throw error;
  }
  const leftOut = capabilities.charts ? null : chartsLeftOut(plans.sheets);
  return { sheets: placed.map((p) => p.name), notices: leftOut ? [leftOut] : [] };
}
