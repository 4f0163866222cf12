import {
  countFlags,
  Decimal,
  efisiensi,
  penyerapan,
  shownDecimals,
  type Arah,
  type PredikatScale,
  type RumusTurun,
} from "../engine";
import { sheetA1 } from "../workbook/a1";
import type { WorkbookEvaluation } from "../workbook/evaluate-workbook";
import { programsOf } from "../workbook/pk-plan";
import type { InfoSheet } from "../workbook/read-info";
import { ROMAN } from "../workbook/report-text";
import { problemOfFlag, type ProblemLine } from "./problem";

/** One indicator of a unit as the recap lists it: texts and figures as printed, nothing else. */
export interface IndicatorSummary {
  readonly level: string;
  readonly uraian: string;
  readonly indikator: string;
  readonly arah: Arah;
  readonly target: number | null;
  /** The decimals the target is shown with (as typed, at least two). */
  readonly targetDecimals: number;
  /** Rounded as the unit's report prints it, so the capaian beside it checks by hand. */
  readonly realisasi: number | null;
  readonly realisasiDecimals: number;
  readonly capaian: number | null;
  readonly predikat: string | null;
  readonly anggaran: number | null;
  readonly realisasiAnggaran: number | null;
  readonly penyerapan: number | null;
}

/**
 * A unit's workbook reduced to what the recap needs, as plain strings and numbers: the evaluation
 * itself is dropped as soon as this is made, so a recap of many files holds one evaluation at a time.
 */
export interface UnitSummary {
  /** The file as the recap names it (the path as found from the inputs given). */
  readonly file: string;
  readonly perangkatDaerah: string | null;
  readonly unitKerja: string | null;
  readonly pemerintahDaerah: string | null;
  /** As typed in Info. */
  readonly tahun: string | null;
  /** What Info's Periode means: "TW I" .. "TW IV" or "Tahunan"; null when Info has none. */
  readonly periode: string | null;
  /** Info's cells, for problems about them ("Info!B3"); null where Info has no such key. */
  readonly cells: { readonly unitKerja: string | null; readonly tahun: string | null; readonly periode: string | null };
  /** The file holds LAPKIN's sheets (an output of `lapkin laporan`, or a workbook after Buat Laporan). */
  readonly lapkinOutput: boolean;
  /** The fingerprint of the figures (Info's settings and every indicator), to tell the same figures apart from others. */
  readonly sidik: string;
  readonly rumusTurun: RumusTurun;
  readonly scale: RecapScale;
  /** Info's Batas Capaian, which caps each capaian in the unit's average; null for none. */
  readonly batasCapaian: number | null;
  readonly indicators: readonly IndicatorSummary[];
  /** The unit's rata-rata capaian (DOMAIN.md, "Averages") and its predikat on the unit's own scale. */
  readonly rataRataCapaian: number | null;
  readonly predikat: string | null;
  /** The unit's budget lines summed once each (several indicators of one program share one pagu). */
  readonly pagu: number | null;
  readonly realisasi: number | null;
  readonly penyerapan: number | null;
  readonly efisiensi: string | null;
  readonly galat: number;
  readonly peringatan: number;
  /** Every flag of the unit, placed at its cell, as Masalah lines of this file. */
  readonly flags: readonly ProblemLine[];
}

/** A predikat scale as plain data: each band's lower bound as a number. */
export interface RecapScale {
  readonly name: string;
  readonly bands: readonly { readonly from: number; readonly inclusive: boolean; readonly predikat: string }[];
  readonly lowest: string;
}

export interface UnitSource {
  readonly file: string;
  readonly lapkinOutput: boolean;
}

const num = (value: Decimal | null) => (value === null ? null : value.toNumber());

/**
 * What the recap keeps of one evaluated workbook, as data made anew: a text read from a workbook
 * may be a view into the whole sheet's XML text, which the JavaScript engine then keeps alive for
 * as long as the view lives. Copied through JSON, a summary holds only its own characters, so a
 * recap's memory grows by what it keeps of each unit, not by what each file held.
 */
export function summariseUnit(workbook: WorkbookEvaluation, source: UnitSource): UnitSummary {
  return JSON.parse(JSON.stringify(summaryOf(workbook, source))) as UnitSummary;
}

