import { markReference, type NameMark } from "../workbook/marks";

/**
 * Replaces LAPKIN's defined names: the earlier ones are removed and the plan's written, hidden
 * from the Name Manager's everyday list. Names are how LAPKIN knows its own columns and sheets.
 */
export function queueNames(context: Excel.RequestContext, earlier: readonly string[], marks: readonly NameMark[]): void {
  const names = context.workbook.names;
  for (const name of earlier) names.getItem(name).delete();
  for (const mark of marks) {
    const item = names.add(mark.name, `=${markReference(mark.sheet, mark.rect)}`);
    item.visible = false;
  }
}
