import { CHART_PALETTE, type ChartAxis, type ChartSeries, type SeriesLook } from "./chart-plan";
import { numberFormat } from "./report-formulas";

/**
 * What every bar chart LAPKIN draws shares (the report's appendix, the recap's Grafik Rekap): how
 * many bars one chart holds, how a label is cut, the looks of bars and of the 100 % line, the
 * percent axis, and the chart said in words for a screen reader.
 */

/** More bars than this in one chart can't be read: a longer list is drawn in several charts. */
export const BARS_PER_CHART = 20;
/** Bar charts of one kind past this many (a hundred bars) are left out, and the sheet says so. */
export const MAX_BAR_CHARTS = 5;
/** The rows a bar chart covers. */
export const BAR_CHART_ROWS = 18;
/** A chart's label is cut to this many characters; the data table beneath gives it whole. */
const LABEL_LENGTH = 48;

export const PERCENT = "#,##0.00";

/** Bars with their values written on them: solid, or hollow (an outline) so two series differ without colour. */
export const barLook = (color: string, fill: SeriesLook["fill"]): SeriesLook => ({
  color,
  fill,
  dash: "solid",
  marker: "none",
  dataLabels: true,
});

/** The dashed 100 % line drawn across capaian bars. */
export const REFERENCE_LINE: SeriesLook = {
  color: CHART_PALETTE.reference,
  fill: "none",
  dash: "dash",
  marker: "none",
  dataLabels: false,
};

/** "3. Persentase desa yang menyusun dokumen ..." short enough for a chart's axis. */
export const chartLabel = (index: number, text: string): string => cutLabel(`${index + 1}. ${text}`);

/** A label on one line, cut with an ellipsis past LABEL_LENGTH characters. */
export function cutLabel(text: string): string {
  const label = text.replace(/\s+/g, " ").trim();
  return label.length <= LABEL_LENGTH ? label : `${label.slice(0, LABEL_LENGTH - 1).trimEnd()}\u2026`;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** 0 to at least 120 %, with room above the tallest bar for its label; a capaian above 100 % stays in view. */
export const percentAxis = (values: readonly (number | null)[]): ChartAxis => ({
  title: "Persen (%)",
  min: 0,
  max: Math.max(120, Math.ceil((Math.max(0, ...values.filter((v): v is number => v !== null)) + 10) / 20) * 20),
  numberFormat: numberFormat(0),
});

/** Made once: constructing a NumberFormat costs as much as formatting hundreds of numbers. */
const UP_TO_TWO_DECIMALS = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
export const indonesian = (value: number) => UP_TO_TWO_DECIMALS.format(value);

/** "Capaian kinerja: 1. Nilai IKM 94,3%; 2. ... ." */
export const describeBars = (what: string, series: ChartSeries) =>
  `${what}: ${series.cachedCategories
    .map((label, i) => `${label} ${series.cachedValues[i] === null ? "belum ada" : `${indonesian(series.cachedValues[i]!)}%`}`)
    .join("; ")}.`;
