import { textKey } from "../engine";
import type { CellValue, Grid } from "../workbook/cells";
import { SHEETS } from "../workbook/contract";
import type { SheetGrids } from "../workbook/evaluate-workbook";

export interface ExcelSheets {
  readonly grids: SheetGrids;
  /** The workbook's sheet called Laporan (any case), to be replaced, or null. */
  readonly laporan: Excel.Worksheet | null;
  readonly indikator: Excel.Worksheet | null;
  readonly info: Excel.Worksheet | null;
}

/**
 * Reads Info and Indikator in two round trips whatever their size: the sheet names, then both
 * used ranges at once. Sheets are matched by name ignoring case and spaces, as the file door does.
 */
export async function readSheets(context: Excel.RequestContext): Promise<ExcelSheets> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const find = (name: string) => worksheets.items.find((sheet) => textKey(sheet.name) === textKey(name)) ?? null;
  const [info, indikator, laporan] = [find(SHEETS.info), find(SHEETS.indikator), find(SHEETS.laporan)];
  const used = [info, indikator].map((sheet) => {
    if (!sheet) return null;
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("values,rowIndex,columnIndex");
    return range;
  });
  await context.sync();

  const [infoGrid, indikatorGrid] = used.map((range) => (range ? gridFromRange(range) : null));
  return { grids: { info: infoGrid ?? null, indikator: indikatorGrid ?? null }, laporan, indikator, info };
}

/** A used range placed back at A1, so row and column indexes are the sheet's own. */
function gridFromRange(range: Excel.Range): Grid {
  if (range.isNullObject) return [];
  const padding = Array<CellValue>(range.columnIndex).fill(null);
  const rows: CellValue[][] = Array.from({ length: range.rowIndex }, () => []);
  for (const row of range.values as CellValue[][]) rows.push([...padding, ...row.map((v) => (v === "" ? null : v))]);
  return rows;
}
