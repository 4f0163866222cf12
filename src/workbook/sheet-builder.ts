import type { ChartPlan } from "./chart-plan";
import { flat } from "../engine";
import type {
  CellStyle,
  PlanCell,
  PlanNote,
  PlanRegion,
  PrintSetup,
  Rect,
  RegionKey,
  SheetKind,
  SheetPlan,
  StyleKey,
} from "./plan";

/** Points a line of Calibri 11 takes, as Excel's default row height. */
export const LINE_HEIGHT = 15;
const DEFAULT_FONT_SIZE = 11;
/** Excel's limits: characters in a cell, points in a row's height. */
export const MAX_CELL_TEXT = 32767;
export const MAX_ROW_HEIGHT = 409;
const CUT_MARK = "...";

/** A text longer than a cell may hold, cut to fit; the pipeline tells the user. */
export interface CutText {
  readonly row: number;
  readonly column: number;
  readonly length: number;
}
/** Wrapped text fits about this many characters per unit of Excel column width (Calibri 11). */
const CHARS_PER_WIDTH = 1.2;

/**
 * Points a text needs when wrapped in a column `width` characters wide: words are laid on lines
 * as Excel wraps them, a word longer than a line is broken, and each "\n" starts a new line.
 */
export function textHeight(text: string, width: number, size = DEFAULT_FONT_SIZE): number {
  const perLine = Math.max(1, Math.floor((width * CHARS_PER_WIDTH * DEFAULT_FONT_SIZE) / size));
  // Most cells hold a text shorter than a line: its words, however spaced, fit on one.
  if (text.length <= perLine && !text.includes("\n")) return LINE_HEIGHT;
  const lineHeight = (LINE_HEIGHT * size) / DEFAULT_FONT_SIZE;
  // One pass over the characters: a report lays out 10,000 paragraphs, and splitting each into an
  // array of words took twice as long (measured on the report's paragraphs).
  let lines = 1;
  let used = 0;
  let word = 0;
  const place = () => {
    if (word === 0) return;
    const needed = used === 0 ? word : used + 1 + word;
    if (needed <= perLine) used = needed;
    else {
      if (used > 0) lines++;
      used = word;
    }
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
    word = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      place();
      lines++;
      used = 0;
    } else if (isSpace(code)) place();
    else word++;
  }
  place();
  return Math.min(MAX_ROW_HEIGHT, lines === 1 ? LINE_HEIGHT : Math.ceil(lines * lineHeight + 3));
}

/** The characters a regular expression's `\s` matches, which is where a text's words end. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Accumulates a SheetPlan cell by cell, merging and sizing rows as text is placed. */
/** Excel's widest sheet: a cell's key is its row times this plus its column, one number (a string key per cell costs a recap or a 10,000-row report much of its time). */
const MAX_COLUMNS = 16_384;
const cellKey = (row: number, column: number) => row * MAX_COLUMNS + column;

/**
 * A plan cell with only the fields it has. Each shape is one object literal: V8 gives a literal
 * exactly its own fields, so a field added afterwards would cost every cell a second allocation.
 */
function planCell(
  row: number,
  column: number,
  value: string | number | null,
  style?: StyleKey,
  formula?: string,
  numberFormat?: string,
): PlanCell {
  if (!formula && !numberFormat) return style ? { row, column, value, style } : { row, column, value };
  if (!numberFormat) return style ? { row, column, value, style, formula } : { row, column, value, formula };
  if (!formula) return style ? { row, column, value, style, numberFormat } : { row, column, value, numberFormat };
  return style ? { row, column, value, style, formula, numberFormat } : { row, column, value, formula, numberFormat };
}

/**
 * A row's cells as fields side by side, FIELDS to a column: value (undefined where there is no
 * cell), style, formula, number format. A report of 10,000 indicators places half a million cells;
 * held as objects until written they made a tenth of its run's work for the garbage collector, so
 * the builder holds fields and makes each cell object only when a door reads it.
 */
