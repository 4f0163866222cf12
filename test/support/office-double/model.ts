import type { ChartModel } from "./chart-model";

/** What the double's Excel holds: sheets of cells, as the tests inspect them afterwards. */
export type StoredValue = string | number | boolean | null;

export interface StoredCell {
  value: StoredValue;
  /** Set when Excel would hold a formula in the cell. */
  formula: string | null;
  numberFormat: string;
}

/** A format property set on rectangles, kept as set (per-cell copies would cost the double more than the door). */
export interface FormatLayer {
  readonly rects: readonly StoredRect[];
  readonly key: string;
  readonly value: unknown;
}

export interface StoredRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class SheetModel {
  readonly cells = new Map<string, StoredCell>();
  readonly merges: StoredRect[] = [];
  readonly notes: { row: number; column: number; text: string }[] = [];
  readonly comments: { row: number; column: number; text: string }[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly pageLayout: Record<string, unknown> = {};
  /** Rows above which a manual page break was added. */
  readonly pageBreaks: number[] = [];
  readonly formatLayers: FormatLayer[] = [];
  /** The charts drawn on this sheet (their series may read cells of other sheets). */
  readonly charts: ChartModel[] = [];
  /** Rows kept in view at the top (freezePanes.freezeRows), 0 for none. */
  frozenRows = 0;
  active = false;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";

  constructor(public name: string) {}

  cell(row: number, column: number): StoredCell {
    const key = `${row}:${column}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, formula: null, numberFormat: "General" };
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(row: number, column: number): StoredCell | undefined {
    return this.cells.get(`${row}:${column}`);
  }

  /** Every format property a cell got ("font.bold", "border.EdgeTop.style"), the last set winning. */
  formatAt(row: number, column: number): Record<string, unknown> {
    const format: Record<string, unknown> = {};
    for (const layer of this.formatLayers) {
      if (layer.rects.some((r) => row >= r.top && row <= r.bottom && column >= r.left && column <= r.right))
        format[layer.key] = layer.value;
    }
    return format;
  }

  /**
   * Excel's reading of what is written through values or formulas: null leaves the cell as it is,
   * "" empties it, a leading apostrophe makes text of the rest, a leading "=", "+" or "-" a formula.
   */
  write(row: number, column: number, input: StoredValue): void {
    if (input === null) return;
    const cell = this.cell(row, column);
    if (typeof input === "string" && input.startsWith("'")) Object.assign(cell, { value: input.slice(1), formula: null });
    else if (typeof input === "string" && /^[=+-]/.test(input)) Object.assign(cell, { value: null, formula: input });
    else Object.assign(cell, { value: input === "" ? null : input, formula: null });
  }

  /** The smallest rectangle holding every non-empty cell, or null. */
  usedArea(): StoredRect | null {
    let area: StoredRect | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.value === null && cell.formula === null) continue;
      const [row, column] = key.split(":").map(Number) as [number, number];
      area = area
        ? {
            top: Math.min(area.top, row),
            left: Math.min(area.left, column),
            bottom: Math.max(area.bottom, row),
            right: Math.max(area.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }
    return area;
  }

  /**
   * What Excel does when a user inserts a column before `at`: every cell, merge, note and width
   * from there on moves one column right. (Formulas' and charts' references are not rewritten here: the tests
   * that insert columns look at values and at LAPKIN's own columns, which it rewrites.)
   */
  insertColumn(at: number): void {
    const moved = [...this.cells].map(([key, cell]) => {
      const [row, column] = key.split(":").map(Number) as [number, number];
      return [row, column >= at ? column + 1 : column, cell] as const;
    });
    this.cells.clear();
    for (const [row, column, cell] of moved) this.cells.set(`${row}:${column}`, cell);
    for (const merge of this.merges) Object.assign(merge, shiftRect(merge, at));
    const layers = this.formatLayers.map((layer) => ({ ...layer, rects: layer.rects.map((r) => shiftRect(r, at)) }));
    this.formatLayers.splice(0, this.formatLayers.length, ...layers);
    for (const item of [...this.notes, ...this.comments]) if (item.column >= at) item.column++;
    const widths = [...this.columnWidths].map(([c, w]) => [c >= at ? c + 1 : c, w] as const);
    this.columnWidths.clear();
    for (const [c, w] of widths) this.columnWidths.set(c, w);
  }
}

/** A rectangle after a column is inserted before `at`: moved when right of it, widened when across it. */
export function shiftRect(rect: StoredRect, at: number): StoredRect {
  if (rect.left >= at) return { ...rect, left: rect.left + 1, right: rect.right + 1 };
  if (rect.right >= at) return { ...rect, right: rect.right + 1 };
  return { ...rect };
}
