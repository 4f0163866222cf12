import { FIELD_LABELS, placeFlag, type Field, type Flag, type RaisedFlag } from "../engine";
import { sheetA1 } from "./a1";

/** A flag pinned to its cell: the sentence starts "Sel Indikator!F3 (Target) ...". */
export function flagAtCell(flag: RaisedFlag, sheet: string, row: number, column: number, label?: string): Flag {
  const address = sheetA1(sheet, row, column);
  return placeFlag(flag, { tempat: `Sel ${address} (${label ?? FIELD_LABELS[flag.medan]})`, sel: address });
}

/** A flag about a value the sheet has no column for: it names the row, and points at the row's cell given. */
export function flagAtRow(flag: RaisedFlag, sheet: string, row: number, column: number): Flag {
  return placeFlag(flag, { tempat: `${FIELD_LABELS[flag.medan]} pada baris ${row + 1}`, sel: sheetA1(sheet, row, column) });
}

/** A flag about the workbook as a whole, or about a sheet that isn't there: no cell to name. */
export function flagOnWorkbook(flag: RaisedFlag, tempat: string = FIELD_LABELS[flag.medan]): Flag {
  return placeFlag(flag, { tempat });
}

export type CellLocator = (field: Field) => { row: number; column: number; label?: string; noColumn?: boolean } | null;

/** Places each flag at the cell its field maps to, or names only its field when no cell does. */
export function placeFlags(flags: readonly RaisedFlag[], sheet: string, locate: CellLocator): Flag[] {
  return flags.map((flag) => {
    const cell = locate(flag.medan);
    if (!cell) return flagOnWorkbook(flag);
    return cell.noColumn
      ? flagAtRow(flag, sheet, cell.row, cell.column)
      : flagAtCell(flag, sheet, cell.row, cell.column, cell.label);
  });
}
