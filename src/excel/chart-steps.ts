import { a1 } from "../workbook/a1";
import type { ChartAxis, ChartPlan, ChartRange, ChartSeries } from "../workbook/chart-plan";
import type { Rect, SheetPlan } from "../workbook/plan";
import { actionBytes, pathBytes } from "./request-size";
import { sharedOfSheet, sharedSheet, type BatchScope, type WriteStep } from "./write-step";

/** Excel's names for what a plan draws. */
const CHART_TYPE = { bar: "ColumnClustered", line: "Line" } as const;
const MARKER_STYLE = { none: "None", circle: "Circle", square: "Square", triangle: "Triangle" } as const;
const LINE_STYLE = { solid: "Continuous", dash: "Dash" } as const;

/**
 * An object of a chart step in the request: never untracked, so Office.js marks none of them for
 * early disposal (pathBytes counts that mark for every path, as an upper bound).
 */
const DISPOSAL_MARK = `,"D":true`.length;
const objectBytes = (...args: Parameters<typeof pathBytes>) => pathBytes(...args) - DISPOSAL_MARK;

/** Where an argument is an object (a range), Office.js lists the ids of the arguments: 0 for each plain one. */
const ID = 9_999_999;
const referencesBytes = (args: number) => `,"ReferencedObjectPathIds":[${[ID, ...Array(args - 1).fill(0)].join(",")}]`.length;

/**
 * The plan's charts drawn as native charts (worksheet.charts.add, ExcelApi 1.1; the rest up to
 * 1.8, see capabilities.ts), each in one step: a chart object lives only in the sync that made it.
 * They are queued after every cell is written, so Excel makes each chart over its figures. A
 * series' cells on a LAPKIN sheet written in this run are named by that sheet's temporary name
 * (`sheetOf`), which Excel follows when the sheet takes its own name.
 *
 * Every series' name, values and categories are set explicitly, the first one's too: charts.add
 * guesses a header from the source's cells, and a guess could differ between hosts. What no
 * Excel API sets, the chart's alt text (the plan's description), is left out.
 */
export function chartSteps(plan: Pick<SheetPlan, "charts">, sheet: string, sheetOf: (name: string) => string): WriteStep[] {
  return plan.charts.map((chart) => chartStep(chart, sheet, sheetOf));
}

/** Excel tells sheet names apart ignoring case only. */
const sheetKey = (name: string) => name.toLowerCase();

/** A name-to-temporary-sheet lookup for chartSteps: sheets written in this run by their temporary names, others as they are. */
export function temporarySheetOf(written: readonly { readonly name: string; readonly temporary: string }[]) {
  const temporary = new Map(written.map((w) => [sheetKey(w.name), w.temporary] as const));
  return (name: string) => temporary.get(sheetKey(name)) ?? name;
}

function chartStep(plan: ChartPlan, sheet: string, sheetOf: (name: string) => string): WriteStep {
  const source = plan.series[0];
  if (!source) throw new Error(`Chart ${plan.id} has no series`);
  const cells = sourceCells(plan, sheetOf);
  const seriesBy = source.values.rect.left === source.values.rect.right ? "Columns" : "Rows";
  const type = CHART_TYPE[plan.type];
  const start = a1(plan.anchor.top, plan.anchor.left);
  const end = a1(plan.anchor.bottom, plan.anchor.right);
  const bytes =
    cells.bytes +
    objectBytes("method", "Add", [type, ID, seriesBy]) +
    referencesBytes(3) +
    actionBytes("set", "Name", [plan.id]) +
    titleBytes(plan.title || null) +
    actionBytes("call", "SetPosition", [start, end]) +
    objectBytes("property", "Legend") +
    actionBytes("set", "Visible", [plan.legend !== "none"]) +
    (plan.legend === "bottom" ? actionBytes("set", "Position", ["Bottom"]) : 0) +
    objectBytes("property", "Axes") +
    axisBytes("CategoryAxis", plan.categoryAxis, false) +
    axisBytes("ValueAxis", plan.valueAxis, true) +
    objectBytes("property", "Series") +
    plan.series.reduce((n, series, i) => n + seriesBytes(series, i, plan.type), 0);

  return {
    bytes,
    shares: [...sharedOfSheet(sheet, "Charts"), ...cells.sheets.flatMap(sharedSheet)],
    queue: (scope) => {
      const range = cells.queue(scope);
      const chart = scope.sheet(sheet).charts.add(type, range(source.values), seriesBy);
      chart.name = plan.id;
      queueTitle(chart.title, plan.title || null);
      chart.setPosition(start, end);
      chart.legend.visible = plan.legend !== "none";
      if (plan.legend === "bottom") chart.legend.position = "Bottom";
      queueAxis(chart.axes.categoryAxis, plan.categoryAxis, false);
      queueAxis(chart.axes.valueAxis, plan.valueAxis, true);
      plan.series.forEach((series, i) => {
        const made = i === 0 ? chart.series.getItemAt(0) : chart.series.add(series.name);
        if (i === 0) made.name = series.name;
        queueSeries(made, series, range, plan.type);
      });
    },
  };
}

/**
 * The distinct cell ranges the series read, each one range object in the request (a category
 * range several series share is sent once), and the worksheets they are on.
 */
