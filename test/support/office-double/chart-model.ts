import { formatReference } from "./address";
import { officeError } from "./errors";
import type { SheetModel, StoredRect } from "./model";

/**
 * What the double's Excel holds of a chart, and the plain record a test reads of it. A series
 * keeps the sheet object its cells are on, not the sheet's name: as in Excel, its address follows
 * a rename and reads #REF! once the sheet is deleted. Null is "never set": the host's default.
 */
export interface SourceCells {
  readonly sheet: SheetModel;
  readonly rect: StoredRect;
}

export interface TitleModel {
  text: string | null;
  visible: boolean | null;
}

export interface AxisModel {
  minimum: number | null;
  maximum: number | null;
  numberFormat: string | null;
  readonly title: TitleModel;
}

export type FillModel = "automatic" | "none" | { readonly solid: string };

export interface SeriesModel {
  name: string | null;
  chartType: string;
  values: SourceCells | null;
  categories: SourceCells | null;
  fill: FillModel;
  readonly line: { color: string | null; style: string | null };
  markerStyle: string | null;
  markerBackgroundColor: string | null;
  markerForegroundColor: string | null;
  hasDataLabels: boolean;
}

export interface ChartModel {
  name: string;
  readonly chartType: string;
  readonly title: TitleModel;
  /** The cells setPosition was given, as given ("A30", "I45"). */
  position: { readonly start: string; readonly end: string | null } | null;
  readonly legend: { visible: boolean | null; position: string | null };
  readonly axes: { readonly category: AxisModel; readonly value: AxisModel };
  readonly series: SeriesModel[];
}

/** Excel.ChartType's values LAPKIN could plausibly name; another is refused as Excel refuses an unknown enum value. */
export const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "LineMarkers",
  "LineStacked",
  "Pie",
  "Doughnut",
  "Area",
  "XYScatter",
]);
export const MARKER_STYLES = new Set([
  "Automatic",
  "None",
  "Square",
  "Diamond",
  "Triangle",
  "X",
  "Star",
  "Dot",
  "Dash",
  "Circle",
  "Plus",
  "Picture",
]);
export const LINE_STYLES = new Set([
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Grey25",
  "Grey50",
  "Grey75",
  "Automatic",
  "RoundDot",
]);
export const LEGEND_POSITIONS = new Set(["Top", "Bottom", "Left", "Right", "Corner", "Custom"]);

/** Excel reads an HTML colour ("#1F4E79") or a colour name; the double knows the hex form and a few names. */
export function checkColor(color: unknown): string {
  if (typeof color === "string" && (/^#[0-9A-F]{6}$/i.test(color) || /^(black|white|red|green|blue|yellow)$/i.test(color)))
    return color;
  throw officeError("InvalidArgument", `Not a colour: ${String(color)}`);
}

export function checkEnum(value: unknown, allowed: ReadonlySet<string>, what: string): string {
  if (typeof value === "string" && allowed.has(value)) return value;
  throw officeError("InvalidArgument", `${what} can't be ${String(value)}`);
}

const newTitle = (): TitleModel => ({ text: null, visible: null });
const newAxis = (): AxisModel => ({ minimum: null, maximum: null, numberFormat: null, title: newTitle() });

export function newSeries(chartType: string, values: SourceCells | null): SeriesModel {
  return {
    name: null,
    chartType,
    values,
    categories: null,
    fill: "automatic",
    line: { color: null, style: null },
    markerStyle: null,
    markerBackgroundColor: null,
    markerForegroundColor: null,
    hasDataLabels: false,
  };
}

/**
 * charts.add: one series per column of the source (per row with seriesBy "Rows"; "Auto" takes the
 * longer side as the series' length). Excel's guessing of a header row or column from the cells'
 * contents is not modelled: the door sets every series' name and cells itself.
 */
export function newChart(name: string, chartType: string, source: SourceCells, seriesBy: string): ChartModel {
  const { rect } = source;
  const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && rect.right - rect.left > rect.bottom - rect.top);
  const count = byRows ? rect.bottom - rect.top + 1 : rect.right - rect.left + 1;
  const series = Array.from({ length: count }, (_, i) =>
    newSeries(chartType, {
      sheet: source.sheet,
      rect: byRows
        ? { ...rect, top: rect.top + i, bottom: rect.top + i }
        : { ...rect, left: rect.left + i, right: rect.left + i },
    }),
  );
  return {
    name,
    chartType,
    title: newTitle(),
    position: null,
    legend: { visible: null, position: null },
    axes: { category: newAxis(), value: newAxis() },
    series,
  };
}

/** A chart as a test reads it: every range as the address Excel shows in the series' formula. */
export interface RecordedChart {
  readonly name: string;
  readonly chartType: string;
  readonly title: TitleModel;
  readonly position: { readonly start: string; readonly end: string | null } | null;
  readonly legend: { readonly visible: boolean | null; readonly position: string | null };
  readonly axes: { readonly category: AxisModel; readonly value: AxisModel };
  readonly series: readonly RecordedSeries[];
}

export interface RecordedSeries extends Omit<SeriesModel, "values" | "categories"> {
  /** "Laporan!$E$21:$E$22"; "#REF!" once the sheet is gone; null if never set. */
  readonly values: string | null;
  readonly categories: string | null;
}

export function recordChart(chart: ChartModel, sheets: readonly SheetModel[]): RecordedChart {
  const address = (cells: SourceCells | null) =>
    cells === null ? null : sheets.includes(cells.sheet) ? formatReference(cells.sheet.name, cells.rect) : "#REF!";
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    name: chart.name,
    chartType: chart.chartType,
    title: copy(chart.title),
    position: copy(chart.position),
    legend: copy(chart.legend),
    axes: copy(chart.axes),
    series: chart.series.map(({ values, categories, ...rest }) => ({
      ...copy(rest),
      values: address(values),
      categories: address(categories),
    })),
  };
}