function summaryOf(workbook: WorkbookEvaluation, source: UnitSource): UnitSummary {
  const { info, averages } = workbook;
  const budget = unitBudget(workbook);
  const counts = countFlags(workbook.flags);
  const average = averages.unit.nilai;
  return {
    file: source.file,
    perangkatDaerah: info.perangkatDaerah,
    unitKerja: info.unitKerja,
    pemerintahDaerah: info.pemerintahDaerah,
    tahun: info.tahun,
    periode: periodeMeaning(info),
    cells: { unitKerja: infoCell(info, "unitKerja"), tahun: infoCell(info, "tahun"), periode: infoCell(info, "periode") },
    lapkinOutput: source.lapkinOutput,
    sidik: workbook.sidik,
    rumusTurun: info.rumusTurun,
    scale: plainScale(workbook.scale),
    batasCapaian: num(info.batasCapaian),
    indicators: workbook.indicators.map(({ row, evaluation: e }) => ({
      level: row.level,
      uraian: row.uraian,
      indikator: row.indikator,
      arah: e.arah,
      target: num(e.target),
      targetDecimals: e.target === null ? 2 : shownDecimals(e.target),
      realisasi: e.realisasi === null ? null : e.realisasi.toDecimalPlaces(e.realisasiDecimals).toNumber(),
      realisasiDecimals: e.realisasiDecimals,
      capaian: num(e.capaian),
      predikat: e.predikat,
      anggaran: num(e.anggaran),
      realisasiAnggaran: num(e.realisasiAnggaran),
      penyerapan: num(e.penyerapan),
    })),
    rataRataCapaian: num(average),
    predikat: averages.unit.predikat,
    pagu: num(budget.pagu),
    realisasi: num(budget.realisasi),
    penyerapan: num(budget.penyerapan),
    efisiensi: average !== null && budget.penyerapan !== null ? efisiensi(average, budget.penyerapan).kategori : null,
    galat: counts.galat,
    peringatan: counts.peringatan,
    flags: workbook.flags.map((flag) => problemOfFlag(flag, source.file)),
  };
}

function plainScale(scale: PredikatScale): RecapScale {
  return {
    name: scale.name,
    bands: scale.bands.map((b) => ({ from: b.from.toNumber(), inclusive: b.inclusive, predikat: b.predikat })),
    lowest: scale.lowest,
  };
}

/** The engine's scale again, for the predikat formulas and the total's predikat. */
export function engineScale(scale: RecapScale): PredikatScale {
  return { ...scale, bands: scale.bands.map((b) => ({ ...b, from: new Decimal(b.from) })) };
}

/** "TW IV" for any way of writing the fourth quarter, "Tahunan" for the year; null when Info leaves it out. */
function periodeMeaning(info: InfoSheet): string | null {
  if (info.periode === null) return null;
  return info.tahunan ? "Tahunan" : `TW ${ROMAN[info.quarter]}`;
}

function infoCell(info: InfoSheet, key: "unitKerja" | "tahun" | "periode"): string | null {
  const cell = info.cells[key];
  return cell && info.sheet ? sheetA1(info.sheet, cell.row, cell.column) : null;
}

/**
 * Pagu and realisasi of the unit's budget lines (the PK's and the LKjIP's lines: a program's pagu
 * counted once however many indicators repeat it), and the penyerapan of their sums, as the engine
 * computes any penyerapan (none where spending passes the pagu: the unit's own galat says so).
 */
function unitBudget(workbook: WorkbookEvaluation): {
  pagu: Decimal | null;
  realisasi: Decimal | null;
  penyerapan: Decimal | null;
} {
  const lines = programsOf(workbook).map((p) => p.item.evaluation);
  if (lines.length === 0) return { pagu: null, realisasi: null, penyerapan: null };
  const pagu = Decimal.sum(...lines.map((e) => e.anggaran!));
  const spent = lines.filter((e) => e.realisasiAnggaran !== null).map((e) => e.realisasiAnggaran!);
  const realisasi = spent.length ? Decimal.sum(...spent) : null;
  return { pagu, realisasi, penyerapan: realisasi === null ? null : penyerapan(pagu, realisasi).value };
}
