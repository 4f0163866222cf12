import type { ComputedColumnsPlan } from "../../workbook/computed-columns";
import type { ChartPlan } from "../../workbook/chart-plan";
import { isReportMark } from "../../workbook/marks";
import type { PlanNote } from "../../workbook/plan";
import { CONTENT_TYPE, CONTENT_TYPES_PART, ContentTypesEdit } from "../package/content-types";
import type { PackageDraft } from "../package/package-draft";
import { relativeTarget, relsPartOf } from "../package/part-names";
import { REL, RelationshipsEdit } from "../package/relationships";
import type { PackageMap } from "../read/package-map";
import { spliceComputedColumns } from "./computed-splice";
import { commentsXml, notesVml } from "./notes-parts";
import { dropSheetDrawings, writeSheetCharts } from "./sheet-charts";
import { StylesEdit } from "./styles-edit";
import { unselectSheetViews } from "./unselect-sheet";
import { WorkbookEdit, type NameToWrite } from "./workbook-edit";
import { Utf8Chunks } from "../xml/utf8-chunks";
import { writeWorksheet, type CellContent, type WorksheetCell, type WorksheetContent } from "./worksheet-xml";

interface SheetSlot {
  name: string;
  sheetId: number;
  part: string | null;
  kind: "worksheet" | "chartsheet" | "other";
}

/** A worksheet to write, less what the writer settles itself (the selected tab, the drawings of its notes and charts). */
export type SheetToWrite<C extends CellContent = WorksheetCell> = Omit<
  WorksheetContent<C>,
  "selected" | "legacyDrawing" | "drawing"
> & {
  readonly notes: readonly PlanNote[];
  /** Native charts over the sheet's cells; none when absent. */
  readonly charts?: readonly ChartPlan[];
};

/**
 * Adds LAPKIN's parts to a package: its sheets (new, or rewritten in place of LAPKIN's earlier
 * ones), its columns spliced into Indikator, its styles, names and notes, and the package's
 * bookkeeping (relationships, content types, the active tab). Parts it doesn't name stay untouched.
 */
export class WorkbookWriter {
  readonly styles: StylesEdit;
  private readonly workbook: WorkbookEdit;
  private readonly workbookRels: RelationshipsEdit;
  private readonly contentTypes: ContentTypesEdit;
  private readonly sheets: SheetSlot[];
  private readonly written = new Set<string>();
  private readonly replacedTabs = new Set<number>();
  private readonly stylesPart: string;
  private readonly newStylesPart: boolean;
  private cellsCleared = false;

  constructor(
    private readonly draft: PackageDraft,
    private readonly map: PackageMap,
  ) {
    this.workbook = new WorkbookEdit(draft.text(map.workbookPart)!, map);
    this.workbookRels = new RelationshipsEdit(draft.text(relsPartOf(map.workbookPart)), map.workbookPart);
    this.contentTypes = new ContentTypesEdit(draft.text(CONTENT_TYPES_PART) ?? "");
    this.sheets = map.sheets.map((s) => ({ name: s.name, sheetId: s.sheetId, part: s.part, kind: s.kind }));
    this.newStylesPart = map.stylesPart === null || !draft.has(map.stylesPart);
    // The conventional name where it is free: some readers (ExcelJS among them) look for no other.
    this.stylesPart = map.stylesPart ?? (draft.has("xl/styles.xml") ? this.unusedPart("xl/styles", ".xml") : "xl/styles.xml");
    this.styles = new StylesEdit(this.newStylesPart ? null : draft.text(this.stylesPart));
  }

  /** Writes a worksheet: in place of the sheet `replaces` names (same tab, sheetId and relationship), or after the last tab. */
  writeSheet<C extends CellContent>(name: string, replaces: string | null, sheet: SheetToWrite<C>, selected: boolean): void {
    const index = replaces === null ? -1 : this.sheets.findIndex((s) => s.name === replaces && s.kind === "worksheet" && s.part);
    let part: string;
    if (index >= 0) {
      part = this.sheets[index]!.part!;
      this.sheets[index]!.name = name;
      this.replacedTabs.add(index);
    } else {
      part = this.unusedPart("xl/worksheets/sheet", ".xml");
      const sheetId = this.sheets.reduce((max, s) => Math.max(max, s.sheetId), 0) + 1;
      const relId = this.workbookRels.add(REL.worksheet, relativeTarget(this.map.workbookPart, part));
      this.workbook.appendSheet(name, sheetId, relId);
      this.contentTypes.addOverride(part, CONTENT_TYPE.worksheet);
      this.sheets.push({ name, sheetId, part, kind: "worksheet" });
    }
    this.written.add(part.toLowerCase());
    const { notes, charts, ...content } = sheet;
    const relsPart = relsPartOf(part);
    const rels = new RelationshipsEdit(this.draft.text(relsPart), part);
    const legacyDrawing = this.writeNotes(part, rels, notes, index >= 0 ? index : this.sheets.length - 1);
    const chartPackage = { draft: this.draft, contentTypes: this.contentTypes, unusedPart: this.unusedPart.bind(this) };
    dropSheetDrawings(chartPackage, part, rels);
    const drawing = writeSheetCharts(chartPackage, part, rels, charts ?? []);
    if (rels.changed) this.draft.setText(relsPart, rels.result());
    // Compressed as it is written, a megabyte at a time: a report's sheet is never held whole.
    const packer = this.draft.packer();
    const out = new Utf8Chunks((piece) => packer.push(piece));
    writeWorksheet({ ...content, selected, legacyDrawing, drawing }, out);
    out.end();
    this.draft.setPacked(part, packer.finish());
  }

