/**
 * Excel runs a string written through Range.values or Range.formulas as a formula when it starts
 * with "=", "+", "-" or "@". User text ("=HYPERLINK(...)", "+62 812 ...") is written behind an
 * apostrophe, Excel's own mark for "this is text"; an apostrophe of the text itself is kept the same way.
 */
const RUNS_AS_FORMULA = /^[=+\-@']/;

export function asExcelText(text: string): string {
  return RUNS_AS_FORMULA.test(text) ? `'${text}` : text;
}

/** A cell of a formulas matrix: a formula as is, a number as is, text made safe, empty as "". */
export function formulaCell(value: string | number | boolean | null, formula?: string | null): string | number | boolean {
  if (formula) return formula;
  if (value === null) return "";
  return typeof value === "string" ? asExcelText(value) : value;
}
