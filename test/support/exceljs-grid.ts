import type ExcelJS from "exceljs";
import type { CellValue } from "../../src/workbook/cells";

/**
 * What ExcelJS, read as an independent reader, says a sheet holds: each cell as the value Excel
 * shows (a formula's cached result, rich text's plain text, an error's code), its number format
 * (null for General), rows as long as their last value. A date ExcelJS hands back as a Date is
 * turned back into its serial number, as a file stores it.
 */
export function gridByExcelJs(sheet: ExcelJS.Worksheet, date1904 = false): { grid: CellValue[][]; formats: (string | null)[][] } {
  const grid: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = shown(withCachedResult(cell), date1904);
      if (value === null) return;
      (grid[rowNumber - 1] ??= [])[columnNumber - 1] = value;
      (formats[rowNumber - 1] ??= [])[columnNumber - 1] = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null;
    });
  });
  const dense = <T>(rows: T[][]) => Array.from(rows, (row) => (row ? Array.from(row, (v) => v ?? null) : []));
  return { grid: dense(grid) as CellValue[][], formats: dense(formats) as (string | null)[][] };
}

/**
 * ExcelJS's `cell.value` drops a formula's cached result when it is falsy (0, false, ""): it copies
 * the model's fields with `if (value)` (exceljs issue #2943). Excel shows that 0, so the result is
 * taken from the cell's model, which keeps it.
 */
function withCachedResult(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value;
  if (value === null || typeof value !== "object" || !("formula" in value || "sharedFormula" in value)) return value;
  if ((value as { result?: unknown }).result !== undefined) return value;
  const cached = (cell.model as { result?: ExcelJS.CellValue }).result;
  return cached === undefined ? value : ({ ...value, result: cached } as ExcelJS.CellValue);
}

export const serialOf = (date: Date, date1904 = false) => date.getTime() / 86_400_000 + (date1904 ? 24_107 : 25_569);

function shown(value: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return serialOf(value, date1904);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? null : shown(result, date1904);
  }
  return null;
}
