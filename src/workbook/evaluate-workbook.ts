import {
  evaluateIndicator,
  formatInput,
  raiseFlag,
  readNumber,
  textKey,
  type Evaluation,
  type EvaluationSettings,
  type Field,
  type Flag,
} from "../engine";
import { cellAt, type Grid } from "./cells";
import { INPUT_COLUMNS, SHEETS, type ComputedColumnKey, type InputColumnKey } from "./contract";
import { flagAtCell, placeFlags } from "./place";
import { readIndicators, NUMERIC_COLUMNS, type IndicatorRow, type IndikatorSheet, type Unusable } from "./read-indicators";
import { readInfo, type InfoSheet } from "./read-info";
import type { WorkbookSnapshot } from "./snapshot";

export interface EvaluatedIndicator {
  readonly row: IndicatorRow;
  readonly evaluation: Evaluation;
  /** Every flag of the row, placed at its cell. */
  readonly flags: readonly Flag[];
}

export interface WorkbookEvaluation {
  readonly info: InfoSheet;
  readonly indikator: IndikatorSheet;
  readonly indicators: readonly EvaluatedIndicator[];
  /** Every flag: Info's, the header row's, then each row's in sheet order. */
  readonly flags: readonly Flag[];
}

export type WorkbookResult = { readonly ok: true; readonly workbook: WorkbookEvaluation } | Unusable;

const COLUMN_OF_FIELD = new Map<Field, InputColumnKey>(
  INPUT_COLUMNS.filter((c) => !["satuan", "sumber", "keterangan"].includes(c.key)).map((c) => [c.field, c.key] as const),
);

/** Flags about a capaian point at LAPKIN's own Capaian (%) column, where the figure is. */
const CAPAIAN_HEADER = "Capaian";

/** Reads Info and Indikator and evaluates every indicator: the whole workbook, as plain data. */
export function evaluateWorkbook(snapshot: WorkbookSnapshot): WorkbookResult {
  const own = new Map<ComputedColumnKey, number>();
  for (const [key, place] of snapshot.marks.columns) {
    if (snapshot.indikator && textKey(place.sheet) === textKey(snapshot.indikator.name)) own.set(key, place.rect.left);
  }
  const indikatorGrid = snapshot.indikator?.grid ?? null;
  const indikator = readIndicators(indikatorGrid, own, snapshot.indikator?.name);
  if (!indikator.ok) return indikator;
  const info = readInfo(snapshot.info?.grid ?? null);
  const settings: EvaluationSettings = { periode: info.quarter, rumusTurun: info.rumusTurun, skala: info.skala };
  const { layout } = indikator.sheet;
  const ambiguity = ambiguousCells(indikatorGrid!, indikator.sheet);

  const indicators = indikator.sheet.rows.map((row): EvaluatedIndicator => {
    const evaluation = evaluateIndicator(row.input, settings);
    const placed = placeFlags(evaluation.flags, SHEETS.indikator, (field) => {
      if (field === "capaian") return { row: row.row, column: layout.computed.get("capaian")!, label: CAPAIAN_HEADER };
      const column = layout.input.get(COLUMN_OF_FIELD.get(field) ?? "indikator");
      return column === undefined
        ? { row: row.row, column: layout.input.get("indikator")!, noColumn: true }
        : { row: row.row, column };
    });
    return { row, evaluation, flags: [...row.flags, ...(ambiguity.get(row.row) ?? []), ...placed] };
  });

  return {
    ok: true,
    workbook: {
      info,
      indikator: indikator.sheet,
      indicators,
      flags: [...info.flags, ...layout.flags, ...indicators.flatMap((i) => i.flags)],
    },
  };
}

/**
 * "1.500" reads as 1500 in Indonesian notation, but as 1,5 where a column's other cells are in
 * English notation ("84.87"): such cells are flagged, each on its own cell, and read the Indonesian way.
 */
function ambiguousCells(grid: Grid, sheet: IndikatorSheet): Map<number, Flag[]> {
  const flags = new Map<number, Flag[]>();
  for (const key of NUMERIC_COLUMNS) {
    const column = sheet.layout.input.get(key);
    if (column === undefined) continue;
    const readings = sheet.rows.map((r) => ({
      row: r.row,
      raw: cellAt(grid, r.row, column),
      reading: readNumber(cellAt(grid, r.row, column)),
    }));
    const english = readings.some(
      ({ reading }) => reading.kind === "angka" && (reading.notation === "titik-desimal" || reading.notation === "inggris"),
    );
    if (!english) continue;
    for (const { row, raw, reading } of readings) {
      if (reading.kind !== "angka" || !reading.alternative) continue;
      const field = INPUT_COLUMNS.find((c) => c.key === key)!.field;
      const flag = raiseFlag("ANGKA_AMBIGU", field, {
        teks: String(raw),
        dibaca: formatInput(reading.value),
        alternatif: formatInput(reading.alternative),
      });
      flags.set(row, [...(flags.get(row) ?? []), flagAtCell(flag, SHEETS.indikator, row, column)]);
    }
  }
  return flags;
}
