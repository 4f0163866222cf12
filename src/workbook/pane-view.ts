import { formatNumber, type Decimal, type Tingkat } from "../engine";
import type { WorkbookEvaluation } from "./evaluate-workbook";

/** What the task pane shows of a workbook: plain, already formatted, in sheet order. */
export interface FlagView {
  readonly kode: string;
  readonly tingkat: Tingkat;
  readonly pesan: string;
  readonly sel: string | null;
}

export interface IndicatorView {
  readonly baris: number;
  readonly level: string;
  readonly indikator: string;
  readonly target: string;
  readonly realisasi: string;
  readonly capaian: string;
  readonly predikat: string;
  readonly flags: readonly FlagView[];
}

export interface WorkbookView {
  readonly unitKerja: string | null;
  readonly tahun: string | null;
  readonly periode: string | null;
  readonly indicators: readonly IndicatorView[];
  /** Flags of Info and the header row, which belong to no indicator. */
  readonly sheetFlags: readonly FlagView[];
  readonly counts: Readonly<Record<Tingkat, number>>;
}

const shown = (value: Decimal | null) => (value === null ? "–" : formatNumber(value));
const flagView = (f: { kode: string; tingkat: Tingkat; pesan: string; sel?: string }): FlagView => ({
  kode: f.kode,
  tingkat: f.tingkat,
  pesan: f.pesan,
  sel: f.sel ?? null,
});

export function paneView(workbook: WorkbookEvaluation): WorkbookView {
  const rowFlags = new Set(workbook.indicators.flatMap((i) => i.flags));
  const count = (tingkat: Tingkat) => workbook.flags.filter((f) => f.tingkat === tingkat).length;
  return {
    unitKerja: workbook.info.unitKerja,
    tahun: workbook.info.tahun,
    periode: workbook.info.periode,
    indicators: workbook.indicators.map(({ row, evaluation, flags }) => ({
      baris: row.row + 1,
      level: row.level,
      indikator: row.indikator,
      target: shown(evaluation.target),
      realisasi: shown(evaluation.realisasi),
      capaian: shown(evaluation.capaian),
      predikat: evaluation.predikat ?? "–",
      flags: flags.map(flagView),
    })),
    sheetFlags: workbook.flags.filter((f) => !rowFlags.has(f)).map(flagView),
    counts: { galat: count("galat"), peringatan: count("peringatan"), info: count("info") },
  };
}
