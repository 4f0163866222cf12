import type { PlanCell, SheetPlan } from "../../src/workbook/plan";

/** Finding things in a sheet plan the way a reader scans a report: by text, then across its row. */
export function cellWithText(plan: SheetPlan, text: string, from = 0): PlanCell {
  const cell = plan.cells.find((c) => c.row >= from && c.value === text);
  if (!cell) throw new Error(`no cell "${text}" in ${plan.name}`);
  return cell;
}

export function cellAt(plan: SheetPlan, row: number, column: number): PlanCell | undefined {
  return plan.cells.find((c) => c.row === row && c.column === column);
}

export function rowValues(plan: SheetPlan, row: number): (string | number | null)[] {
  return plan.cells.filter((c) => c.row === row).map((c) => c.value);
}

export function allText(plan: SheetPlan): string {
  return plan.cells.map((c) => (typeof c.value === "string" ? c.value : "")).join("\n");
}