function sourceCells(plan: ChartPlan, sheetOf: (name: string) => string) {
  const keyOf = (r: ChartRange) => `${sheetKey(sheetOf(r.sheet))}!${r.rect.top},${r.rect.left},${r.rect.bottom},${r.rect.right}`;
  const distinct = new Map<string, { sheet: string; rect: Rect }>();
  for (const series of plan.series)
    for (const r of [series.values, series.categories]) distinct.set(keyOf(r), { sheet: sheetOf(r.sheet), rect: r.rect });
  const sheets = [...new Set([...distinct.values()].map((d) => d.sheet))];
  const bytes = [...distinct.values()].reduce((n, { rect }) => n + objectBytes("method", "GetRangeByIndexes", indexes(rect)), 0);
  return {
    sheets,
    bytes,
    queue: (scope: BatchScope) => {
      const made = new Map<string, Excel.Range>();
      return (r: ChartRange): Excel.Range => {
        const key = keyOf(r);
        let range = made.get(key);
        if (!range) {
          range = scope.sheet(sheetOf(r.sheet)).getRangeByIndexes(...indexes(r.rect));
          made.set(key, range);
        }
        return range;
      };
    },
  };
}

const indexes = (rect: Rect) =>
  [rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1] as [number, number, number, number];

/** A title shown with its text, or hidden where there is none. */
function titleBytes(text: string | null): number {
  return (
    objectBytes("property", "Title") +
    (text === null ? 0 : actionBytes("set", "Text", [text])) +
    actionBytes("set", "Visible", [text !== null])
  );
}

function queueTitle(title: Excel.ChartTitle | Excel.ChartAxisTitle, text: string | null): void {
  if (text !== null) title.text = text;
  title.visible = text !== null;
}

/** A category axis of a bar or line chart has no scale: only the value axis takes the plan's bounds. */
function axisBytes(name: string, axis: ChartAxis, scaled: boolean): number {
  return (
    objectBytes("property", name) +
    actionBytes("set", "NumberFormat", [axis.numberFormat]) +
    (scaled && axis.min !== null ? actionBytes("set", "Minimum", [axis.min]) : 0) +
    (scaled && axis.max !== null ? actionBytes("set", "Maximum", [axis.max]) : 0) +
    titleBytes(axis.title)
  );
}

function queueAxis(target: Excel.ChartAxis, axis: ChartAxis, scaled: boolean): void {
  target.numberFormat = axis.numberFormat;
  if (scaled && axis.min !== null) target.minimum = axis.min;
  if (scaled && axis.max !== null) target.maximum = axis.max;
  queueTitle(target.title, axis.title);
}

function seriesBytes(series: ChartSeries, index: number, chartType: ChartPlan["type"]): number {
  const { look } = series;
  const color = `#${look.color}`;
  return (
    (index === 0
      ? objectBytes("method", "GetItemAt", [0]) + actionBytes("set", "Name", [series.name])
      : objectBytes("method", "Add", [series.name, null])) +
    actionBytes("call", "SetValues", [ID]) +
    actionBytes("call", "SetXAxisValues", [ID]) +
    2 * referencesBytes(1) +
    (series.kind === chartType ? 0 : actionBytes("set", "ChartType", [CHART_TYPE[series.kind]])) +
    objectBytes("property", "Format") +
    objectBytes("property", "Line") +
    actionBytes("set", "Color", [color]) +
    actionBytes("set", "LineStyle", [LINE_STYLE[look.dash]]) +
    (series.kind === "bar"
      ? objectBytes("property", "Fill") +
        (look.fill === "solid" ? actionBytes("call", "SetSolidColor", [color]) : actionBytes("call", "Clear", []))
      : actionBytes("set", "MarkerStyle", [MARKER_STYLE[look.marker]]) +
        (look.marker === "none"
          ? 0
          : actionBytes("set", "MarkerBackgroundColor", [color]) + actionBytes("set", "MarkerForegroundColor", [color]))) +
    actionBytes("set", "HasDataLabels", [look.dataLabels])
  );
}

/**
 * A series' look, never colour alone (chart-plan.ts): bars filled or hollow with an outline in the
 * colour, lines solid or dashed with their markers, the outline or line dashed as the plan says.
 */
function queueSeries(
  target: Excel.ChartSeries,
  series: ChartSeries,
  range: (r: ChartRange) => Excel.Range,
  chartType: ChartPlan["type"],
): void {
  const { look } = series;
  const color = `#${look.color}`;
  target.setValues(range(series.values));
  target.setXAxisValues(range(series.categories));
  if (series.kind !== chartType) target.chartType = CHART_TYPE[series.kind];
  const format = target.format;
  format.line.color = color;
  format.line.lineStyle = LINE_STYLE[look.dash];
  if (series.kind === "bar") {
    if (look.fill === "solid") format.fill.setSolidColor(color);
    else format.fill.clear();
  } else {
    target.markerStyle = MARKER_STYLE[look.marker];
    if (look.marker !== "none") {
      target.markerBackgroundColor = color;
      target.markerForegroundColor = color;
    }
  }
  target.hasDataLabels = look.dataLabels;
}
