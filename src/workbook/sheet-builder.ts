import type { CellStyle, PlanCell, PlanNote, PrintSetup, Rect, SheetPlan, StyleKey } from "./plan";

const LINE_HEIGHT = 15;
/** Wrapped text fits about this many characters per unit of Excel column width (Calibri 11). */
const CHARS_PER_WIDTH = 1.1;

/** Accumulates a SheetPlan cell by cell, merging and sizing rows as text is placed. */
export class SheetBuilder {
  private readonly cells = new Map<string, PlanCell>();
  private readonly merges: Rect[] = [];
  private readonly notes = new Map<string, PlanNote>();
  private readonly heights = new Map<number, number>();
  /** Cells already inside a merge: the doors rely on merges never overlapping. */
  private readonly merged = new Set<string>();

  constructor(
    private readonly name: string,
    private readonly columnWidths: readonly number[],
    private readonly styles: Readonly<Record<StyleKey, CellStyle>>,
  ) {}

  put(row: number, column: number, value: string | number | null, style?: StyleKey, formula?: string): this {
    this.cells.set(`${row}:${column}`, { row, column, value, ...(style ? { style } : {}), ...(formula ? { formula } : {}) });
    if (typeof value === "string" && style && this.styles[style].wrap) this.fit(row, value, this.columnWidths[column] ?? 10);
    return this;
  }

  /** A merged area: the value in its top-left cell, the style on every cell so borders draw whole. */
  merge(rect: Rect, value: string | number | null, style?: StyleKey): this {
    const single = rect.top === rect.bottom && rect.left === rect.right;
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        if (!single) {
          if (this.merged.has(`${r}:${c}`)) throw new Error(`merge ${JSON.stringify(rect)} overlaps an earlier merge`);
          this.merged.add(`${r}:${c}`);
        }
        if (r !== rect.top || c !== rect.left)
          this.cells.set(`${r}:${c}`, { row: r, column: c, value: null, ...(style ? { style } : {}) });
      }
    }
    this.cells.set(`${rect.top}:${rect.left}`, { row: rect.top, column: rect.left, value, ...(style ? { style } : {}) });
    if (rect.top !== rect.bottom || rect.left !== rect.right) this.merges.push(rect);
    if (typeof value === "string" && rect.top === rect.bottom && style && this.styles[style].wrap) {
      let width = 0;
      for (let c = rect.left; c <= rect.right; c++) width += this.columnWidths[c] ?? 10;
      this.fit(rect.top, value, width);
    }
    return this;
  }

  note(row: number, column: number, text: string): this {
    const key = `${row}:${column}`;
    const existing = this.notes.get(key);
    this.notes.set(key, existing ? { row, column, text: `${existing.text}\n${text}` } : { row, column, text });
    return this;
  }

  /** Makes the row tall enough for `text` wrapped in `width` characters. */
  private fit(row: number, text: string, width: number): void {
    const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
    const lines = text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
    if (lines > 1) this.heights.set(row, Math.max(this.heights.get(row) ?? 0, lines * LINE_HEIGHT + 3));
  }

  build(print: PrintSetup): SheetPlan {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.column - b.column);
    return {
      name: this.name,
      cells,
      merges: this.merges,
      columnWidths: this.columnWidths,
      rowHeights: this.heights,
      notes: [...this.notes.values()],
      print,
      styles: this.styles,
    };
  }
}
