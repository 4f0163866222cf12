import type { SheetPlan } from "../../workbook/plan";
import type { StylesEdit } from "./styles-edit";
import type { SheetToWrite } from "./workbook-writer";
import type { WorksheetCell } from "./worksheet-xml";

/** What of a sheet plan is written into its worksheet part (its kind and place are the caller's). */
export type SheetContentPlan = Omit<SheetPlan, "kind" | "replaces" | "regions" | "name">;

/** A sheet plan with its styles resolved to the package's cell formats. */
export function planSheet(plan: SheetContentPlan, styles: StylesEdit): SheetToWrite {
  // By style, then by number format: two map lookups a cell, no key built per cell.
  const xfs = new Map<string, Map<string, number>>();
  const xfOf = (style: SheetPlan["cells"][number]["style"], numberFormat: string | undefined) => {
    if (!style && !numberFormat) return 0;
    let byFormat = xfs.get(style ?? "");
    if (!byFormat) xfs.set(style ?? "", (byFormat = new Map()));
    let xf = byFormat.get(numberFormat ?? "");
    if (xf === undefined) byFormat.set(numberFormat ?? "", (xf = styles.xfFor(style ? plan.styles[style] : {}, numberFormat)));
    return xf;
  };
  // Object literals of two fixed shapes, not spreads: a recap writes hundreds of thousands of cells.
  const cells: WorksheetCell[] = plan.cells.map((c) => {
    const style = xfOf(c.style, c.numberFormat);
    return c.formula
      ? { row: c.row, column: c.column, value: c.value, formula: c.formula, style }
      : { row: c.row, column: c.column, value: c.value, style };
  });
  return {
    cells,
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
