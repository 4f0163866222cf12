import { attribute, tags } from "../xml/scan";
import { BUILTIN_FORMATS } from "./builtin-formats";

/** The number format code of each cell style (cellXfs index), null for General. */
export function readCellFormats(stylesXml: string | null): (string | null)[] {
  if (stylesXml === null) return [];
  const custom = new Map<number, string>();
  const formats: (string | null)[] = [];
  let inCellXfs = false;
  for (const tag of tags(stylesXml)) {
    if (tag.name === "numFmt" && tag.kind !== "close") {
      custom.set(Number(attribute(tag, "numFmtId")), attribute(tag, "formatCode") ?? "");
    } else if (tag.name === "cellXfs") {
      inCellXfs = tag.kind === "open";
    } else if (inCellXfs && tag.name === "xf" && tag.kind !== "close") {
      const id = Number(attribute(tag, "numFmtId") ?? 0);
      const code = custom.get(id) ?? BUILTIN_FORMATS.get(id) ?? "General";
      formats.push(code === "General" ? null : code);
    }
  }
  return formats;
}
