import {
  CHART_TYPES,
  checkColor,
  checkEnum,
  LINE_STYLES,
  MARKER_STYLES,
  newSeries,
  type ChartModel,
  type SeriesModel,
  type SourceCells,
} from "./chart-model";
import { ClientObjectDouble, notLoaded } from "./client-object";
import { officeError } from "./errors";
import type { RangeDouble } from "./range";
import { RangeTarget } from "./range-target";

/** chart.series: the n-th series (ExcelApi 1.1), or a new empty one (ExcelApi 1.7). */
export class ChartSeriesCollectionDouble extends ClientObjectDouble {
  getItemAt(index: number): ChartSeriesDouble {
    return this.methodObject(
      "GetItemAt",
      [index],
      false,
      (chart) => {
        const series = (chart as ChartModel).series[index];
        if (!series) throw officeError("ItemNotFound", `The chart has no series ${index}.`);
        return series;
      },
      (path) => new ChartSeriesDouble(this.session, path),
    );
  }

  add(name?: string, index?: number): ChartSeriesDouble {
    return this.methodObject(
      "Add",
      [name, index],
      true,
      (target) => {
        const chart = target as ChartModel;
        const series = newSeries(chart.chartType, null);
        series.name = name ?? null;
        this.record(`chart.series.add ${chart.name}`);
        chart.series.splice(index ?? chart.series.length, 0, series);
        return series;
      },
      (path) => new ChartSeriesDouble(this.session, path),
    );
  }
}

/** A series' cells: Excel takes one rectangle of one row or one column. */
function seriesCells(range: unknown, what: string): SourceCells {
  const target = range instanceof RangeTarget ? range : null;
  const r = target?.first;
  if (!target || !r || target.rects.length !== 1 || (r.top !== r.bottom && r.left !== r.right))
    throw officeError("InvalidArgument", `A series' ${what} are one row or one column of cells.`);
  return { sheet: target.sheet, rect: { ...r } };
}

export class ChartSeriesDouble extends ClientObjectDouble {
  private put(property: string, value: unknown, apply: (series: SeriesModel) => void): void {
    this.setProperty<SeriesModel>(property, value, (series) => {
      apply(series);
      this.record(`chart.series.${property}`);
    });
  }

  get name(): string {
    throw notLoaded("name");
  }
  set name(value: string) {
    this.put("Name", value, (series) => (series.name = value));
  }
  get chartType(): string {
    throw notLoaded("chartType");
  }
  set chartType(value: string) {
    this.put("ChartType", value, (series) => (series.chartType = checkEnum(value, CHART_TYPES, "A series' type")));
  }
  get markerStyle(): string {
    throw notLoaded("markerStyle");
  }
  set markerStyle(value: string) {
    this.put("MarkerStyle", value, (series) => (series.markerStyle = checkEnum(value, MARKER_STYLES, "A marker's style")));
  }
  get markerBackgroundColor(): string {
    throw notLoaded("markerBackgroundColor");
  }
  set markerBackgroundColor(value: string) {
    this.put("MarkerBackgroundColor", value, (series) => (series.markerBackgroundColor = checkColor(value)));
  }
  get markerForegroundColor(): string {
    throw notLoaded("markerForegroundColor");
  }
  set markerForegroundColor(value: string) {
    this.put("MarkerForegroundColor", value, (series) => (series.markerForegroundColor = checkColor(value)));
  }
  get hasDataLabels(): boolean {
    throw notLoaded("hasDataLabels");
  }
  set hasDataLabels(value: boolean) {
    this.put("HasDataLabels", value, (series) => (series.hasDataLabels = value));
  }

  get format(): ChartSeriesFormatDouble {
    return this.navigate(
      "Format",
      (series) => series,
      (path) => new ChartSeriesFormatDouble(this.session, path),
    );
  }

  setValues(sourceData: RangeDouble): void {
    this.invoke<SeriesModel>("SetValues", [sourceData], (series, [range]) => {
      series.values = seriesCells(range, "values");
      this.record("chart.series.values");
    });
  }

  /** The categories of a bar or line chart (the x values of a scatter chart). */
  setXAxisValues(sourceData: RangeDouble): void {
    this.invoke<SeriesModel>("SetXAxisValues", [sourceData], (series, [range]) => {
      series.categories = seriesCells(range, "categories");
      this.record("chart.series.categories");
    });
  }
}

export class ChartSeriesFormatDouble extends ClientObjectDouble {
  get fill(): ChartFillDouble {
    return this.navigate(
      "Fill",
      (series) => series,
      (path) => new ChartFillDouble(this.session, path),
    );
  }
  get line(): ChartLineFormatDouble {
    return this.navigate(
      "Line",
      (series) => (series as SeriesModel).line,
      (path) => new ChartLineFormatDouble(this.session, path),
    );
  }
}

export class ChartFillDouble extends ClientObjectDouble {
  setSolidColor(color: string): void {
    this.invoke<SeriesModel>("SetSolidColor", [color], (series) => {
      series.fill = { solid: checkColor(color) };
      this.record("chart.series.fill");
    });
  }

  /** No fill: a bar drawn as its outline only. */
  clear(): void {
    this.invoke<SeriesModel>("Clear", [], (series) => {
      series.fill = "none";
      this.record("chart.series.fill");
    });
  }
}

export class ChartLineFormatDouble extends ClientObjectDouble {
  get color(): string {
    throw notLoaded("color");
  }
  set color(value: string) {
    this.setProperty<SeriesModel["line"]>("Color", value, (line) => {
      line.color = checkColor(value);
      this.record("chart.series.line.color");
    });
  }
  get lineStyle(): string {
    throw notLoaded("lineStyle");
  }
  set lineStyle(value: string) {
    this.setProperty<SeriesModel["line"]>("LineStyle", value, (line) => {
      line.style = checkEnum(value, LINE_STYLES, "A line's style");
      this.record("chart.series.line.style");
    });
  }
}
