import { LAST_COLUMN, LAST_ROW } from "./address";
import type { SheetModel, StoredRect } from "./model";

/** Host side: the cells a Range or RangeAreas stands for when Excel runs the request. */
export class RangeTarget {
  constructor(
    readonly sheet: SheetModel,
    readonly rects: readonly StoredRect[],
  ) {}

  get first(): StoredRect {
    return this.rects[0]!;
  }

  get cellCount(): number {
    return this.rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
  }

  /** Whole rows ("5:7") or whole columns ("A:C"): only row heights or column widths are set on these here. */
  get wholeRowsOrColumns(): boolean {
    return this.rects.some((r) => r.right === LAST_COLUMN || r.bottom === LAST_ROW);
  }

  each(visit: (row: number, column: number, i: number, j: number) => void): void {
    for (const r of this.rects)
      for (let row = r.top; row <= r.bottom; row++)
        for (let column = r.left; column <= r.right; column++) visit(row, column, row - r.top, column - r.left);
  }

  describe(): string {
    const r = this.first;
    const more = this.rects.length > 1 ? ` (+${this.rects.length - 1} areas)` : "";
    return `${this.sheet.name}!R${r.top + 1}C${r.left + 1}:R${r.bottom + 1}C${r.right + 1}${more}`;
  }
}
