import { describeMutu, formatFigure, formatNumber, type Decimal, type Flag, type Tingkat } from "../engine";
import type { CapaianAverage } from "./averages";
import { documentAvailability, documentDefinition, type DocumentKind } from "./documents";
import type { WorkbookEvaluation } from "./evaluate-workbook";
import { workbookCounts, type Message } from "./outcome-text";
import { shownRealisasi } from "./report-text";

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
  /** The IKM's mutu pelayanan ("B (Baik)"), for an IKM indicator; null otherwise. */
  readonly mutuIkm: string | null;
  readonly flags: readonly FlagView[];
}

/** A rata-rata capaian as the pane lists it: "Sasaran: ..." 98,34 Sangat Tinggi. */
export interface AverageView {
  readonly label: string;
  readonly nilai: string;
  readonly predikat: string;
  readonly indikator: number;
}

/** A document of the SAKIP year as the pane offers it: whether the data allows it, and what would add it (or a part of it). */
export interface DocumentView {
  readonly kind: DocumentKind;
  readonly label: Message;
  readonly available: boolean;
  readonly needs: Message | null;
}

export interface WorkbookView {
  readonly unitKerja: string | null;
  readonly tahun: string | null;
  readonly periode: string | null;
  readonly indicators: readonly IndicatorView[];
  /** Flags of Info, the sheets and the header row, which belong to no indicator. */
  readonly sheetFlags: readonly FlagView[];
  readonly counts: Readonly<Record<Tingkat, number>>;
  /** Per tujuan and sasaran, then the unit's (last). */
  readonly averages: readonly AverageView[];
  readonly documents: readonly DocumentView[];
}

const shown = (value: Decimal | null) => (value === null ? "–" : formatNumber(value));
const flagView = (f: Flag): FlagView => ({ kode: f.kode, tingkat: f.tingkat, pesan: f.pesan, sel: f.sel });
const averageView = (average: CapaianAverage, label: string): AverageView => ({
  label,
  nilai: shown(average.nilai),
  predikat: average.predikat ?? "–",
  indikator: average.members.length + average.without.length,
});

export function paneView(workbook: WorkbookEvaluation): WorkbookView {
  const rowFlags = new Set(workbook.indicators.flatMap((i) => i.flags));
  const { averages } = workbook;
  return {
    unitKerja: workbook.info.unitKerja,
    tahun: workbook.info.tahun,
    periode: workbook.info.periode,
    indicators: workbook.indicators.map(({ row, evaluation, flags, mutuIkm }) => ({
      baris: row.row + 1,
      level: row.level,
      indikator: row.indikator,
      target: evaluation.target === null ? "–" : formatFigure(evaluation.target),
      realisasi: evaluation.realisasi === null ? "–" : shownRealisasi(evaluation),
      capaian: shown(evaluation.capaian),
      predikat: evaluation.predikat ?? "–",
      mutuIkm: mutuIkm ? describeMutu(mutuIkm) : null,
      flags: flags.map(flagView),
    })),
    sheetFlags: workbook.flags.filter((f) => !rowFlags.has(f)).map(flagView),
    counts: workbookCounts(workbook),
    averages: [
      ...[...averages.tujuan, ...averages.sasaran].map((a) => averageView(a, `${a.block}: ${a.label}`)),
      averageView(averages.unit, averages.unit.label),
    ],
    documents: documentAvailability(workbook).map((d) => ({ ...d, label: documentDefinition(d.kind).label })),
  };
}