type RowFields = (string | number | null | undefined)[];
const FIELDS = 4;
const [VALUE, STYLE, FORMULA, FORMAT] = [0, 1, 2, 3] as const;

export class SheetBuilder {
  /** Cells by row (sparse: a Map of half a million cells cost a tenth of the run), each row's as RowFields. */
  private readonly rows: RowFields[] = [];
  private readonly merges: Rect[] = [];
  private readonly notes = new Map<number, PlanNote>();
  private readonly heights = new Map<number, number>();
  /** Cells already inside a merge, by row then column: the doors rely on merges never overlapping. */
  private readonly merged: (true | undefined)[][] = [];
  private readonly breaks: number[] = [];
  private readonly regions: PlanRegion[] = [];
  private readonly charts: ChartPlan[] = [];
  readonly cuts: CutText[] = [];

  constructor(
    readonly name: string,
    private readonly kind: SheetKind,
    private readonly columnWidths: readonly number[],
    private readonly styles: Readonly<Record<StyleKey, CellStyle>>,
  ) {}

  /** Sets the cell at (row, column) whole, replacing what was there. */
  private setCell(
    row: number,
    column: number,
    value: string | number | null,
    style: StyleKey | undefined,
    formula?: string,
    numberFormat?: string,
  ): void {
    const fields = (this.rows[row] ??= []);
    const at = column * FIELDS;
    fields[at + VALUE] = flat(value);
    fields[at + STYLE] = style;
    fields[at + FORMULA] = flat(formula);
    fields[at + FORMAT] = numberFormat;
  }

  put(
    row: number,
    column: number,
    value: string | number | null,
    style?: StyleKey,
    formula?: string,
    numberFormat?: string,
  ): this {
    const text = this.fitted(row, column, value);
    this.setCell(row, column, text, style, formula, numberFormat);
    if (typeof text === "string" && style && this.styles[style].wrap) this.fit(row, text, this.columnWidths[column] ?? 10, style);
    return this;
  }

  /** A text longer than Excel's 32,767 characters is cut, ending in "...", and remembered. */
  private fitted(row: number, column: number, value: string | number | null): string | number | null {
    if (typeof value !== "string" || value.length <= MAX_CELL_TEXT) return value;
    this.cuts.push({ row, column, length: value.length });
    return value.slice(0, MAX_CELL_TEXT - CUT_MARK.length) + CUT_MARK;
  }

  /** The next printed page begins at `row`. */
  pageBreak(row: number): this {
    if (row > 0 && !this.breaks.includes(row)) this.breaks.push(row);
    return this;
  }

  /** A place where staff write their own words, kept across regenerations. */
  region(key: RegionKey, rect: Rect): this {
    this.regions.push({ key, rect });
    return this;
  }

  /** Sets a row's height outright (within Excel's limit), e.g. for a box left empty to write in. */
  height(row: number, points: number): this {
    this.heights.set(row, Math.min(MAX_ROW_HEIGHT, Math.max(this.heights.get(row) ?? 0, points)));
    return this;
  }

  /** A merged area: the value (or formula) in its top-left cell, the style on every cell so borders draw whole. */
  merge(rect: Rect, value: string | number | null, style?: StyleKey, formula?: string): this {
    const single = rect.top === rect.bottom && rect.left === rect.right;
    // A merged area shows its top-left cell's font, alignment and fill; only borders are drawn cell by
    // cell. A paragraph merged across the sheet needs nothing in the cells it covers (a report of
    // 10,000 indicators has 10,000 such paragraphs).
    const covered = style !== undefined && this.styles[style].border ? style : null;
    for (let r = rect.top; r <= rect.bottom; r++) {
      const merged = single ? null : (this.merged[r] ??= []);
      for (let c = rect.left; c <= rect.right; c++) {
        if (merged) {
          if (merged[c]) throw new Error(`merge ${JSON.stringify(rect)} overlaps an earlier merge`);
          merged[c] = true;
        }
        if (covered && (r !== rect.top || c !== rect.left)) this.setCell(r, c, null, covered);
      }
    }
    const text = this.fitted(rect.top, rect.left, value);
    this.setCell(rect.top, rect.left, text, style, formula);
    if (rect.top !== rect.bottom || rect.left !== rect.right) this.merges.push(rect);
    if (typeof text === "string" && rect.top === rect.bottom && style && this.styles[style].wrap) {
      this.fit(rect.top, text, this.width(rect.left, rect.right), style);
    }
    return this;
  }

