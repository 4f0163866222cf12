import {
  describeValue,
  evaluateFigures,
  formatFigure,
  formatNumber,
  mutuIkm,
  predikatScale,
  raiseFlag,
  textKey,
  type Evaluation,
  type EvaluationSettings,
  type Field,
  type FieldValue,
  type Flag,
  type FlagData,
  type MutuIkm,
  type PredikatScale,
  type RaisedFlag,
} from "../engine";
import { averageCapaian, type Averages } from "./averages";
import { INPUT_COLUMNS, type ComputedColumnKey, type InputColumnKey } from "./contract";
import { flagAtCell, flagOnWorkbook, placeFlags } from "./place";
import { readIndicators, type IndicatorRow, type IndikatorSheet, type Unusable } from "./read-indicators";
import { readInfo, type InfoSheet } from "./read-info";
import { readSkalaSheet } from "./read-skala";
import { figuresFingerprint } from "./sidik";
import type { WorkbookSnapshot } from "./snapshot";

export interface EvaluatedIndicator {
  readonly row: IndicatorRow;
  readonly evaluation: Evaluation;
  /** The IKM's mutu pelayanan (A-D), for an indicator of public satisfaction with a realisasi in range. */
  readonly mutuIkm: MutuIkm | null;
  /** Every flag of the row, placed at its cell. */
  readonly flags: readonly Flag[];
}

export interface WorkbookEvaluation {
  readonly info: InfoSheet;
  readonly indikator: IndikatorSheet;
  readonly indicators: readonly EvaluatedIndicator[];
  readonly scale: PredikatScale;
  readonly averages: Averages;
  /** The fingerprint of the figures this evaluation comes from (kept beside the report LAPKIN writes). */
  readonly sidik: string;
  /** Every flag: Info's, the sheets', the header row's, then each row's in sheet order. */
  readonly flags: readonly Flag[];
}

export type WorkbookResult = { readonly ok: true; readonly workbook: WorkbookEvaluation } | Unusable;

/** The column a flag about each field points at; fields shared by several columns point at the evaluation's own. */
const COLUMN_OF_FIELD = new Map<Field, InputColumnKey>(
  (
    [
      "target",
      "tw1",
      "tw2",
      "tw3",
      "tw4",
      "agregasi",
      "pembilang",
      "penyebut",
      "realisasi",
      "arah",
      "anggaran",
      "realisasiAnggaran",
      "rincian",
      "capaianStaf",
      "penyerapanStaf",
      "level",
      "uraian",
      "indikator",
      "keterangan",
    ] as const
  ).map((key) => [INPUT_COLUMNS.find((c) => c.key === key)!.field, key] as const),
);

/** Flags about a capaian point at LAPKIN's own Capaian (%) column, where the figure is. */
const CAPAIAN_HEADER = "Capaian (%)";

/** An indicator of public satisfaction, whose realisasi is an IKM (25-100) with a mutu pelayanan. */
const IKM_INDICATOR = /\bikm\b|indeks kepuasan masyarakat|survei kepuasan masyarakat/i;

/** Reads Info, Indikator and Skala and evaluates every indicator: the whole workbook, as plain data. */
export function evaluateWorkbook(snapshot: WorkbookSnapshot): WorkbookResult {
  const info = readInfo(snapshot.info);
  const own = new Map<ComputedColumnKey, number>();
  for (const [key, place] of snapshot.marks.columns) {
    if (snapshot.indikator && textKey(place.sheet) === textKey(snapshot.indikator.name)) own.set(key, place.rect.left);
  }
  const indikator = readIndicators(snapshot.indikator, { tahun: info.tahunAngka, own });
  if (!indikator.ok) return indikator;
  const sheet = indikator.sheet;

  const sheetFlags: Flag[] = [...duplicateSheets(snapshot), ...sheet.layout.flags, ...sheet.flags];
  let scale = predikatScale(info.skala === "sheet" ? "lima-tingkat" : info.skala);
  if (info.skala === "sheet") {
    const custom = readSkalaSheet(snapshot.skala);
    if (custom.ok) scale = custom.scale;
    else sheetFlags.push(infoFlag(info, "skala", custom.flag));
  }
  const settings: EvaluationSettings = { periode: info.quarter, rumusTurun: info.rumusTurun, skala: scale };

  const evaluations = sheet.rows.map((row) => evaluateFigures(row.figures, settings));
  const explained = explainFromOtherRows(evaluations);
  const ambiguity = ambiguousCells(sheet);
  const indicators = sheet.rows.map((row, i): EvaluatedIndicator => {
    const evaluation = explained[i]!;
    const placed = placeFlags(evaluation.flags, sheet.name, (field) => {
      if (field === "capaian") return { row: row.row, column: sheet.layout.computed.get("capaian")!, label: CAPAIAN_HEADER };
      const column = sheet.layout.input.get(COLUMN_OF_FIELD.get(field) ?? "indikator");
      return column === undefined
        ? { row: row.row, column: sheet.layout.input.get("indikator")!, noColumn: true }
        : { row: row.row, column };
    });
    return {
      row,
      evaluation,
      mutuIkm: ikmMutu(row, evaluation),
      flags: [...row.flags, ...(ambiguity.get(row.row) ?? []), ...placed],
    };
  });

  // A report whose sentences were written from other figures than these is named, so it is regenerated.
  const sidik = figuresFingerprint(info, sheet.rows);
  const laporan = snapshot.marks.sheets.get("laporan");
  if (laporan && snapshot.marks.sidik !== null && snapshot.marks.sidik !== sidik) {
    sheetFlags.push(flagOnWorkbook(raiseFlag("LAPORAN_LAMA", "lembar", { sheet: laporan })));
  }

  return {
    ok: true,
    workbook: {
      info,
      indikator: sheet,
      indicators,
      scale,
      sidik,
      averages: averageCapaian(indicators, scale, info.batasCapaian, info.unitKerja ?? "Unit kerja"),
      flags: [...info.flags, ...sheetFlags, ...indicators.flatMap((i) => i.flags)],
    },
  };
}

