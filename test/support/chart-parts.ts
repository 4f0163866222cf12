import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import type { Rect } from "../../src/workbook/plan";

/**
 * What an .xlsx file's charts hold, read from its parts by their relationships (workbook -> sheet
 * -> drawing -> chart), whoever wrote them (LAPKIN, LibreOffice, Excel): for comparing a file's
 * charts with the plans, or with what the Office.js double recorded. Elements are found by local
 * name, so any namespace prefix reads alike.
 */
export interface FileChartSeries {
  readonly name: string;
  /** The chart group the series is in: "bar" (c:barChart), "line" (c:lineChart), or another group's name. */
  readonly kind: string;
  /** Series formulas as written: 'Rencana Aksi'!$B$5:$B$9; null for literal data. */
  readonly categoriesFormula: string | null;
  readonly valuesFormula: string | null;
  /** Each point by its index (ptCount long); null where the cache has no point. */
  readonly cachedCategories: readonly (string | null)[];
  readonly cachedValues: readonly (number | null)[];
  readonly valuesFormatCode: string | null;
  readonly look: {
    /** RGB hex, upper case: the fill's colour, else the line's. */
    readonly color: string | null;
    readonly fill: "solid" | "none" | null;
    /** The line's (or outline's) preset dash, "solid" when none is given. */
    readonly dash: string;
    /** The marker symbol; null when the series has no marker element. */
    readonly marker: string | null;
    readonly dataLabels: boolean;
  };
}

export interface FileChartAxis {
  readonly title: string | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly numberFormat: string | null;
}

export interface FileChart {
  /** The sheet the chart is drawn on, its chart part, and its frame's name and alt text. */
  readonly sheet: string;
  readonly part: string;
  readonly name: string;
  readonly altTitle: string;
  readonly description: string;
  /** The cells the frame covers (0-based, inclusive), from its two-cell anchor. */
  readonly anchor: Rect | null;
  readonly title: string | null;
  /** The chart groups in the plot area, in order: ["bar", "line"]. */
  readonly groups: readonly string[];
  readonly barDirection: string | null;
  readonly grouping: string | null;
  readonly series: readonly FileChartSeries[];
  readonly categoryAxis: FileChartAxis | null;
  readonly valueAxis: FileChartAxis | null;
  /** "bottom", "top", "left", "right", "topRight", or "none" without a legend. */
  readonly legend: string;
}

interface Node {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly Node[];
  readonly text: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

// Text stays text (a category "007" is not the number 7); order is kept, as the schema's sequences need it.
const PARSER = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  preserveOrder: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
});

function parse(xml: string): Node {
  const toNode = (item: Ordered): Node | null => {
    const name = Object.keys(item).find((k) => k !== ":@");
    if (!name || name === "#text" || name.startsWith("?")) return null;
    const content = item[name] as Ordered[];
    return {
      name: name.replace(/^.*:/, ""),
      attrs: Object.fromEntries(Object.entries(item[":@"] ?? {}).map(([k, v]) => [k.replace(/^(?!xmlns).*:/, ""), String(v)])),
      children: content.map(toNode).filter((n): n is Node => n !== null),
      text: content.map((c) => (c["#text"] === undefined ? "" : String(c["#text"]))).join(""),
    };
  };
  const root = (PARSER.parse(xml) as Ordered[]).map(toNode).find((n) => n !== null);
  if (!root) throw new Error("no root element");
  return root;
}

const child = (node: Node | undefined, name: string) => node?.children.find((c) => c.name === name);
const children = (node: Node | undefined, name: string) => node?.children.filter((c) => c.name === name) ?? [];
const path = (node: Node | undefined, ...names: string[]) => names.reduce<Node | undefined>((n, name) => child(n, name), node);
const val = (node: Node | undefined) => node?.attrs.val;
function* all(node: Node, name: string): Generator<Node> {
  for (const c of node.children) {
    if (c.name === name) yield c;
    yield* all(c, name);
  }
}
/** CT_Boolean: an element without val means true. */
const flag = (node: Node | undefined) => node !== undefined && !["0", "false"].includes(node.attrs.val ?? "1");
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
const decode = (text: string) =>
  text.replace(/&(?:(lt|gt|quot|apos|amp)|#x([0-9a-fA-F]+)|#(\d+));/g, (_, named?: string, hex?: string, decimal?: string) =>
    named ? ENTITIES[named]! : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(decimal)),
  );
