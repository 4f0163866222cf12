import type { ChartSeries, SeriesLook } from "../../workbook/chart-plan";
import { xmlAttribute, xmlText } from "../xml/escape";
import { rangeFormula } from "./chart-range";
import { TEXT_SIZE, textProperties } from "./chart-text-xml";

/** Line widths in EMU (12,700 a point): lines thick enough to tell apart in print, outlines thinner. */
const WIDTH = { line: 28575, hollowOutline: 19050, barEdge: 9525 } as const;
const MARKER_SIZE = 7;

const color = (rgb: string) => `<a:solidFill><a:srgbClr val="${xmlAttribute(rgb)}"/></a:solidFill>`;
const outline = (look: SeriesLook, width: number) =>
  `<a:ln w="${width}" cap="rnd">${color(look.color)}<a:prstDash val="${look.dash === "dash" ? "dash" : "solid"}"/><a:round/></a:ln>`;

/**
 * A series of a c:barChart or c:lineChart; `index` is its place among all the chart's series. Its
 * labels and cache carry its cells' number format, as Excel links a label to its cell's format.
 */
export function seriesXml(series: ChartSeries, index: number): string {
  const { numberFormat } = series;
  const bar = series.kind === "bar";
  const shape = bar
    ? series.look.fill === "solid"
      ? `${color(series.look.color)}${outline({ ...series.look, dash: "solid" }, WIDTH.barEdge)}`
      : `<a:noFill/>${outline(series.look, WIDTH.hollowOutline)}`
    : `<a:noFill/>${outline(series.look, WIDTH.line)}`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${xmlText(series.name)}</c:v></c:tx>` +
    `<c:spPr>${shape}</c:spPr>` +
    (bar ? `<c:invertIfNegative val="0"/>` : markerXml(series.look)) +
    (series.look.dataLabels ? dataLabelsXml(bar ? "outEnd" : "t", numberFormat) : "") +
    categoriesXml(series) +
    valuesXml(series, numberFormat) +
    (bar ? "" : `<c:smooth val="0"/>`) +
    `</c:ser>`
  );
}

function markerXml(look: SeriesLook): string {
  if (look.marker === "none") return `<c:marker><c:symbol val="none"/></c:marker>`;
  return (
    `<c:marker><c:symbol val="${look.marker}"/><c:size val="${MARKER_SIZE}"/>` +
    `<c:spPr>${color(look.color)}<a:ln w="${WIDTH.barEdge}">${color(look.color)}</a:ln></c:spPr></c:marker>`
  );
}

/**
 * Each point's value beside it, in the value axis's number format (Indonesian notation in an
 * Indonesian Excel), on a white ground: a line crossing the label (the 100 % line over a bar near
 * 100) passes behind it rather than through the digits.
 */
function dataLabelsXml(position: "outEnd" | "t", numberFormat: string): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${xmlAttribute(numberFormat)}" sourceLinked="0"/><c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    textProperties(TEXT_SIZE.label, "262626") +
    `<c:dLblPos val="${position}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
    `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

/** The categories: a reference to the cells, and the text they held when LAPKIN wrote them. */
function categoriesXml(series: ChartSeries): string {
  const points = series.cachedCategories
    .map((text, i) => (text === "" ? "" : `<c:pt idx="${i}"><c:v>${xmlText(text)}</c:v></c:pt>`))
    .join("");
  return (
    `<c:cat><c:strRef><c:f>${xmlText(rangeFormula(series.categories))}</c:f>` +
    `<c:strCache><c:ptCount val="${series.cachedCategories.length}"/>${points}</c:strCache></c:strRef></c:cat>`
  );
}

/** The values: a reference to the cells, so the chart redraws when a figure changes, and the values LAPKIN computed. */
function valuesXml(series: ChartSeries, numberFormat: string): string {
  const points = series.cachedValues
    .map((value, i) => (value === null || !Number.isFinite(value) ? "" : `<c:pt idx="${i}"><c:v>${String(value)}</c:v></c:pt>`))
    .join("");
  return (
    `<c:val><c:numRef><c:f>${xmlText(rangeFormula(series.values))}</c:f>` +
    `<c:numCache><c:formatCode>${xmlText(numberFormat)}</c:formatCode><c:ptCount val="${series.cachedValues.length}"/>${points}</c:numCache></c:numRef></c:val>`
  );
}
