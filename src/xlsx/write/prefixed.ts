import type { Tag } from "../xml/scan";

/** The namespace prefix a part's root element uses ("x:" as the Open XML SDK writes), or "". */
export function prefixOf(root: Tag): string {
  const colon = root.qualified.indexOf(":");
  return colon < 0 ? "" : root.qualified.slice(0, colon + 1);
}

/** LAPKIN's own unprefixed markup, given the prefix of the part it goes into. */
export function withPrefix(xml: string, prefix: string): string {
  return prefix ? xml.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${prefix}`) : xml;
}
