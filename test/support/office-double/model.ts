/** What the double's Excel holds: sheets of cells, as the tests inspect them afterwards. */
export type StoredValue = string | number | boolean | null;

export interface StoredCell {
  value: StoredValue;
  /** Set when Excel would hold a formula in the cell. */
  formula: string | null;
  numberFormat: string;
  format: Record<string, unknown>;
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
  active = false;

  constructor(public name: string) {}

  cell(row: number, column: number): StoredCell {
    const key = `${row}:${column}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, formula: null, numberFormat: "General", format: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(row: number, column: number): StoredCell | undefined {
    return this.cells.get(`${row}:${column}`);
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
}
