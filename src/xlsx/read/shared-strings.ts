import { tags } from "../xml/scan";
import { stringItemText } from "./rich-text";

/** sharedStrings.xml as the list of each item's plain text. */
export function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const out: string[] = [];
  let itemStart = -1;
  for (const tag of tags(xml)) {
    if (tag.name !== "si") continue;
    if (tag.kind === "empty") out.push("");
    else if (tag.kind === "open") itemStart = tag.end;
    else {
      out.push(stringItemText(xml, itemStart, tag.start));
    }
  }
  return out;
}
