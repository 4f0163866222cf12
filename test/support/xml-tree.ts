import { XMLParser } from "fast-xml-parser";

/** A plain element tree, children in document order, for asserting on manifests. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

export function parseXml(xml: string): XmlElement {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: true, trimValues: true });
  const nodes = parser.parse(xml) as OrderedNode[];
  const root = nodes.map(toElement).find((e): e is XmlElement => e !== null && !e.name.startsWith("?"));
  if (!root) throw new Error("no root element");
  return root;
}

function toElement(node: OrderedNode): XmlElement | null {
  const name = Object.keys(node).find((k) => k !== ":@");
  if (!name || name === "#text") return null;
  const content = node[name] as OrderedNode[];
  const children = content.map(toElement).filter((e): e is XmlElement => e !== null);
  const text = content
    .map((c) => (typeof c["#text"] === "string" || typeof c["#text"] === "number" ? String(c["#text"]) : ""))
    .join("");
  return { name, attrs: node[":@"] ?? {}, children, text };
}

export function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    yield child;
    yield* descendants(child);
  }
}

/** Local name without the namespace prefix: "bt:Image" -> "Image". */
export const localName = (element: XmlElement) => element.name.replace(/^.*:/, "");

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => localName(c) === name);
}
