import type { HostCapabilities } from "../../../src/excel/capabilities";
import type { Grid } from "../../../src/workbook/cells";
import { ExcelDouble, type DoubleOptions } from "./excel-double";
import type { StoredValue } from "./model";

export const ALL_CAPABILITIES: HostCapabilities = {
  notes: true,
  comments: true,
  pageLayout: true,
  names: true,
  rangeAreas: true,
  suspendCalculation: true,
  freezePanes: true,
  charts: true,
};

/** A host at the add-in's minimum: none of the optional requirement sets. */
export const NO_CAPABILITIES: HostCapabilities = {
  notes: false,
  comments: false,
  pageLayout: false,
  names: false,
  rangeAreas: false,
  suspendCalculation: false,
  freezePanes: false,
  charts: false,
};

/** A double holding the given sheets, and its context typed as the Office.js one the door expects. */
export function excelWith(
  sheets: Record<string, Grid>,
  options: DoubleOptions & { readonly formats?: Record<string, (string | null)[][]> } = {},
) {
  const { formats = {}, ...doubleOptions } = options;
  const double = new ExcelDouble(doubleOptions);
  for (const [name, grid] of Object.entries(sheets)) double.seed(name, grid as StoredValue[][], formats[name]);
  return { double, context: double.context as unknown as Excel.RequestContext };
}

/** Every stored cell of a sheet as "r:c" -> the formula, or the value where there is none. */
export function contentsOf(
  double: ExcelDouble,
  sheet: string,
  keep: (column: number) => boolean = () => true,
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, cell] of double.sheet(sheet)?.cells ?? []) {
    const column = Number(key.split(":")[1]);
    const content = cell.formula ?? cell.value;
    if (keep(column) && content !== null) out.set(key, content);
  }
  return out;
}