const textOf = (node: Node | undefined) => (node ? [...all(node, "t")].map((t) => decode(t.text)).join("") : null);
const number = (text: string | undefined) => (text === undefined || text === "" ? null : Number(text));

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly part: string;
}

function resolve(source: string, target: string): string {
  const parts = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/");
}

/** Every chart drawn on a worksheet of the file, sheet by sheet in tab order, frames in drawing order. */
export function chartsOf(bytes: Uint8Array): FileChart[] {
  const files = unzipSync(bytes);
  const text = (part: string) => {
    const found = files[part];
    return found ? strFromU8(found) : null;
  };
  const relationships = (part: string): Relationship[] => {
    const slash = part.lastIndexOf("/");
    const xml = text(`${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`);
    if (!xml) return [];
    return children(parse(xml), "Relationship")
      .filter((r) => r.attrs.TargetMode !== "External")
      .map((r) => ({ id: r.attrs.Id!, type: r.attrs.Type!.replace(/^.*\//, ""), part: resolve(part, decode(r.attrs.Target!)) }));
  };
  const workbookPart = relationships("").find((r) => r.type === "officeDocument")?.part ?? "xl/workbook.xml";
  const workbookRels = relationships(workbookPart);
  const sheets = children(child(parse(text(workbookPart)!), "sheets"), "sheet");
  const charts: FileChart[] = [];
  for (const sheet of sheets) {
    const sheetPart = workbookRels.find((r) => r.id === sheet.attrs.id)?.part;
    if (!sheetPart || !text(sheetPart)) continue;
    for (const drawing of relationships(sheetPart).filter((r) => r.type === "drawing")) {
      const xml = text(drawing.part);
      if (!xml) continue;
      const drawingRels = relationships(drawing.part);
      for (const anchor of parse(xml).children) {
        for (const frame of all(anchor, "graphicFrame")) {
          const reference = [...all(frame, "chart")][0];
          const chartPart = drawingRels.find((r) => r.id === reference?.attrs.id)?.part;
          const chartXml = chartPart ? text(chartPart) : null;
          if (!chartPart || !chartXml) continue;
          const properties = path(frame, "nvGraphicFramePr", "cNvPr");
          charts.push({
            sheet: decode(sheet.attrs.name!),
            part: chartPart,
            name: decode(properties?.attrs.name ?? ""),
            altTitle: decode(properties?.attrs.title ?? ""),
            description: decode(properties?.attrs.descr ?? ""),
            anchor: anchorOf(anchor),
            ...chartOf(parse(chartXml)),
          });
        }
      }
    }
  }
  return charts;
}

function anchorOf(anchor: Node): Rect | null {
  const from = child(anchor, "from");
  const to = child(anchor, "to");
  if (!from || !to) return null;
  const at = (marker: Node, name: string) => Number(child(marker, name)!.text);
  // A frame that ends exactly on a cell's top-left corner doesn't cover that cell.
  const end = (cell: string, offset: string) => at(to, cell) - (at(to, offset) === 0 ? 1 : 0);
  return { top: at(from, "row"), left: at(from, "col"), bottom: end("row", "rowOff"), right: end("col", "colOff") };
}

const GROUP_KINDS: Record<string, string> = { barChart: "bar", bar3DChart: "bar3D", lineChart: "line", line3DChart: "line3D" };
const LEGEND: Record<string, string> = { b: "bottom", t: "top", l: "left", r: "right", tr: "topRight" };

function chartOf(space: Node): Omit<FileChart, "sheet" | "part" | "name" | "altTitle" | "description" | "anchor"> {
  const chart = child(space, "chart")!;
  const plot = child(chart, "plotArea")!;
  const groups = plot.children.filter((c) => c.name.endsWith("Chart"));
  const series = groups
    .flatMap((group) => children(group, "ser").map((ser) => ({ ser, kind: GROUP_KINDS[group.name] ?? group.name })))
    .sort((a, b) => Number(val(child(a.ser, "order"))) - Number(val(child(b.ser, "order"))))
    .map(({ ser, kind }) => seriesOf(ser, kind));
  const bar = groups.find((g) => g.name === "barChart");
  const legend = child(chart, "legend");
  return {
    title: textOf(child(chart, "title")),
    groups: groups.map((g) => GROUP_KINDS[g.name] ?? g.name),
    barDirection: val(child(bar, "barDir")) ?? null,
    grouping: val(child(bar ?? groups[0], "grouping")) ?? null,
    series,
    categoryAxis: axisOf(child(plot, "catAx") ?? child(plot, "dateAx")),
    valueAxis: axisOf(child(plot, "valAx")),
    legend: legend ? (LEGEND[val(child(legend, "legendPos")) ?? "r"] ?? "right") : "none",
  };
}

function axisOf(axis: Node | undefined): FileChartAxis | null {
  if (!axis) return null;
  const scaling = child(axis, "scaling");
  return {
    title: textOf(child(axis, "title")),
    min: number(val(child(scaling, "min"))),
    max: number(val(child(scaling, "max"))),
    numberFormat: child(axis, "numFmt")?.attrs.formatCode ?? null,
  };
}

function seriesOf(ser: Node, kind: string): FileChartSeries {
  const tx = child(ser, "tx");
  const name = child(tx, "v")?.text ?? path(tx, "strRef", "strCache", "pt", "v")?.text ?? "";
  const shape = child(ser, "spPr");
  const line = child(shape, "ln");
  const colorOf = (node: Node | undefined) => val(path(node, "solidFill", "srgbClr"))?.toUpperCase() ?? null;
  const category = child(ser, "cat");
  const categoryRef = category?.children[0];
  const values = path(ser, "val", "numRef") ?? path(ser, "val", "numLit");
  const cache = child(values, "numCache") ?? (values?.name === "numLit" ? values : undefined);
  return {
    name: decode(name),
    kind,
    categoriesFormula: categoryRef && child(categoryRef, "f") ? decode(child(categoryRef, "f")!.text) : null,
    valuesFormula: child(values, "f") ? decode(child(values, "f")!.text) : null,
    cachedCategories: categoryRef ? categoryPoints(categoryRef) : [],
    cachedValues: points(cache).map((v) => (v === null ? null : Number(v))),
    valuesFormatCode: child(cache, "formatCode")?.text ?? null,
    look: {
      color: colorOf(shape) ?? colorOf(line),
      fill: child(shape, "solidFill") ? "solid" : child(shape, "noFill") ? "none" : null,
      dash: val(child(line, "prstDash")) ?? "solid",
      marker: val(path(ser, "marker", "symbol")) ?? null,
      dataLabels: flag(path(ser, "dLbls", "showVal")) && !flag(path(ser, "dLbls", "delete")),
    },
  };
}

/** A cache's points by index, ptCount long. */
function points(cache: Node | undefined): (string | null)[] {
  if (!cache) return [];
  const out: (string | null)[] = Array.from({ length: Number(val(child(cache, "ptCount")) ?? 0) }, () => null);
  for (const pt of children(cache, "pt")) out[Number(pt.attrs.idx)] = decode(child(pt, "v")?.text ?? "");
  return out;
}

/**
 * Categories from a strRef/numRef cache, or from a multi-level cache: its innermost level. For a
 * row of categories LibreOffice writes a cache of one point with one level per cell (innermost
 * first), which is read back as one label a cell.
 */
function categoryPoints(reference: Node): (string | null)[] {
  const cache = child(reference, "strCache") ?? child(reference, "numCache") ?? child(reference, "multiLvlStrCache");
  if (cache?.name !== "multiLvlStrCache") return points(cache);
  const levels = children(cache, "lvl");
  const count = Number(val(child(cache, "ptCount")) ?? 0);
  if (count === 1 && levels.length > 1)
    return levels
      .map((level) => child(level, "pt"))
      .map((pt) => (pt ? decode(child(pt, "v")?.text ?? "") : null))
      .reverse();
  const innermost: (string | null)[] = Array.from({ length: count }, () => null);
  for (const pt of children(levels[0], "pt")) innermost[Number(pt.attrs.idx)] = decode(child(pt, "v")?.text ?? "");
  return innermost;
}
