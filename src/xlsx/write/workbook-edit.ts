import { TextEdits } from "../package/text-edits";
import type { PackageMap } from "../read/package-map";
import { xmlAttribute, xmlText } from "../xml/escape";
import { withAttribute } from "../xml/attributes";
import { nextTag, qualifiedAttributesOf, rootTag, type Tag } from "../xml/scan";
import { prefixOf, withPrefix } from "./prefixed";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A defined name to write: workbook-level, or local to the sheet at a tab index. */
export interface NameToWrite {
  readonly name: string;
  readonly text: string;
  readonly localSheetId?: number;
  readonly hidden?: boolean;
}

/**
 * workbook.xml being edited: sheets appended, defined names removed and added, the active tab set.
 * Every other element and attribute is kept as written.
 */
export class WorkbookEdit {
  private readonly edits: TextEdits;
  private readonly prefix: string;
  private readonly relPrefix: string | null;
  private readonly top = new Map<string, Tag>();
  private readonly closes = new Map<string, Tag>();
  private readonly rootClose: number;
  private readonly newSheets: string[] = [];
  private readonly newNames: string[] = [];
  private firstWorkbookView: Tag | null = null;

  constructor(
    private readonly xml: string,
    private readonly map: PackageMap,
  ) {
    this.edits = new TextEdits(xml);
    const root = rootTag(xml);
    this.prefix = prefixOf(root);
    const declared = [...qualifiedAttributesOf(root)].find(([name, value]) => name.startsWith("xmlns:") && value === REL_NS);
    this.relPrefix = declared ? declared[0].slice(6) : null;
    let depth = 0;
    for (let tag = nextTag(xml, root.end); tag; tag = nextTag(xml, tag.end)) {
      if (depth === 0 && tag.kind !== "close") this.top.set(tag.name, tag);
      if (depth === 1 && tag.name === "workbookView" && tag.kind !== "close" && !this.firstWorkbookView)
        this.firstWorkbookView = tag;
      if (tag.kind === "open") depth++;
      else if (tag.kind === "close") {
        depth--;
        if (depth === 0) this.closes.set(tag.name, tag);
      }
    }
    this.rootClose = xml.lastIndexOf("</");
  }

  appendSheet(name: string, sheetId: number, relId: string): void {
    const id = this.relPrefix ? `${this.relPrefix}:id="${relId}"` : `xmlns:r="${REL_NS}" r:id="${relId}"`;
    this.newSheets.push(`<sheet name="${xmlAttribute(name)}" sheetId="${sheetId}" ${id}/>`);
  }

  /** Removes every defined name `drop` selects and adds `names`. */
  replaceNames(drop: (name: { name: string; localSheetId: number | null }) => boolean, names: readonly NameToWrite[]): void {
    for (const found of this.map.definedNames) if (drop(found)) this.edits.replace(found.start, found.end, "");
    for (const n of names) {
      const local = n.localSheetId === undefined ? "" : ` localSheetId="${n.localSheetId}"`;
      this.newNames.push(
        `<definedName name="${xmlAttribute(n.name)}"${local}${n.hidden ? ' hidden="1"' : ""}>${xmlText(n.text)}</definedName>`,
      );
    }
  }

  /** The tab Excel opens on. */
  setActiveTab(index: number): void {
    const view = this.firstWorkbookView;
    if (view) {
      this.edits.replace(view.start, view.end, withAttribute(view, "activeTab", String(index)));
      return;
    }
    const bookViews = this.top.get("bookViews");
    const markup = withPrefix(`<workbookView activeTab="${index}"/>`, this.prefix);
    if (bookViews && bookViews.kind === "open") this.edits.insert(this.closes.get("bookViews")!.start, markup);
    else if (bookViews)
      this.edits.replace(
        bookViews.start,
        bookViews.end,
        `<${bookViews.qualified}${bookViews.attributes}>${markup}</${bookViews.qualified}>`,
      );
    else
      this.edits.insert(
        this.top.get("sheets")?.start ?? this.rootClose,
        withPrefix(`<bookViews>`, this.prefix) + markup + withPrefix(`</bookViews>`, this.prefix),
      );
  }

  result(): string {
    if (this.newSheets.length)
      this.insertInto(
        "sheets",
        this.newSheets.join(""),
        this.afterOf(["bookViews", "workbookProtection", "workbookPr", "fileSharing", "fileVersion"]),
      );
    if (this.newNames.length)
      this.insertInto("definedNames", this.newNames.join(""), this.afterOf(["externalReferences", "functionGroups", "sheets"]));
    return this.edits.result();
  }

  /** Where a missing element goes: just after the last of these present, else at the start of the root's content. */
  private afterOf(previous: readonly string[]): number {
    for (const name of previous) {
      const open = this.top.get(name);
      if (!open) continue;
      return open.kind === "empty" ? open.end : this.closes.get(name)!.end;
    }
    return rootTag(this.xml).end;
  }

  private insertInto(name: string, children: string, whereMissing: number): void {
    const markup = withPrefix(children, this.prefix);
    const open = this.top.get(name);
    if (open?.kind === "open") this.edits.insert(this.closes.get(name)!.start, markup);
    else if (open) this.edits.replace(open.start, open.end, `<${open.qualified}${open.attributes}>${markup}</${open.qualified}>`);
    else this.edits.insert(whereMissing, withPrefix(`<${name}>`, this.prefix) + markup + withPrefix(`</${name}>`, this.prefix));
  }
}
