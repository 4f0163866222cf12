import { a1Range, columnLetters, sheetRefName } from "../workbook/a1";
import { capaianFormula, numberFormat, penyerapanFormula, predikatFormula } from "../workbook/report-formulas";
import { finishTable, RECAP_SHEETS, startTable, type RecapSheetPlan, type TitleLine } from "./recap-sheet";
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

/**
 * Sheet Rekap Indikator: every indicator of every unit, units in Rekap Unit's order, with its
 * unit. Capaian, predikat and penyerapan are native formulas over the row's own cells (by the
 * unit's arah formula and predikat scale), so a corrected figure recomputes where LAPKIN isn't.
 */
export function planRekapIndikator(units: readonly UnitSummary[], titles: readonly TitleLine[]): IndicatorRows {
  const table = startTable("rekapIndikator", WIDTHS, titles, HEADERS);
  const { rows: body } = table;
  const capaianRanges = new Map<UnitSummary, string>();
  let row = table.header;
  for (const unit of units) {
    const first = row + 1;
    const name = unitLabel(unit);
    const predikatOf = cellFormula(predikatFormula(engineScale(unit.scale), CELL));
    for (const item of unit.indicators) {
      row++;
      const at = (column: number) => `${LETTERS[column]}${row + 1}`;
      body.put(row, UNIT, name, "cellText");
      body.put(row, LEVEL, item.level, "cellText");
      body.put(row, URAIAN, item.uraian, "cellText");
      body.put(row, INDIKATOR, item.indikator, "cellText");
      body.put(row, TARGET, item.target, "cellNumber", undefined, numberFormat(item.targetDecimals));
      body.put(row, REALISASI, item.realisasi, "cellNumber", undefined, numberFormat(item.realisasiDecimals));
      body.put(
        row,
        CAPAIAN,
        item.capaian,
        "cellNumber",
        item.capaian === null ? undefined : capaianFormula(item, unit.rumusTurun, at(TARGET), at(REALISASI)),
      );
      body.put(row, PREDIKAT, item.predikat, "cellCenter", item.predikat === null ? undefined : predikatOf(at(CAPAIAN)));
      body.put(row, ANGGARAN, item.anggaran, "cellMoney", undefined, moneyFormat(item.anggaran));
      body.put(row, SPENT, item.realisasiAnggaran, "cellMoney", undefined, moneyFormat(item.realisasiAnggaran));
      body.put(
        row,
        PENYERAPAN,
        item.penyerapan,
        "cellNumber",
        item.penyerapan === null ? undefined : penyerapanFormula(at(ANGGARAN), at(SPENT)),
      );
    }
    if (row >= first)
      capaianRanges.set(unit, `${sheetRefName(RECAP_SHEETS.rekapIndikator)}!${a1Range(first, CAPAIAN, row, CAPAIAN)}`);
  }
  return { plan: finishTable(table, "rekapIndikator"), capaianRanges };
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
