import { columnLetters, parseAddress } from "./address";
import { ChartSeriesCollectionDouble } from "./chart-series";
import {
  CHART_TYPES,
  checkEnum,
  LEGEND_POSITIONS,
  newChart,
  type AxisModel,
  type ChartModel,
  type TitleModel,
} from "./chart-model";
import { ClientObjectDouble, notLoaded } from "./client-object";
import { officeError } from "./errors";
import type { SheetModel } from "./model";
import { RangeDouble } from "./range";
import { RangeTarget } from "./range-target";

const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

/**
 * worksheet.charts (ExcelApi 1.1): add makes a chart over a source range, as Office.js sends it (a
 * method object "Add" taking the range's path). Office.js itself refuses, before any request, a
 * source that isn't a Range object.
 */
export class ChartCollectionDouble extends ClientObjectDouble {
  add(type: string, sourceData: RangeDouble, seriesBy?: string): ChartDouble {
    if (!(sourceData instanceof RangeDouble))
      throw officeError("InvalidArgument", "The argument 'sourceData' of Charts.Add is invalid or missing.");
    return this.methodObject(
      "Add",
      [type, sourceData, seriesBy],
      true,
      (sheet, [, source]) => {
        const on = sheet as SheetModel;
        checkEnum(type, CHART_TYPES, "A chart's type");
        checkEnum(seriesBy ?? "Auto", SERIES_BY, "seriesBy");
        const range = source as RangeTarget;
        if (range.rects.length !== 1) throw officeError("InvalidArgument", "A chart's source is one rectangle.");
        this.record(`chart.add ${on.name} ${type}`);
        const taken = new Set(on.charts.map((c) => c.name.toLowerCase()));
        let n = on.charts.length + 1;
        while (taken.has(`chart ${n}`)) n++;
        const chart = newChart(`Chart ${n}`, type, { sheet: range.sheet, rect: range.first }, seriesBy ?? "Auto");
        on.charts.push(chart);
        return chart;
      },
      (path) => new ChartDouble(this.session, path),
    );
  }
}

export class ChartDouble extends ClientObjectDouble {
  get name(): string {
    throw notLoaded("name");
  }
  set name(value: string) {
    this.setProperty<ChartModel>("Name", value, (chart) => {
      this.record(`chart.name ${value}`);
      chart.name = value;
    });
  }
  get title(): TitleDouble {
    return this.navigate(
      "Title",
      (chart) => (chart as ChartModel).title,
      (path) => new TitleDouble(this.session, path),
    );
  }
  get legend(): ChartLegendDouble {
    return this.navigate(
      "Legend",
      (chart) => (chart as ChartModel).legend,
      (path) => new ChartLegendDouble(this.session, path),
    );
  }
  get axes(): ChartAxesDouble {
    return this.navigate(
      "Axes",
      (chart) => (chart as ChartModel).axes,
      (path) => new ChartAxesDouble(this.session, path),
    );
  }
  get series(): ChartSeriesCollectionDouble {
    return this.navigate(
      "Series",
      (chart) => chart,
      (path) => new ChartSeriesCollectionDouble(this.session, path),
    );
  }

  /** Cells as "A30" or Range objects; the chart is kept with the cells as given. */
  setPosition(startCell: string | RangeDouble, endCell?: string | RangeDouble): void {
    this.invoke<ChartModel>("SetPosition", [startCell, endCell], (chart, [start, end]) => {
      this.record(`chart.position ${chart.name}`);
      chart.position = { start: cellText(start, "start"), end: end === undefined || end === null ? null : cellText(end, "end") };
    });
  }
}

function cellText(cell: unknown, corner: "start" | "end"): string {
  if (cell instanceof RangeTarget) {
    const r = cell.first;
    return corner === "start" ? a1(r.top, r.left) : a1(r.bottom, r.right);
  }
  const parsed = typeof cell === "string" ? parseAddress(cell) : null;
  if (!parsed || parsed.sheet !== null) throw officeError("InvalidArgument", `Not a cell of the chart's sheet: ${String(cell)}`);
  return cell as string;
}

const a1 = (row: number, column: number) => `${columnLetters(column)}${row + 1}`;

/** A chart's title or an axis's title: both are Text and Visible in the request. */
export class TitleDouble extends ClientObjectDouble {
  get text(): string {
    throw notLoaded("text");
  }
  set text(value: string) {
    this.setProperty<TitleModel>("Text", value, (title) => {
      this.record("chart.title.text");
      title.text = value;
    });
  }
  get visible(): boolean {
    throw notLoaded("visible");
  }
  set visible(value: boolean) {
    this.setProperty<TitleModel>("Visible", value, (title) => {
      this.record("chart.title.visible");
      title.visible = value;
    });
  }
}

export class ChartLegendDouble extends ClientObjectDouble {
  get visible(): boolean {
    throw notLoaded("visible");
  }
  set visible(value: boolean) {
    this.setProperty<ChartModel["legend"]>("Visible", value, (legend) => {
      this.record("chart.legend.visible");
      legend.visible = value;
    });
  }
  get position(): string {
    throw notLoaded("position");
  }
  set position(value: string) {
    this.setProperty<ChartModel["legend"]>("Position", value, (legend) => {
      legend.position = checkEnum(value, LEGEND_POSITIONS, "A legend's position");
      this.record("chart.legend.position");
    });
  }
}

export class ChartAxesDouble extends ClientObjectDouble {
  get categoryAxis(): ChartAxisDouble {
    return this.navigate(
      "CategoryAxis",
      (axes) => (axes as ChartModel["axes"]).category,
      (path) => new ChartAxisDouble(this.session, path),
    );
  }
  get valueAxis(): ChartAxisDouble {
    return this.navigate(
      "ValueAxis",
      (axes) => (axes as ChartModel["axes"]).value,
      (path) => new ChartAxisDouble(this.session, path),
    );
  }
}

/** minimum and maximum take a number, or "" for the host's own choice. */
export class ChartAxisDouble extends ClientObjectDouble {
  get title(): TitleDouble {
    return this.navigate(
      "Title",
      (axis) => (axis as AxisModel).title,
      (path) => new TitleDouble(this.session, path),
    );
  }
  get minimum(): number {
    throw notLoaded("minimum");
  }
  set minimum(value: number | "") {
    this.setProperty<AxisModel>("Minimum", value, (axis) => {
      axis.minimum = bound(value);
      this.record("chart.axis.minimum");
    });
  }
  get maximum(): number {
    throw notLoaded("maximum");
  }
  set maximum(value: number | "") {
    this.setProperty<AxisModel>("Maximum", value, (axis) => {
      axis.maximum = bound(value);
      this.record("chart.axis.maximum");
    });
  }
  get numberFormat(): string {
    throw notLoaded("numberFormat");
  }
  set numberFormat(value: string) {
    this.setProperty<AxisModel>("NumberFormat", value, (axis) => {
      this.record("chart.axis.numberFormat");
      axis.numberFormat = value;
    });
  }
}

function bound(value: unknown): number | null {
  if (value !== "" && (typeof value !== "number" || !Number.isFinite(value)))
    throw officeError("InvalidArgument", `An axis bound can't be ${String(value)}`);
  return value === "" ? null : value;
}