  note(row: number, column: number, text: string): this {
    const key = cellKey(row, column);
    const existing = this.notes.get(key);
    const joined = existing ? `${existing.text}\n${text}` : text;
    const fitted = joined.length <= MAX_CELL_TEXT ? joined : joined.slice(0, MAX_CELL_TEXT - CUT_MARK.length) + CUT_MARK;
    this.notes.set(key, { row, column, text: flat(fitted) });
    return this;
  }

  /** Makes the row tall enough for `text` wrapped in `width` characters, in the style's font size. */
  private fit(row: number, text: string, width: number, style: StyleKey): void {
    const needed = textHeight(text, width, this.styles[style].size);
    if (needed > LINE_HEIGHT) this.height(row, needed);
  }

  /** The width in characters of columns `left` to `right` together. */
  width(left: number, right: number = left): number {
    let width = 0;
    for (let c = left; c <= right; c++) width += this.columnWidths[c] ?? 10;
    return width;
  }

  /** A native chart over cells of this sheet, drawn by the doors after the cells. */
  chart(plan: ChartPlan): void {
    this.charts.push(plan);
  }

  /** The height a row will print at, in points (Excel's default where none was set). */
  rowHeight(row: number): number {
    return this.heights.get(row) ?? LINE_HEIGHT;
  }

  build(print: PrintSetup, replaces: string | null): SheetPlan {
    const { rows, merges, columnWidths } = this;
    // Every row gets its height written, so that Excel and LibreOffice print the same rows on each
    // page and the page breaks the plan placed fall where it meant them to.
    const last = rows.length - 1;
    for (let row = 0; row <= last; row++) if (!this.heights.has(row)) this.heights.set(row, LINE_HEIGHT);
    // Row by row, column by column: the order a worksheet stores its cells in.
    function* cellsInOrder(): Iterable<PlanCell> {
      for (let r = 0; r < rows.length; r++) {
        const fields = rows[r];
        if (!fields) continue;
        for (let at = 0; at < fields.length; at += FIELDS) {
          const value = fields[at + VALUE];
          if (value === undefined) continue;
          const style = fields[at + STYLE] as StyleKey | undefined;
          yield planCell(
            r,
            at / FIELDS,
            value,
            style,
            fields[at + FORMULA] as string | undefined,
            fields[at + FORMAT] as string | undefined,
          );
        }
      }
    }
    let cells: PlanCell[] | null = null;
    const widest = rows.reduce(
      (max, fields) => Math.max(max, fields ? Math.ceil(fields.length / FIELDS) - 1 : -1),
      columnWidths.length - 1,
    );
    return {
      name: this.name,
      kind: this.kind,
      replaces,
      get cells() {
        return (cells ??= [...cellsInOrder()]);
      },
      cellsInOrder,
      extent: {
        lastRow: merges.reduce((max, m) => Math.max(max, m.bottom), Math.max(0, last)),
        lastColumn: merges.reduce((max, m) => Math.max(max, m.right), Math.max(0, widest)),
      },
      merges,
      columnWidths,
      rowHeights: this.heights,
      notes: [...this.notes.values()],
      print,
      rowBreaks: [...this.breaks].sort((a, b) => a - b),
      regions: this.regions,
      styles: this.styles,
      charts: this.charts,
    };
  }
}
