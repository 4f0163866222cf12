import { FIELD_LABELS, placeFlag, type Field, type Flag } from "../engine";
import { sheetA1 } from "./a1";

/** A flag pinned to its cell: the sentence starts "Sel Indikator!F3 (Target) ...". */
export function flagAtCell(flag: Flag, sheet: string, row: number, column: number, label?: string): Flag {
  const address = sheetA1(sheet, row, column);
  return placeFlag(flag, `Sel ${address} (${label ?? FIELD_LABELS[flag.medan]})`, address);
}

/** A flag about a value the sheet has no column for: it names the row, and points at the row's cell given. */
export function flagAtRow(flag: Flag, sheet: string, row: number, column: number): Flag {
  return placeFlag(flag, `${FIELD_LABELS[flag.medan]} pada baris ${row + 1}`, sheetA1(sheet, row, column));
}

export type CellLocator = (field: Field) => { row: number; column: number; label?: string; noColumn?: boolean } | null;

/** Places each flag at the cell its field maps to, or leaves it sheet-wide when no cell does. */
export function placeFlags(flags: readonly Flag[], sheet: string, locate: CellLocator): Flag[] {
  return flags.map((flag) => {
    const cell = locate(flag.medan);
    if (!cell) return flag;
    return cell.noColumn
      ? flagAtRow(flag, sheet, cell.row, cell.column)
      : flagAtCell(flag, sheet, cell.row, cell.column, cell.label);
  });
}