  /** LAPKIN's columns into the Indikator sheet; bold headers. */
  spliceComputedColumns(plan: ComputedColumnsPlan): void {
    const sheet = this.sheets.find((s) => s.name === plan.sheet && s.kind === "worksheet" && s.part);
    if (!sheet) throw new Error(`sheet ${plan.sheet} not found`);
    const spliced = spliceComputedColumns(this.draft.text(sheet.part!)!, plan, this.styles.xfFor({ bold: true }));
    if (spliced.cellsReplaced > 0) this.cellsCleared = true;
    this.draft.setText(sheet.part!, spliced.xml);
  }

  /**
   * Sets LAPKIN's names (dropping the report's earlier ones and those local to a sheet it rewrote;
   * a recap's marks in the workbook stay), the active tab, and writes the package.
   */
  finish(names: readonly NameToWrite[], activeSheet: string): Uint8Array {
    this.workbook.replaceNames(
      (n) => isReportMark(n.name) || (n.localSheetId !== null && this.replacedTabs.has(n.localSheetId)),
      names,
    );
    const active = Math.max(
      0,
      this.sheets.findIndex((s) => s.name === activeSheet),
    );
    this.workbook.setActiveTab(active);
    for (const sheet of this.sheets) {
      if (!sheet.part || this.written.has(sheet.part.toLowerCase()) || sheet.kind === "other") continue;
      const xml = this.draft.text(sheet.part);
      const unselected = xml === null ? null : unselectSheetViews(xml);
      if (unselected !== null) this.draft.setText(sheet.part, unselected);
    }
    if (this.replacedTabs.size > 0 || this.cellsCleared) this.dropCalcChain();
    if (this.newStylesPart) {
      this.workbookRels.add(REL.styles, relativeTarget(this.map.workbookPart, this.stylesPart));
      this.contentTypes.addOverride(this.stylesPart, CONTENT_TYPE.styles);
    }
    if (this.styles.changed || this.newStylesPart) this.draft.setText(this.stylesPart, this.styles.result());
    this.draft.setText(this.map.workbookPart, this.workbook.result());
    if (this.workbookRels.changed) this.draft.setText(relsPartOf(this.map.workbookPart), this.workbookRels.result());
    if (this.contentTypes.changed) this.draft.setText(CONTENT_TYPES_PART, this.contentTypes.result());
    return this.draft.toBytes();
  }

  /** The tab index a sheet has now. */
  tabOf(name: string): number {
    return this.sheets.findIndex((s) => s.name === name);
  }

  /**
   * Notes as a comments part and its VML drawing. A rewritten sheet's earlier notes parts are
   * reused (or dropped when it has no notes now), so a regeneration gives the same part names.
   */
  private writeNotes(sheetPart: string, rels: RelationshipsEdit, notes: readonly PlanNote[], tab: number): string | null {
    let legacyDrawing: string | null = null;
    const keep = (type: string, write: (part: string) => void): string | null => {
      const found = rels.relationships.filter((r) => r.type === type && r.part);
      const [first, ...rest] = found;
      for (const r of notes.length ? rest : found) {
        rels.remove(r);
        this.draft.remove(r.part!);
        this.contentTypes.removeOverride(r.part!);
      }
      if (!notes.length) return null;
      if (first) {
        write(first.part!);
        return first.id;
      }
      return null;
    };
    for (const r of rels.relationships.filter((r) => r.type === REL.threadedComment && r.part)) {
      rels.remove(r);
      this.draft.remove(r.part!);
      this.contentTypes.removeOverride(r.part!);
    }
    const comments = keep(REL.comments, (part) => this.draft.setText(part, commentsXml(notes)));
    const vmlBlock = 1 + (tab + 1) * 8;
    legacyDrawing = keep(REL.vmlDrawing, (part) => this.draft.setText(part, notesVml(notes, vmlBlock)));
    if (notes.length) {
      if (comments === null) {
        const part = this.unusedPart("xl/comments", ".xml");
        this.draft.setText(part, commentsXml(notes));
        this.contentTypes.addOverride(part, CONTENT_TYPE.comments);
        rels.add(REL.comments, relativeTarget(sheetPart, part));
      }
      if (legacyDrawing === null) {
        const part = this.unusedPart("xl/drawings/vmlDrawing", ".vml");
        this.draft.setText(part, notesVml(notes, vmlBlock));
        this.contentTypes.ensureDefault("vml", CONTENT_TYPE.vml);
        legacyDrawing = rels.add(REL.vmlDrawing, relativeTarget(sheetPart, part));
      }
    }
    return legacyDrawing;
  }

  private dropCalcChain(): void {
    for (const r of this.workbookRels.relationships) {
      if (r.type !== REL.calcChain || !r.part) continue;
      this.workbookRels.remove(r);
      this.draft.remove(r.part);
      this.contentTypes.removeOverride(r.part);
    }
  }

  private unusedPart(stem: string, extension: string): string {
    for (let n = 1; ; n++) if (!this.draft.has(`${stem}${n}${extension}`)) return `${stem}${n}${extension}`;
  }
}
