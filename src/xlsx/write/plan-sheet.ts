import type { SheetPlan } from "../../workbook/plan";
import type { StylesEdit } from "./styles-edit";
import type { SheetToWrite } from "./workbook-writer";
import type { WorksheetCell } from "./worksheet-xml";

/** A sheet plan with its styles resolved to the package's cell formats. */
export function planSheet(plan: SheetPlan, styles: StylesEdit): SheetToWrite {
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
  const cells: WorksheetCell[] = plan.cells.map((c) => ({
    row: c.row,
    column: c.column,
    value: c.value,
    ...(c.formula ? { formula: c.formula } : {}),
    style: xfOf(c.style, c.numberFormat),
  }));
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
