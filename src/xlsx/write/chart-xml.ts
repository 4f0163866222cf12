import type { ChartAxis, ChartPlan } from "../../workbook/chart-plan";
import { xmlAttribute } from "../xml/escape";
import { seriesXml } from "./chart-series-xml";
import { CHART_LANGUAGE, TEXT_SIZE, richText, textProperties } from "./chart-text-xml";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

/** The two axes every series shares; the ids only need to be unique within the chart. */
const AXIS_ID = { category: 1001, value: 1002 } as const;
const GRIDLINE = "D9D9D9";
const AXIS_LINE = "7F7F7F";
const TEXT = "404040";

/**
 * A chart part (xl/charts/chartN.xml): the plan's bar series as one clustered column chart and
 * its line series as a line chart over the same two axes, each series bound to its cells and
 * carrying LAPKIN's values as its cache. Elements in the order dml-chart.xsd's sequences require.
 */
export function chartXml(plan: ChartPlan): string {
  const indexed = plan.series.map((series, index) => ({ series, index }));
  const of = (kind: "bar" | "line") =>
    indexed
      .filter((s) => s.series.kind === kind)
      .map((s) => seriesXml(s.series, s.index))
      .join("");
  const axisIds = `<c:axId val="${AXIS_ID.category}"/><c:axId val="${AXIS_ID.value}"/>`;
  const bars = of("bar");
  const lines = of("line");
  const barChart = bars
    ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars}<c:gapWidth val="80"/>${axisIds}</c:barChart>`
    : "";
  const lineChart =
    lines || !bars
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/>${axisIds}</c:lineChart>`
      : "";
  const legend =
    plan.legend === "bottom"
      ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(TEXT_SIZE.label, TEXT)}</c:legend>`
      : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="${CHART_LANGUAGE}"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${richText(plan.title, TEXT_SIZE.title, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${barChart}${lineChart}` +
    categoryAxisXml(plan.categoryAxis) +
    valueAxisXml(plan.valueAxis) +
    `</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="${GRIDLINE}"/></a:solidFill></a:ln></c:spPr>` +
    `${textProperties(TEXT_SIZE.label, TEXT)}</c:chartSpace>`
  );
}

function axisTitle(axis: ChartAxis): string {
  return axis.title === null ? "" : `<c:title>${richText(axis.title, TEXT_SIZE.axisTitle, false)}<c:overlay val="0"/></c:title>`;
}

const line = (rgb: string) => `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></a:ln></c:spPr>`;

/** Bounds where the plan sets them (the value axis from 0, say); absent, the host chooses. */
function scaling(axis: ChartAxis): string {
  const max = axis.max === null ? "" : `<c:max val="${axis.max}"/>`;
  const min = axis.min === null ? "" : `<c:min val="${axis.min}"/>`;
  return `<c:scaling><c:orientation val="minMax"/>${max}${min}</c:scaling>`;
}

function categoryAxisXml(axis: ChartAxis): string {
  return (
    `<c:catAx><c:axId val="${AXIS_ID.category}"/>${scaling(axis)}<c:delete val="0"/><c:axPos val="b"/>${axisTitle(axis)}` +
    `<c:numFmt formatCode="${xmlAttribute(axis.numberFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${line(AXIS_LINE)}${textProperties(TEXT_SIZE.label, TEXT)}` +
    `<c:crossAx val="${AXIS_ID.value}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

function valueAxisXml(axis: ChartAxis): string {
  return (
    `<c:valAx><c:axId val="${AXIS_ID.value}"/>${scaling(axis)}<c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines>${line(GRIDLINE)}</c:majorGridlines>${axisTitle(axis)}` +
    `<c:numFmt formatCode="${xmlAttribute(axis.numberFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${line(AXIS_LINE)}${textProperties(TEXT_SIZE.label, TEXT)}` +
    `<c:crossAx val="${AXIS_ID.category}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}
