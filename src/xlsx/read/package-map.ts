import { relsPartOf } from "../package/part-names";
import type { PackageDraft } from "../package/package-draft";
import { readRelationships, REL, type Relationship } from "../package/relationships";
import { attribute, attributesOf, decodeEntities, tags, type Tag } from "../xml/scan";

/** A sheet as workbook.xml lists it, in tab order. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** Its part; null when the relationship is missing. */
  readonly part: string | null;
  readonly kind: "worksheet" | "chartsheet" | "other";
}

export interface DefinedName {
  readonly name: string;
  /** 0-based tab index for a name local to one sheet; null for a workbook-level name. */
  readonly localSheetId: number | null;
  readonly text: string;
  /** The element's offsets in workbook.xml. */
  readonly start: number;
  readonly end: number;
}

/** Where everything of the workbook is: its part, its sheets and their parts, names, styles, strings. */
export interface PackageMap {
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedName[];
  readonly date1904: boolean;
  readonly workbookRelationships: readonly Relationship[];
  readonly stylesPart: string | null;
  readonly sharedStringsPart: string | null;
}

/** The package is a zip but not a workbook LAPKIN can find its way in. */
export class NotAWorkbookError extends Error {}

export function mapPackage(draft: PackageDraft): PackageMap {
  const root = readRelationships(draft.text("_rels/.rels"), "");
  const workbookPart = root.find((r) => r.type === REL.officeDocument && r.part)?.part ?? "xl/workbook.xml";
  const xml = draft.text(workbookPart);
  if (xml === null) throw new NotAWorkbookError(`no workbook part ${workbookPart}`);
  const relationships = readRelationships(draft.text(relsPartOf(workbookPart)), workbookPart);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const partOfType = (type: string) => relationships.find((r) => r.type === type && r.part)?.part ?? null;

  const sheets: SheetEntry[] = [];
  const definedNames: DefinedName[] = [];
  let date1904 = false;
  let openName: Tag | null = null;
  for (const tag of tags(xml)) {
    if (tag.name === "sheet" && tag.kind !== "close") {
      const a = attributesOf(tag);
      const relId = a.get("id") ?? "";
      const relationship = byId.get(relId);
      const kind =
        relationship?.type === REL.worksheet ? "worksheet" : relationship?.type === REL.chartsheet ? "chartsheet" : "other";
      sheets.push({
        name: a.get("name") ?? "",
        sheetId: Number(a.get("sheetId") ?? 0),
        relId,
        part: relationship?.part ?? null,
        kind,
      });
    } else if (tag.name === "workbookPr" && tag.kind !== "close") {
      const value = attribute(tag, "date1904");
      date1904 = value === "1" || value === "true";
    } else if (tag.name === "definedName") {
      if (tag.kind === "open") openName = tag;
      else if (tag.kind === "empty" || (tag.kind === "close" && openName)) {
        const open = tag.kind === "empty" ? tag : openName!;
        const a = attributesOf(open);
        const local = a.get("localSheetId");
        definedNames.push({
          name: a.get("name") ?? "",
          localSheetId: local === undefined ? null : Number(local),
          text: tag.kind === "empty" ? "" : decodeEntities(xml.slice(open.end, tag.start)),
          start: open.start,
          end: tag.end,
        });
        openName = null;
      }
    }
  }
  return {
    workbookPart,
    sheets,
    definedNames,
    date1904,
    workbookRelationships: relationships,
    stylesPart: partOfType(REL.styles),
    sharedStringsPart: partOfType(REL.sharedStrings),
  };
}
