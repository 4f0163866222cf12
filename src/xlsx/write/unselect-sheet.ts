import { TextEdits } from "../package/text-edits";
import { nextTag } from "../xml/scan";
import { withoutAttribute } from "../xml/attributes";

/**
 * A sheet part with `tabSelected` taken off its sheet views, or null when none had it. Two
 * selected tabs make Excel open the workbook with the sheets grouped, where an edit lands on both.
 */
export function unselectSheetViews(xml: string): string | null {
  const start = xml.indexOf("sheetViews");
  if (start < 0) return null;
  const end = xml.indexOf("sheetViews", start + 10);
  if (end < 0 || !xml.slice(start, end).includes("tabSelected")) return null;
  const edits = new TextEdits(xml);
  for (let tag = nextTag(xml, start - 1); tag && tag.start < end; tag = nextTag(xml, tag.end)) {
    if (tag.name === "sheetView" && tag.kind !== "close" && /\btabSelected\s*=\s*["'](1|true)["']/.test(tag.attributes)) {
      edits.replace(tag.start, tag.end, withoutAttribute(tag, "tabSelected"));
    }
  }
  return edits.changed ? edits.result() : null;
}
