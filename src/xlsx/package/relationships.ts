import { xmlAttribute } from "../xml/escape";
import { attributesOf, tags, type Tag } from "../xml/scan";
import { resolveTarget } from "./part-names";
import { TextEdits } from "./text-edits";

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  chartsheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  threadedComment: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
} as const;

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  /** The part it points to, resolved; null for an external target (a URL, another file). */
  readonly part: string | null;
  readonly tag: Tag;
}

export function readRelationships(xml: string | null, sourcePart: string): Relationship[] {
  if (xml === null) return [];
  const out: Relationship[] = [];
  for (const tag of tags(xml)) {
    if (tag.name !== "Relationship" || tag.kind === "close") continue;
    const a = attributesOf(tag);
    const target = a.get("Target") ?? "";
    const external = a.get("TargetMode") === "External";
    out.push({
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target,
      part: external ? null : resolveTarget(sourcePart, target),
      tag,
    });
  }
  return out;
}

/** A relationships part being edited: relationships added (with fresh ids) or removed; the rest kept as written. */
export class RelationshipsEdit {
  private readonly edits: TextEdits;
  private readonly existing: Relationship[];
  private readonly ids: Set<string>;
  private readonly closeAt: number;

  constructor(xml: string | null, sourcePart: string) {
    let text =
      xml ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}"></Relationships>`;
    // <Relationships .../> with nothing in it: opened, so that relationships can go inside.
    text = text.replace(/<([\w:]*Relationships)\b([^>]*?)\s*\/>\s*$/, "<$1$2></$1>");
    this.edits = new TextEdits(text);
    this.existing = readRelationships(text, sourcePart);
    this.ids = new Set(this.existing.map((r) => r.id));
    this.closeAt = text.lastIndexOf("</");
  }

  get relationships(): readonly Relationship[] {
    return this.existing;
  }

  /** Adds a relationship under the lowest free id, so that a regeneration gives the same ids. */
  add(type: string, target: string): string {
    let n = 1;
    while (this.ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.ids.add(id);
    this.edits.insert(this.closeAt, `<Relationship Id="${id}" Type="${type}" Target="${xmlAttribute(target)}"/>`);
    return id;
  }

  remove(relationship: Relationship): void {
    this.edits.replace(relationship.tag.start, relationship.tag.end, "");
    this.ids.delete(relationship.id);
  }

  /** Whether a relationship was added or removed (a part created with none stays unwritten). */
  get changed(): boolean {
    return this.edits.changed;
  }

  result(): string {
    return this.edits.result();
  }
}
