import { sheetRefName } from "../workbook/a1";
import type { PlanCell } from "../workbook/plan";

/** Text in double quotes (a doubled quote inside it): the formula's own words, never a reference. */
const QUOTED_TEXT = /("(?:[^"]|"")*")/;
/** A sheet named before "!": 'Rekap Indikator'! or Masalah!. */
const SHEET_PREFIX = /('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!/g;

/**
 * Formulas with their references to some sheets pointed at others ('Rekap Indikator'!G4:G9 becomes
 * 'LAPKIN sementara 2'!G4:G9). Sheet names are matched as Excel matches them, case ignored.
 */
export function sheetRenamer(renames: ReadonlyMap<string, string>): (formula: string) => string {
  const to = new Map([...renames].map(([from, name]) => [from.toUpperCase(), `${sheetRefName(name)}!`] as const));
  const renamePrefix = (whole: string, sheet: string) => {
    const name = sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
    return to.get(name.toUpperCase()) ?? whole;
  };
  return (formula) =>
    formula.includes("!")
      ? formula
          .split(QUOTED_TEXT)
          .map((part, i) => (i % 2 === 1 ? part : part.replace(SHEET_PREFIX, renamePrefix)))
          .join("")
      : formula;
}

/** A plan's cells with their formulas' sheet references renamed. */
export function cellsWithSheetsRenamed(cells: readonly PlanCell[], renames: ReadonlyMap<string, string>): PlanCell[] {
  const rename = sheetRenamer(renames);
  return cells.map((cell) => {
    const formula = cell.formula && rename(cell.formula);
    return formula === cell.formula ? cell : { ...cell, formula };
  });
}
