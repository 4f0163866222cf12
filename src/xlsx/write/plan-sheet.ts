import type { PlanCell, SheetPlan } from "../../workbook/plan";
import type { StylesEdit } from "./styles-edit";
import type { SheetToWrite } from "./workbook-writer";

/** What of a sheet plan is written into its worksheet part (its kind and place are the caller's). */
export type SheetContentPlan = Omit<SheetPlan, "kind" | "replaces" | "regions" | "name">;

/** A sheet plan to write, its cells as the plan holds them and their styles resolved to the package's cell formats. */
export function planSheet(plan: SheetContentPlan, styles: StylesEdit): SheetToWrite<PlanCell> {
  // By style, then by number format: two map lookups a cell, no key built per cell.
  const xfs = new Map<string, Map<string, number>>();
  const styleOf = ({ style, numberFormat }: PlanCell) => {
    if (!style && !numberFormat) return 0;
    let byFormat = xfs.get(style ?? "");
    if (!byFormat) xfs.set(style ?? "", (byFormat = new Map()));
    let xf = byFormat.get(numberFormat ?? "");
    if (xf === undefined) byFormat.set(numberFormat ?? "", (xf = styles.xfFor(style ? plan.styles[style] : {}, numberFormat)));
    return xf;
  };
  return {
    cells: plan.cellsInOrder ? plan.cellsInOrder() : plan.cells,
    extent: plan.extent,
    styleOf,
    merges: plan.merges,
    columnWidths: plan.columnWidths,
    rowHeights: plan.rowHeights,
    print: plan.print,
    rowBreaks: plan.rowBreaks,
    frozenRows: 0,
    notes: plan.notes,
    charts: plan.charts,
  };
}
