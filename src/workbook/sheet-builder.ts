import type { ChartPlan } from "./chart-plan";
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
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= perLine) used = needed;
      else {
        if (used > 0) lines++;
        used = word.length;
      }
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
  }
  return Math.min(MAX_ROW_HEIGHT, lines === 1 ? LINE_HEIGHT : Math.ceil(lines * lineHeight + 3));
}

/** Accumulates a SheetPlan cell by cell, merging and sizing rows as text is placed. */
/** Excel's widest sheet: a cell's key is its row times this plus its column, one number (a string key per cell costs a recap or a 10,000-row report much of its time). */
const MAX_COLUMNS = 16_384;
const cellKey = (row: number, column: number) => row * MAX_COLUMNS + column;

/** A plan cell with only the fields it has (no spreads: builders make hundreds of thousands). */
function planCell(
  row: number,
  column: number,
  value: string | number | null,
  style?: StyleKey,
  formula?: string,
  numberFormat?: string,
): PlanCell {
  const cell: { -readonly [K in keyof PlanCell]: PlanCell[K] } = { row, column, value };
  if (style) cell.style = style;
  if (formula) cell.formula = formula;
  if (numberFormat) cell.numberFormat = numberFormat;
  return cell;
}

/**
 * What the builder holds at a cell: its plan cell, or, for an empty cell that only carries a style
 * (the cells a bordered merge covers, a table's empty columns), the style alone. Half the cells of
 * a report are such; made into objects only when a door reads them, they cost nothing meanwhile.
 */
type Slot = PlanCell | StyleKey | undefined;

export class SheetBuilder {
  /** Cells by row, then by column (sparse arrays: a report of 10,000 rows sets half a million cells, and a Map of them costs a tenth of the run). */
  private readonly rows: Slot[][] = [];
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

  private setCell(cell: PlanCell): void {
    (this.rows[cell.row] ??= [])[cell.column] = cell;
  }

  private setBlank(row: number, column: number, style: StyleKey): void {
    (this.rows[row] ??= [])[column] = style;
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
    if (text === null && style && !formula && !numberFormat) this.setBlank(row, column, style);
    else this.setCell(planCell(row, column, text, style, formula, numberFormat));
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
        if (covered && (r !== rect.top || c !== rect.left)) this.setBlank(r, c, covered);
      }
    }
    const text = this.fitted(rect.top, rect.left, value);
    this.setCell(planCell(rect.top, rect.left, text, style, formula));
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
    this.notes.set(key, { row, column, text: fitted });
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
        const row = rows[r];
        if (!row) continue;
        for (let c = 0; c < row.length; c++) {
          const slot = row[c];
          if (slot !== undefined) yield typeof slot === "string" ? { row: r, column: c, value: null, style: slot } : slot;
        }
      }
    }
    let cells: PlanCell[] | null = null;
    const widest = rows.reduce((max, row) => Math.max(max, row ? row.length - 1 : -1), columnWidths.length - 1);
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
