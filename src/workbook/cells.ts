/**
 * A sheet as plain data: rows of cell values, as Office.js `Range.values` gives them and as the
 * ExcelJS door converts them. Errors arrive as their text ("#N/A"); empty cells as null or "".
 */
export type CellValue = string | number | boolean | Date | null;
export type Grid = readonly (readonly CellValue[])[];

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function cellAt(grid: Grid, row: number, column: number): CellValue {
  return grid[row]?.[column] ?? null;
}
