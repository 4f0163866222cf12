import type { CellStyle } from "../../workbook/plan";
import { TextEdits } from "../package/text-edits";
import { BUILTIN_FORMATS } from "../read/builtin-formats";
import { xmlAttribute } from "../xml/escape";
import { attribute, elementEnd, nextTag, rootTag, type Tag } from "../xml/scan";
import { prefixOf, withPrefix } from "./prefixed";

/** The children of styleSheet in the schema's order: a missing collection is created in its place. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
type Collection = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const BORDER_COLOR = "FF7F8C87";
const FIRST_CUSTOM_FORMAT = 164;

interface Existing {
  open: Tag | null;
  /** Where new children go: before the closing tag. */
  insertAt: number;
  children: string[];
  added: string[];
}

/**
 * styles.xml with LAPKIN's styles appended: fonts, fills, borders, number formats and cell formats
 * it needs, each reused when the part already holds the same one (so a regeneration adds nothing),
 * counts updated; everything else of the part kept as written.
 */
export class StylesEdit {
  private readonly xml: string;
  private readonly prefix: string;
  private readonly collections = new Map<Collection, Existing>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly xfCache = new Map<string, number>();

  constructor(xml: string | null) {
    this.xml = xml ?? MINIMAL_STYLES;
    const root = rootTag(this.xml);
    this.prefix = prefixOf(root);
    for (const name of ["numFmts", "fonts", "fills", "borders", "cellXfs"] as const)
      this.collections.set(name, this.readCollection(name));
    for (const [id, code] of BUILTIN_FORMATS) this.formatIds.set(code, id);
    for (const child of this.collections.get("numFmts")!.children) {
      const tag = nextTag(child, 0)!;
      const id = Number(attribute(tag, "numFmtId"));
      const code = attribute(tag, "formatCode");
      if (code !== null && !this.formatIds.has(code)) this.formatIds.set(code, id);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
  }

  /** The cellXfs index for a LAPKIN style, with a cell's own number format overriding the style's. */
  xfFor(style: CellStyle, numberFormat?: string): number {
    const key = JSON.stringify([style, numberFormat ?? null]);
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const code = numberFormat ?? style.numberFormat;
    const numFmtId = code ? this.formatId(code) : 0;
    const fontId = this.indexOf("fonts", fontXml(style));
    const fillId = style.fill ? this.indexOf("fills", fillXml(style.fill)) : 0;
    const borderId = style.border ? this.indexOf("borders", BORDER_XML) : 0;
    const alignment = alignmentXml(style);
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ""} applyFont="1"${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}` +
      (alignment ? ` applyAlignment="1">${alignment}</xf>` : "/>");
    const index = this.indexOf("cellXfs", xf);
    this.xfCache.set(key, index);
    return index;
  }

  get changed(): boolean {
    return [...this.collections.values()].some((c) => c.added.length > 0);
  }

  result(): string {
    const edits = new TextEdits(this.xml);
    for (const [name, c] of this.collections) {
      if (c.added.length === 0) continue;
      const count = c.children.length;
      const added = withPrefix(c.added.join(""), this.prefix);
      if (c.open === null) {
        edits.insert(
          c.insertAt,
          withPrefix(`<${name} count="${count}">`, this.prefix) + added + withPrefix(`</${name}>`, this.prefix),
        );
      } else {
        const attributes = /\bcount\s*=\s*("[^"]*"|'[^']*')/.test(c.open.attributes)
          ? c.open.attributes.replace(/\bcount\s*=\s*("[^"]*"|'[^']*')/, `count="${count}"`)
          : `${c.open.attributes} count="${count}"`;
        if (c.open.kind === "empty") {
          edits.replace(c.open.start, c.open.end, `<${c.open.qualified}${attributes}>${added}</${c.open.qualified}>`);
        } else {
          edits.replace(c.open.start, c.open.end, `<${c.open.qualified}${attributes}>`);
          edits.insert(c.insertAt, added);
        }
      }
    }
    return edits.result();
  }

  private formatId(code: string): number {
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.add("numFmts", `<numFmt numFmtId="${id}" formatCode="${xmlAttribute(code)}"/>`);
    return id;
  }

  private indexOf(name: Collection, child: string): number {
    const c = this.collections.get(name)!;
    const found = c.children.indexOf(withPrefix(child, this.prefix));
    return found >= 0 ? found : this.add(name, child);
  }

  private add(name: Collection, child: string): number {
    const c = this.collections.get(name)!;
    c.children.push(withPrefix(child, this.prefix));
    c.added.push(child);
    return c.children.length - 1;
  }

  private readCollection(name: Collection): Existing {
    const root = rootTag(this.xml);
    let depth = 0;
    for (let tag = nextTag(this.xml, root.end); tag;) {
      if (depth === 0 && tag.kind !== "close" && tag.name === name) {
        const children: string[] = [];
        if (tag.kind === "empty") return { open: tag, insertAt: tag.end, children, added: [] };
        let child = nextTag(this.xml, tag.end);
        while (child && !(child.kind === "close" && child.name === name)) {
          const end = elementEnd(this.xml, child);
          children.push(this.xml.slice(child.start, end));
          child = nextTag(this.xml, end);
        }
        return { open: tag, insertAt: child!.start, children, added: [] };
      }
      if (depth === 0 && tag.kind !== "close" && ORDER.indexOf(tag.name) > ORDER.indexOf(name)) {
        return { open: null, insertAt: tag.start, children: [], added: [] };
      }
      if (tag.kind === "close" && depth === 0) return { open: null, insertAt: tag.start, children: [], added: [] };
      if (tag.kind === "open") depth++;
      else if (tag.kind === "close") depth--;
      tag = nextTag(this.xml, tag.end);
    }
    return { open: null, insertAt: this.xml.length, children: [], added: [] };
  }
}

const BORDER_XML = ["left", "right", "top", "bottom"]
  .map((side) => `<${side} style="thin"><color rgb="${BORDER_COLOR}"/></${side}>`)
  .join("")
  .replace(/^/, "<border>")
  .concat("<diagonal/></border>");

function fontXml(style: CellStyle): string {
  return `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}${style.underline ? "<u/>" : ""}<sz val="${style.size ?? 11}"/><name val="Calibri"/><family val="2"/></font>`;
}

function fillXml(rgb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb.toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function alignmentXml(style: CellStyle): string {
  const parts = [
    style.horizontal ? ` horizontal="${style.horizontal}"` : "",
    style.vertical ? ` vertical="${style.vertical === "middle" ? "center" : "top"}"` : "",
    style.wrap ? ' wrapText="1"' : "",
  ].join("");
  return parts ? `<alignment${parts}/>` : "";
}
