import type { PlanNote } from "../../workbook/plan";
import { a1 as cellAddress } from "../../workbook/a1";
import { cellText } from "../xml/escape";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NOTE_AUTHOR = "LAPKIN";

/** The comments part: one note per cell, the text as written (Excel shows it as a note, LibreOffice as a comment). */
export function commentsXml(notes: readonly PlanNote[]): string {
  const list = notes
    .map(
      (n) =>
        `<comment ref="${cellAddress(n.row, n.column)}" authorId="0"><text><r><t xml:space="preserve">${cellText(n.text)}</t></r></text></comment>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>${NOTE_AUTHOR}</author></authors><commentList>${list}</commentList></comments>`;
}

/**
 * The legacy VML drawing Excel still needs to show notes: one hidden note shape per cell,
 * anchored beside it (x:Row and x:Column are 0-based).
 */
export function notesVml(notes: readonly PlanNote[], firstBlock: number): string {
  // Shape ids come in blocks of 1,024 named by o:idmap; a block of its own keeps them apart from other sheets' notes.
  const blocks = Array.from({ length: Math.floor(notes.length / 1024) + 1 }, (_, i) => firstBlock + i);
  const shapes = notes
    .map(
      (n, i) =>
        `<v:shape id="_x0000_s${firstBlock * 1024 + 1 + i}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:80pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
        `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
        `<x:Anchor>${n.column + 1}, 15, ${n.row}, 2, ${n.column + 4}, 15, ${n.row + 5}, 2</x:Anchor>` +
        `<x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.column}</x:Column></x:ClientData></v:shape>`,
    )
    .join("");
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(",")}"/></o:shapelayout>` +
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
    `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes}</xml>`
  );
}
