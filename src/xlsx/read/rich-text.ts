import { unescapeCellText } from "../xml/escape";
import { decodeEntities, nextTag } from "../xml/scan";

/**
 * The plain text of a string item (`<si>` of sharedStrings.xml, `<is>` of an inline string)
 * between `from` and `to`: its `<t>` and its rich-text runs' `<t>`, in order; phonetic guides
 * (`<rPh>`) are not part of what the cell shows.
 */
export function stringItemText(xml: string, from: number, to: number): string {
  let text = "";
  let phonetic = 0;
  let tag = nextTag(xml, from);
  while (tag && tag.start < to) {
    if (tag.name === "rPh") {
      if (tag.kind === "open") phonetic++;
      else if (tag.kind === "close") phonetic--;
    } else if (tag.name === "t" && tag.kind === "open") {
      const close = xml.indexOf("</", tag.end);
      if (phonetic === 0) text += readText(xml, tag.end, close);
      tag = nextTag(xml, close);
      continue;
    }
    tag = nextTag(xml, tag.end);
  }
  return unescapeCellText(text);
}

/** Character data between two offsets, CDATA sections included. */
export function readText(xml: string, from: number, to: number): string {
  const raw = xml.slice(from, to);
  if (!raw.includes("<![CDATA[")) return decodeEntities(raw);
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((piece) => (piece.startsWith("<![CDATA[") ? piece.slice(9, -3) : decodeEntities(piece)))
    .join("");
}
