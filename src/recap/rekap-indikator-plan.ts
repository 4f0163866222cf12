import { a1Range, columnLetters, sheetRefName } from "../workbook/a1";
import { capaianFormula, numberFormat, penyerapanFormula, predikatFormula } from "../workbook/report-formulas";
import type { PlanCell, StyleKey } from "../workbook/plan";
import { finishLazyTable, RECAP_SHEETS, startTable, type RecapSheetPlan, type TitleLine } from "./recap-sheet";
import { heightFor, writtenCell } from "./table-rows";
import { unitLabel } from "./unit-label";
import { engineScale, type UnitSummary } from "./unit-summary";

const HEADERS = [
  "Unit",
  "Level",
  "Uraian",
  "Indikator",
  "Target",
  "Realisasi",
  "Capaian (%)",
  "Predikat",
  "Anggaran (Rp)",
  "Realisasi Anggaran (Rp)",
  "Penyerapan (%)",
];
const WIDTHS = [22, 10, 40, 46, 11, 11, 10, 13, 16, 16, 11];
const [UNIT, LEVEL, URAIAN, INDIKATOR, TARGET, REALISASI, CAPAIAN, PREDIKAT, ANGGARAN, SPENT, PENYERAPAN] = HEADERS.map(
  (_, i) => i,
) as [number, number, number, number, number, number, number, number, number, number, number];

/** The columns' letters, worked out once: a formula names three cells on each of thousands of rows. */
const LETTERS = HEADERS.map((_, i) => columnLetters(i));

export interface IndicatorRows {
  readonly plan: RecapSheetPlan;
  /**
   * Where each unit's capaian cells are, as a reference from another sheet ('Rekap Indikator'!G4:G53):
   * Rekap Unit's averages are formulas over them. Absent for a unit without indicators.
   */
  readonly capaianRanges: ReadonlyMap<UnitSummary, string>;
}

/** Lays down one cell of a row: the doors' cell, or only its height. */
type Put = (
  row: number,
  column: number,
  value: string | number | null,
  style: StyleKey,
  formula?: string,
  format?: string,
) => void;

/**
 * Sheet Rekap Indikator: every indicator of every unit, units in Rekap Unit's order, with its
 * unit. Capaian, predikat and penyerapan are native formulas over the row's own cells (by the
 * unit's arah formula and predikat scale), so a corrected figure recomputes where LAPKIN isn't.
 * The rows are measured here and made again each time the sheet is read (finishLazyTable).
 */
export function planRekapIndikator(units: readonly UnitSummary[], titles: readonly TitleLine[]): IndicatorRows {
  const table = startTable("rekapIndikator", WIDTHS, titles, HEADERS);
  const firstRow = table.header + 1;
  const capaianRanges = new Map<UnitSummary, string>();
  const heights = new Map<number, number>();
  const measure: Put = (row, column, value, style) => {
    const needed = heightFor(value, WIDTHS[column]!, style);
    if (needed > (heights.get(row) ?? 0)) heights.set(row, needed);
  };
  let row = firstRow;
  for (const unit of units) {
    const next = unitRows(unit, row, measure);
    if (next > row)
      capaianRanges.set(unit, `${sheetRefName(RECAP_SHEETS.rekapIndikator)}!${a1Range(row, CAPAIAN, next - 1, CAPAIAN)}`);
    row = next;
  }
  function* cells(): Iterable<PlanCell> {
    let at = firstRow;
    for (const unit of units) {
      const made: PlanCell[] = [];
      at = unitRows(unit, at, (r, c, value, style, formula, format) =>
        made.push(writtenCell(r, c, value, style, formula, format)),
      );
      yield* made;
    }
  }
  return { plan: finishLazyTable(table, "rekapIndikator", { heights, lastRow: row - 1, cells }), capaianRanges };
}

/** One unit's indicators from row `first` on, a row each; the row after its last. */
function unitRows(unit: UnitSummary, first: number, put: Put): number {
  const name = unitLabel(unit);
  const predikatOf = cellFormula(predikatFormula(engineScale(unit.scale), CELL));
  let row = first;
  for (const item of unit.indicators) {
    const at = (column: number) => `${LETTERS[column]}${row + 1}`;
    put(row, UNIT, name, "cellText");
    put(row, LEVEL, item.level, "cellText");
    put(row, URAIAN, item.uraian, "cellText");
    put(row, INDIKATOR, item.indikator, "cellText");
    put(row, TARGET, item.target, "cellNumber", undefined, numberFormat(item.targetDecimals));
    put(row, REALISASI, item.realisasi, "cellNumber", undefined, numberFormat(item.realisasiDecimals));
    const capaian = item.capaian === null ? undefined : capaianFormula(item, unit.rumusTurun, at(TARGET), at(REALISASI));
    put(row, CAPAIAN, item.capaian, "cellNumber", capaian);
    put(row, PREDIKAT, item.predikat, "cellCenter", item.predikat === null ? undefined : predikatOf(at(CAPAIAN)));
    put(row, ANGGARAN, item.anggaran, "cellMoney", undefined, moneyFormat(item.anggaran));
    put(row, SPENT, item.realisasiAnggaran, "cellMoney", undefined, moneyFormat(item.realisasiAnggaran));
    const penyerapan = item.penyerapan === null ? undefined : penyerapanFormula(at(ANGGARAN), at(SPENT));
    put(row, PENYERAPAN, item.penyerapan, "cellNumber", penyerapan);
    row++;
  }
  return row;
}

/** Stands for a cell in a formula made once and filled in for each row. */
const CELL = "\u0000";

/** A unit's predikat formula, its nested IFs built once and given each row's capaian cell. */
function cellFormula(template: string): (cell: string) => string {
  const parts = template.split(CELL);
  return (cell) => parts.join(cell);
}

/** Rupiah in whole numbers, or with its cents where it has them. */
export const moneyFormat = (value: number | null) => (value === null || Number.isInteger(value) ? undefined : numberFormat(2));
