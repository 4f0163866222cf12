import type { ChartPlan } from "../../workbook/chart-plan";
import { xmlAttribute } from "../xml/escape";

const NS = {
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

/** A chart to place in a drawing, with the id of the drawing's relationship to its chart part. */
export interface PlacedChart {
  readonly plan: ChartPlan;
  readonly relId: string;
}

/**
 * A sheet's drawing part (xl/drawings/drawingN.xml): each chart in a frame anchored to the cells it
 * covers (moving and sizing with them), named by the plan's id as the Excel door names its chart,
 * with the title and the description as alt text for a screen reader.
 */
export function drawingXml(charts: readonly PlacedChart[]): string {
  const anchors = charts.map(({ plan, relId }, i) => {
    const { top, left, bottom, right } = plan.anchor;
    const marker = (tag: "from" | "to", column: number, row: number) =>
      `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor>${marker("from", left, top)}${marker("to", right + 1, bottom + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
      // id 1 is the drawing's own; Excel numbers its objects from 2.
      `<xdr:cNvPr id="${i + 2}" name="${xmlAttribute(plan.id)}" title="${xmlAttribute(plan.title)}" descr="${xmlAttribute(plan.description)}"/>` +
      `<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relId}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`
  );
}
