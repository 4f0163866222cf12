import type { SheetBuilder } from "./sheet-builder";

/** A4 in points, and Excel's default margins (0.7 in left and right, 0.75 in top and bottom). */
const A4 = { long: 841.9, short: 595.3 };
const MARGINS = { horizontal: 2 * 0.7 * 72, vertical: 2 * 0.75 * 72 };
/** Room kept free on each page, so a renderer measuring rows a little taller never breaks inside a table first. */
const SAFETY = 0.95;

/** Excel's column width (characters of the default font) to printed points. */
export function columnPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/**
 * The height of a printed page in the sheet's own points: A4 less the margins, enlarged by the
 * fit-to-width scale (a sheet wider than the page is printed smaller, so more rows fit). The rows
 * repeated at the top of a page (the print titles) are taken off by the page flow, page by page.
 */
export function pageCapacity(orientation: "portrait" | "landscape", columnWidths: readonly number[]): number {
  const [width, height] = orientation === "landscape" ? [A4.long, A4.short] : [A4.short, A4.long];
  const content = columnWidths.reduce((sum, w) => sum + columnPoints(w), 0);
  const scale = Math.min(1, (width - MARGINS.horizontal) / content);
  return ((height - MARGINS.vertical) / scale) * SAFETY;
}

/** 0-based rows Excel prints at the top of every page (its print titles). */
export interface RepeatedRows {
  readonly first: number;
  readonly last: number;
}

/**
 * Lays rows down page by page, so that a table whose rows run onto the next printed page starts
 * that page with its header rows again, and a section title is never left alone at a page's foot.
 * Excel's print titles repeat one band of rows for a whole sheet; a report has several tables, each
 * with its own header, so the report places its page breaks itself. A sheet of one table (Evaluasi
 * Renja) writes its header once and makes it the print titles instead.
 *
 * Excel and LibreOffice print the print-title rows at the top of every page that begins below
 * them; the page they first appear on holds them where they are. So a page's room is the page's
 * capacity less the repeated rows' own height (as the sheet sets it) on every page after theirs.
 */
export class PageFlow {
  private used = 0;
  private nextRow = 0;
  private repeatHeader: (() => void) | null = null;
  /** Points this page can hold: the capacity, less the print titles repeated at its top. */
  private room: number;
  private repeated: RepeatedRows | null;

  constructor(
    private readonly sheet: SheetBuilder,
    private readonly capacity: number,
    repeated: RepeatedRows | null = null,
  ) {
    this.room = capacity;
    this.repeated = repeated;
  }

  /** These rows, already laid down, are the print titles: every page begun below them keeps room for them at its top. */
  repeat(rows: RepeatedRows): void {
    this.repeated = rows;
  }

  /** The row the next call to `row` would give, without taking it. */
  get peek(): number {
    return this.nextRow;
  }

  /** Takes the next row, of the given height; a row that doesn't fit begins a new page (with the table header, inside a table). */
  row(height: number): number {
    if (this.used > 0 && this.used + height > this.room) this.newPage();
    return this.take(height);
  }

  /** Leaves a blank row (a gap), never at the top of a page. */
  gap(height = 15): void {
    if (this.used === 0) return;
    if (this.used + height > this.room) this.newPage();
    else this.take(height);
  }

  /** Starts a new page unless `height` more points fit on this one: keeps a title with what follows it. */
  keep(height: number): void {
    if (this.used > 0 && this.used + height > this.room) this.newPage();
  }

  /** Inside a table: `header` writes its header rows (through `row`) at the top of every further page. */
  table(header: () => void): void {
    header();
    this.repeatHeader = header;
  }

  endTable(): void {
    this.repeatHeader = null;
  }

  private take(height: number): number {
    this.used += height;
    return this.nextRow++;
  }

  /** Begins a new page here (nothing happens at the top of a page). */
  newPage(): void {
    if (this.used === 0) return;
    this.sheet.pageBreak(this.nextRow);
    this.used = 0;
    this.room = this.capacity - this.repeatedHeight();
    const header = this.repeatHeader;
    if (header) {
      this.repeatHeader = null;
      header();
      this.repeatHeader = header;
    }
  }

  /** The height the print titles take at the top of a page starting at the next row: none until the flow has passed them. */
  private repeatedHeight(): number {
    const rows = this.repeated;
    if (!rows || this.nextRow <= rows.last) return 0;
    let height = 0;
    for (let row = rows.first; row <= rows.last; row++) height += this.sheet.rowHeight(row);
    return height;
  }
}
