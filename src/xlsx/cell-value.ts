import type { CellValue as ExcelJsValue } from "exceljs";
import type { CellValue } from "../workbook/cells";

/**
 * An ExcelJS cell as the value Excel shows: a formula's cached result, rich text's plain text, a
 * hyperlink's text, an error's code. What Office.js `Range.values` would give for the same cell.
 */
export function shownValue(value: ExcelJsValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean" || value instanceof Date) return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : shownValue(value.text as ExcelJsValue);
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: ExcelJsValue }).result;
    return result === undefined ? null : shownValue(result);
  }
  return null;
}
