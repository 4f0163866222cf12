import { a1 } from "../../../src/workbook/a1";
import type { ChartPlan } from "../../../src/workbook/chart-plan";
import { markReference } from "../../../src/workbook/marks";
import type { Rect } from "../../../src/workbook/plan";
import type { RecordedChart } from "./chart-model";

const EXCEL_TYPE = { bar: "ColumnClustered", line: "Line" } as const;
const MARKER = { none: "None", circle: "Circle", square: "Square", triangle: "Triangle" } as const;
const corner = (rect: Rect, end: boolean) => (end ? a1(rect.bottom, rect.right) : a1(rect.top, rect.left));

/**
 * What Excel should hold for a chart plan, in Excel's own words (the list): the chart's
 * name, type and title, where it sits, its legend, each axis's bounds, number format and title,
 * and per series its name, type, cells as addresses, fill, line, markers and data labels. The
 * double's record (ExcelDouble.charts) is held to it; a test of the file door's charts can read
 * the file's chart into the same shape and be held to the same plan.
 */
export function expectedChart(plan: ChartPlan): RecordedChart {
  const title = (text: string | null) => ({ text: text || null, visible: Boolean(text) });
  return {
    name: plan.id,
    chartType: EXCEL_TYPE[plan.type],
    title: title(plan.title),
    position: { start: corner(plan.anchor, false), end: corner(plan.anchor, true) },
    legend: plan.legend === "none" ? { visible: false, position: null } : { visible: true, position: "Bottom" },
    axes: {
      category: {
        minimum: null,
        maximum: null,
        numberFormat: plan.categoryAxis.numberFormat,
        title: title(plan.categoryAxis.title),
      },
      value: {
        minimum: plan.valueAxis.min,
        maximum: plan.valueAxis.max,
        numberFormat: plan.valueAxis.numberFormat,
        title: title(plan.valueAxis.title),
      },
    },
    series: plan.series.map((s) => {
      const color = `#${s.look.color}`;
      const line = s.kind === "line";
      return {
        name: s.name,
        chartType: EXCEL_TYPE[s.kind],
        values: markReference(s.values.sheet, s.values.rect),
        categories: markReference(s.categories.sheet, s.categories.rect),
        fill: line ? "automatic" : s.look.fill === "solid" ? { solid: color } : "none",
        line: { color, style: s.look.dash === "dash" ? "Dash" : "Continuous" },
        markerStyle: line ? MARKER[s.look.marker] : null,
        markerBackgroundColor: line && s.look.marker !== "none" ? color : null,
        markerForegroundColor: line && s.look.marker !== "none" ? color : null,
        hasDataLabels: s.look.dataLabels,
      };
    }),
  };
}
