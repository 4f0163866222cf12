import type { Rect } from "./plan";

/**
 * A native chart as data, drawn alike by both doors: the Excel door with worksheet.charts.add,
 * the file door as a DrawingML chart part. Its series read cells of the sheet (so the chart
 * redraws when a figure changes), and carry the values LAPKIN computed, which the file caches
 * so the chart shows before any recalculation.
 */
export interface ChartRange {
  /** The sheet the cells are on (a LAPKIN sheet, by the name it is written under). */
  readonly sheet: string;
  /** 0-based, one column or one row. */
  readonly rect: Rect;
}

/**
 * How a series looks. Never colour alone (issue 13): bars are filled or hollow (an outline only),
 * lines solid or dashed, with different markers, so a series is told apart in grey print too.
 */
export interface SeriesLook {
  /** RGB hex without '#', from CHART_PALETTE. */
  readonly color: string;
  /** Bars: "solid" filled, "none" hollow with an outline in the colour. Ignored for lines. */
  readonly fill: "solid" | "none";
  /** Lines (and a hollow bar's outline). */
  readonly dash: "solid" | "dash";
  readonly marker: "none" | "circle" | "square" | "triangle";
  /** Each point's value written beside it (a bar's capaian, say). */
  readonly dataLabels: boolean;
}

export interface ChartSeries {
  readonly name: string;
  /** A bar chart may carry a line series (the 100 % line over the capaian bars). */
  readonly kind: "bar" | "line";
  readonly categories: ChartRange;
  readonly values: ChartRange;
  /** The categories and values as LAPKIN computed them, in the ranges' order; null where a cell is empty. */
  readonly cachedCategories: readonly string[];
  readonly cachedValues: readonly (number | null)[];
  /** The number format of the value cells, in which a data label shows its value (Excel links labels to it). */
  readonly numberFormat: string;
  readonly look: SeriesLook;
}

export interface ChartAxis {
  readonly title: string | null;
  /** null: the host chooses. */
  readonly min: number | null;
  readonly max: number | null;
  /** An Excel number format, as the sheet's cells use ("#,##0.00"). */
  readonly numberFormat: string;
}

export interface ChartPlan {
  /** Stable within a workbook, e.g. "laporan.capaian"; the Excel door names the chart by it. */
  readonly id: string;
  /** "bar": vertical bars (clustered), optionally with line series; "line": lines only. */
  readonly type: "bar" | "line";
  readonly title: string;
  /** The cells the chart covers (0-based, inclusive), on the sheet the plan belongs to. */
  readonly anchor: Rect;
  readonly series: readonly ChartSeries[];
  readonly categoryAxis: ChartAxis;
  readonly valueAxis: ChartAxis;
  readonly legend: "bottom" | "none";
  /** Said in words, for a screen reader (the chart's alt text). */
  readonly description: string;
}

/**
 * One palette for every chart and the pane: dark enough on white for text and thin lines (each
 * at least 4.5:1 against white), and told apart by lightness as well as hue.
 */
export const CHART_PALETTE = {
  primary: "1F4E79",
  secondary: "B4510F",
  reference: "404040",
  good: "2E7D32",
  warning: "9A5B00",
  bad: "B71C1C",
} as const;
