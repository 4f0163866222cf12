import { a1, a1Range, sheetRefName } from "../workbook/a1";
import { capaianFormula, numberFormat, penyerapanFormula, predikatFormula } from "../workbook/report-formulas";
import { finishTable, RECAP_SHEETS, startTable, type RecapSheetPlan, type TitleLine } from "./recap-sheet";
import { unitLabel } from "./unit-label";
import type { UnitSummary } from "./unit-summary";

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
const WIDTHS = [22, 10, 30, 36, 11, 11, 10, 13, 16, 16, 11];
const [UNIT, LEVEL, URAIAN, INDIKATOR, TARGET, REALISASI, CAPAIAN, PREDIKAT, ANGGARAN, SPENT, PENYERAPAN] = HEADERS.map(
  (_, i) => i,
) as [number, number, number, number, number, number, number, number, number, number, number];

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
  const { sheet } = table;
  const capaianRanges = new Map<UnitSummary, string>();
  let row = table.header;
  for (const unit of units) {
    const first = row + 1;
    const name = unitLabel(unit);
    for (const item of unit.indicators) {
      row++;
      const at = (column: number) => a1(row, column);
      sheet.put(row, UNIT, name, "cellText");
      sheet.put(row, LEVEL, item.level, "cellText");
      sheet.put(row, URAIAN, item.uraian, "cellText");
      sheet.put(row, INDIKATOR, item.indikator, "cellText");
      sheet.put(row, TARGET, item.target, "cellNumber", undefined, numberFormat(item.targetDecimals));
      sheet.put(row, REALISASI, item.realisasi, "cellNumber", undefined, numberFormat(item.realisasiDecimals));
      sheet.put(
        row,
        CAPAIAN,
        item.capaian,
        "cellNumber",
        item.capaian === null ? undefined : capaianFormula(item, unit.rumusTurun, at(TARGET), at(REALISASI)),
      );
      sheet.put(
        row,
        PREDIKAT,
        item.predikat,
        "cellCenter",
        item.predikat === null ? undefined : predikatFormula(unit.scale, at(CAPAIAN)),
      );
      sheet.put(row, ANGGARAN, item.anggaran, "cellMoney", undefined, moneyFormat(item.anggaran));
      sheet.put(row, SPENT, item.realisasiAnggaran, "cellMoney", undefined, moneyFormat(item.realisasiAnggaran));
      sheet.put(
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

/** Rupiah in whole numbers, or with its cents where it has them. */
export const moneyFormat = (value: number | null) => (value === null || Number.isInteger(value) ? undefined : numberFormat(2));
