import { xmlAttribute } from "../xml/escape";
import { attributesOf, tags } from "../xml/scan";
import { TextEdits } from "./text-edits";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
} as const;

/** [Content_Types].xml being edited: overrides added or removed, defaults added when missing. */
export class ContentTypesEdit {
  private readonly edits: TextEdits;
  private readonly overrides = new Map<string, { start: number; end: number }>();
  private readonly defaults = new Set<string>();
  private readonly closeAt: number;

  constructor(xml: string) {
    this.edits = new TextEdits(xml);
    for (const tag of tags(xml)) {
      if (tag.kind === "close") continue;
      const a = attributesOf(tag);
      if (tag.name === "Override")
        this.overrides.set((a.get("PartName") ?? "").toLowerCase(), { start: tag.start, end: tag.end });
      if (tag.name === "Default") this.defaults.add((a.get("Extension") ?? "").toLowerCase());
    }
    this.closeAt = xml.lastIndexOf("</");
  }

  /** `part` as zip entries name it (no leading slash). */
  addOverride(part: string, contentType: string): void {
    const key = `/${part}`.toLowerCase();
    if (this.overrides.has(key)) return;
    this.overrides.set(key, { start: this.closeAt, end: this.closeAt });
    this.edits.insert(this.closeAt, `<Override PartName="/${xmlAttribute(part)}" ContentType="${contentType}"/>`);
  }

  removeOverride(part: string): void {
    const found = this.overrides.get(`/${part}`.toLowerCase());
    if (found && found.end > found.start) this.edits.replace(found.start, found.end, "");
    this.overrides.delete(`/${part}`.toLowerCase());
  }

  ensureDefault(extension: string, contentType: string): void {
    if (this.defaults.has(extension.toLowerCase())) return;
    this.defaults.add(extension.toLowerCase());
    this.edits.insert(this.closeAt, `<Default Extension="${extension}" ContentType="${contentType}"/>`);
  }

  get changed(): boolean {
    return this.edits.changed;
  }

  result(): string {
    return this.edits.result();
  }
}
