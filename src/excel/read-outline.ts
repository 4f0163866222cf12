import type { FoundName } from "../workbook/marks";

/** What a write needs to know of the workbook before it places anything: its sheets and its defined names. */
export interface WorkbookOutline {
  readonly sheetNames: readonly string[];
  /** Each sheet's tab position, to put a replaced LAPKIN sheet back where it was. */
  readonly positions: ReadonlyMap<string, number>;
  /** Every defined name and its reference as text (LAPKIN's marks among them). */
  readonly names: readonly FoundName[];
}

/** The sheets (names, positions) and the defined names, in one sync. */
export async function readOutline(context: Excel.RequestContext): Promise<WorkbookOutline> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const names = context.workbook.names;
  names.load("items/name,items/value");
  await context.sync();
  return {
    sheetNames: worksheets.items.map((sheet) => sheet.name),
    positions: new Map(worksheets.items.map((sheet) => [sheet.name, sheet.position])),
    names: names.items.map((item) => ({ name: item.name, reference: String(item.value ?? "") })),
  };
}
