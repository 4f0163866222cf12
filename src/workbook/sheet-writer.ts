import { PageFlow, pageCapacity, type RepeatedRows } from "./page-flow";
import type { CellStyle, PrintSetup, SheetKind, SheetPlan, StyleKey } from "./plan";
import { LINE_HEIGHT, SheetBuilder, textHeight } from "./sheet-builder";
import type { SheetPlacement } from "./sheet-names";

const TITLE_HEIGHT = 21;
const SECTION_HEIGHT = 18;

/**
 * A document sheet laid down from the top, page by page: titles, sections, paragraphs and tables
 * across the sheet's columns, on a builder and a page flow. Every document LAPKIN writes uses it,
 * so they share one look and one way of keeping a title with what follows it.
 */
export class SheetWriter {
  readonly sheet: SheetBuilder;
  readonly flow: PageFlow;
  readonly last: number;
  private readonly replaces: string | null;
  private repeatRows: RepeatedRows | null;

  constructor(
    place: SheetPlacement,
    kind: SheetKind,
    widths: readonly number[],
    styles: Readonly<Record<StyleKey, CellStyle>>,
    private readonly print: Omit<PrintSetup, "paper">,
  ) {
    this.sheet = new SheetBuilder(place.name, kind, widths, styles);
    this.flow = new PageFlow(this.sheet, pageCapacity(print.orientation, widths), print.repeatRows);
    this.last = widths.length - 1;
    this.replaces = place.replaces;
    this.repeatRows = print.repeatRows;
  }

  /**
   * Makes rows already written the sheet's print titles (in place of any given to the constructor):
   * a one-table sheet's header, written once and printed at the top of every further page.
   */
  printTitles(rows: RepeatedRows): void {
    this.repeatRows = rows;
    this.flow.repeat(rows);
  }

  /** A row across every column: a title, a subtitle, a section heading or a wrapped paragraph. */
  wide(value: string, style: "title" | "subtitle" | "section" | "paragraph", left = 0): number {
    const height =
      style === "title"
        ? TITLE_HEIGHT
        : style === "paragraph"
          ? textHeight(value, this.sheet.width(left, this.last))
          : SECTION_HEIGHT;
    const row = this.flow.row(height);
    this.sheet.merge({ top: row, left, bottom: row, right: this.last }, value, style);
    if (style !== "paragraph") this.sheet.height(row, height);
    return row;
  }

  /** A section heading after a gap, kept on one page with the first `following` points of what follows it. */
  section(title: string, following: number = 3 * LINE_HEIGHT): void {
    this.flow.gap();
    this.flow.keep(SECTION_HEIGHT + following);
    this.wide(title, "section");
  }

  /** "Label : value" on one row: the label in the first columns, the value across the rest. */
  labelled(label: string, value: string, split: number): number {
    const height = Math.max(textHeight(value, this.sheet.width(split, this.last)), LINE_HEIGHT);
    const row = this.flow.row(height);
    this.sheet.merge({ top: row, left: 0, bottom: row, right: split - 1 }, label, "paragraph");
    this.sheet.merge({ top: row, left: split, bottom: row, right: this.last }, value, "paragraph");
    return row;
  }

  build(): SheetPlan {
    return this.sheet.build({ paper: "A4", ...this.print, repeatRows: this.repeatRows }, this.replaces);
  }
}
