import { xmlAttribute, xmlText } from "../xml/escape";

/** Chart text is Indonesian: spelling and number parsing in Excel's editors follow it. */
export const CHART_LANGUAGE = "id-ID";

/** Text sizes in hundredths of a point, as DrawingML counts them. */
export const TEXT_SIZE = { title: 1200, axisTitle: 1000, label: 900 } as const;

/** A text of its own (a title), as c:tx holds it. */
export function richText(text: string, size: number, bold: boolean): string {
  const properties = `sz="${size}" b="${bold ? 1 : 0}"`;
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${properties}/></a:pPr>` +
    `<a:r><a:rPr lang="${CHART_LANGUAGE}" ${properties}/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

/** The look of text the chart writes itself (tick labels, data labels, the legend), as c:txPr holds it. */
export function textProperties(size: number, color?: string): string {
  const fill = color ? `<a:solidFill><a:srgbClr val="${xmlAttribute(color)}"/></a:solidFill>` : "";
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}">${fill}</a:defRPr></a:pPr><a:endParaRPr lang="${CHART_LANGUAGE}"/></a:p></c:txPr>`;
}