function infoFlag(info: InfoSheet, key: "skala", flag: RaisedFlag): Flag {
  const cell = info.cells[key];
  return cell && info.sheet ? flagAtCell(flag, info.sheet, cell.row, cell.column) : flagOnWorkbook(flag, "Skala Predikat");
}

function ikmMutu(row: IndicatorRow, evaluation: Evaluation): MutuIkm | null {
  if (!IKM_INDICATOR.test(row.indikator) || evaluation.realisasi === null) return null;
  return mutuIkm(evaluation.realisasi).value;
}

/** A second sheet whose name reads as Info or Indikator is named, so nobody edits the one LAPKIN doesn't read. */
function duplicateSheets(snapshot: WorkbookSnapshot): Flag[] {
  const ours = new Set([...snapshot.marks.sheets.values()].map(textKey));
  const flags: Flag[] = [];
  for (const used of [snapshot.info, snapshot.indikator]) {
    if (!used) continue;
    for (const name of snapshot.sheetNames) {
      if (name === used.name || ours.has(textKey(name)) || textKey(name) !== textKey(used.name)) continue;
      flags.push(flagOnWorkbook(raiseFlag("SHEET_GANDA", "lembar", { nama: name, dipakai: used.name })));
    }
  }
  return flags;
}

/**
 * A typed capaian or penyerapan that matches no route of its own row may have been taken from a
 * neighbouring row (a percentage computed from the wrong row): the flag then says whose it is.
 */
function explainFromOtherRows(evaluations: readonly Evaluation[]): Evaluation[] {
  const figureOf = { CAPAIAN_TIDAK_COCOK: "capaian", PENYERAPAN_TIDAK_COCOK: "penyerapan" } as const;
  const unexplained = (flag: RaisedFlag): flag is RaisedFlag<keyof typeof figureOf> =>
    flag.kode in figureOf && (flag.data as FlagData["CAPAIAN_TIDAK_COCOK"]).sebab === null;
  return evaluations.map((evaluation, i) => {
    if (!evaluation.flags.some(unexplained)) return evaluation;
    const flags = evaluation.flags.map((flag) => {
      if (!unexplained(flag)) return flag;
      const data = flag.data;
      const figure = figureOf[flag.kode];
      const neighbour = [i - 1, i + 1, i - 2, i + 2].find((j) => {
        const other = evaluations[j]?.[figure];
        return other != null && formatNumber(other) === data.diketik;
      });
      if (neighbour === undefined) return flag;
      const where = neighbour < i ? "di atasnya" : "di bawahnya";
      return { ...flag, data: { ...data, sebab: `angka itu ${figure} indikator ${where}, bukan indikator ini` } };
    });
    return { ...evaluation, flags };
  });
}

/**
 * "1.500" reads as 1500 in Indonesian notation, but as 1,5 where a column's other cells are in
 * English notation ("84.87"): such cells are flagged, each on its own cell, and read the Indonesian way.
 */
function ambiguousCells(sheet: IndikatorSheet): Map<number, Flag[]> {
  const flags = new Map<number, Flag[]>();
  for (const [key, column] of sheet.layout.input) {
    const definition = INPUT_COLUMNS.find((c) => c.key === key)!;
    if (!definition.numeric) continue;
    const cells: { row: number; value: FieldValue }[] = [];
    let english = false;
    for (const row of sheet.rows) {
      const value = row.numbers.get(key);
      if (!value || value.value === null) continue;
      if (value.notation === "titik-desimal" || value.notation === "inggris") english = true;
      if (value.alternative) cells.push({ row: row.row, value });
    }
    if (!english) continue;
    for (const { row, value } of cells) {
      const flag = raiseFlag("ANGKA_AMBIGU", definition.field, {
        teks: describeValue(value.text ?? ""),
        dibaca: formatFigure(value.value!).replace(/,00$/, ""),
        alternatif: formatFigure(value.alternative!).replace(/,00$/, ""),
      });
      flags.set(row, [...(flags.get(row) ?? []), flagAtCell(flag, sheet.name, row, column)]);
    }
  }
  return flags;
}
