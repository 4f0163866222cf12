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
  /** The picture of the year above the list: predikat counts and a bar for each of at most a few dozen indicators. */
  readonly summary: CapaianSummary;
}

/** One bar of the summary: an indicator's capaian against 100 %. */
export interface CapaianBar {
  readonly baris: number;
  readonly indikator: string;
  /** As the list shows it ("94,30"), or "–". */
  readonly capaian: string;
  /** The bar's length; null where there is no capaian (drawn as a labelled gap). */
  readonly nilai: number | null;
  readonly predikat: string;
}

/** How many indicators have a predikat; `predikat` null counts those without a capaian. */
export interface PredikatCount {
  readonly predikat: string | null;
  readonly count: number;
}

export interface CapaianSummary {
  /** Each predikat present, in the scale's order (highest first), then the indicators without one. */
  readonly predikat: readonly PredikatCount[];
  /** Every indicator in sheet order, or (more than SUMMARY_BARS of them) the lowest capaian, lowest first. */
  readonly bars: readonly CapaianBar[];
  /** The bars are the lowest capaian of a longer list, not every indicator. */
  readonly lowest: boolean;
  /** How many indicators the summary is of (the list below may still be arriving). */
  readonly indicators: number;
}

/** Bars drawn at most: a regency's workbook has tens of thousands of indicators; the list below has them all. */
export const SUMMARY_BARS = 30;

const shown = (value: Decimal | null) => (value === null ? "–" : formatNumber(value));
const flagView = (f: Flag): FlagView => ({ kode: f.kode, tingkat: f.tingkat, pesan: f.pesan, sel: f.sel });
const averageView = (average: CapaianAverage, label: string): AverageView => ({
  label,
  nilai: shown(average.nilai),
  predikat: average.predikat ?? "–",
  indikator: average.members.length + average.without.length,
});

function capaianSummary(workbook: WorkbookEvaluation, indicators: readonly IndicatorView[]): CapaianSummary {
  const nilai = workbook.indicators.map(({ evaluation }) => (evaluation.capaian === null ? null : evaluation.capaian.toNumber()));
  const bar = (i: number): CapaianBar => {
    const { baris, indikator, capaian, predikat } = indicators[i]!;
    return { baris, indikator, capaian, nilai: nilai[i]!, predikat };
  };
  const counts = new Map<string | null, number>();
  for (const { evaluation } of workbook.indicators) counts.set(evaluation.predikat, (counts.get(evaluation.predikat) ?? 0) + 1);
  const order = [...workbook.scale.bands.map((b) => b.predikat), workbook.scale.lowest];
  // A predikat off the scale (an IKM's own) follows the scale's, in the order first met.
  const ranked = [...counts.keys()].filter((p): p is string => p !== null).sort((a, b) => rank(order, a) - rank(order, b));
  const predikat = [...ranked, ...(counts.has(null) ? [null] : [])].map((p) => ({ predikat: p, count: counts.get(p)! }));
  const all = indicators.map((_, i) => i);
  if (all.length <= SUMMARY_BARS) return { predikat, bars: all.map(bar), lowest: false, indicators: all.length };
  const lowest = all
    .filter((i) => nilai[i] !== null)
    .sort((a, b) => nilai[a]! - nilai[b]! || a - b)
    .slice(0, SUMMARY_BARS);
  return { predikat, bars: lowest.map(bar), lowest: true, indicators: all.length };
}

const rank = (order: readonly string[], predikat: string) => {
  const at = order.indexOf(predikat);
  return at === -1 ? order.length : at;
};

export function paneView(workbook: WorkbookEvaluation): WorkbookView {
  const rowFlags = new Set(workbook.indicators.flatMap((i) => i.flags));
  const { averages } = workbook;
  const indicators = workbook.indicators.map(({ row, evaluation, flags, mutuIkm }): IndicatorView => ({
    baris: row.row + 1,
    level: row.level,
    indikator: row.indikator,
    target: evaluation.target === null ? "–" : formatFigure(evaluation.target),
    realisasi: evaluation.realisasi === null ? "–" : shownRealisasi(evaluation),
    capaian: shown(evaluation.capaian),
    predikat: evaluation.predikat ?? "–",
    mutuIkm: mutuIkm ? describeMutu(mutuIkm) : null,
    flags: flags.map(flagView),
  }));
  return {
    unitKerja: workbook.info.unitKerja,
    tahun: workbook.info.tahun,
    periode: workbook.info.periode,
    indicators,
    sheetFlags: workbook.flags.filter((f) => !rowFlags.has(f)).map(flagView),
    counts: workbookCounts(workbook),
    averages: [
      ...[...averages.tujuan, ...averages.sasaran].map((a) => averageView(a, `${a.block}: ${a.label}`)),
      averageView(averages.unit, averages.unit.label),
    ],
    documents: documentAvailability(workbook).map((d) => ({ ...d, label: documentDefinition(d.kind).label })),
    summary: capaianSummary(workbook, indicators),
  };
}
