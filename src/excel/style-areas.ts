import type { PlanCell, Rect, StyleKey } from "../workbook/plan";

interface OpenRect {
  top: number;
  bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * The cells of each style as few rectangles as a simple sweep finds: runs along a row, then equal
 * runs stacked down consecutive rows. Formatting a rectangle is one queued operation, not one per cell.
 */
export function styleAreas(cells: readonly PlanCell[]): Map<StyleKey, Rect[]> {
  const byStyle = new Map<StyleKey, Map<number, number[]>>();
  for (const cell of cells) {
    if (!cell.style) continue;
    let rows = byStyle.get(cell.style);
    if (!rows) byStyle.set(cell.style, (rows = new Map()));
    let columns = rows.get(cell.row);
    if (!columns) rows.set(cell.row, (columns = []));
    columns.push(cell.column);
  }

  const areas = new Map<StyleKey, Rect[]>();
  for (const [style, rows] of byStyle) {
    const done: OpenRect[] = [];
    let open = new Map<string, OpenRect>();
    for (const row of [...rows.keys()].sort((a, b) => a - b)) {
      const next = new Map<string, OpenRect>();
      for (const [left, right] of toRuns(rows.get(row)!)) {
        const key = `${left}:${right}`;
        const above = open.get(key);
        if (above && above.bottom === row - 1) {
          above.bottom = row;
          open.delete(key);
          next.set(key, above);
        } else next.set(key, { top: row, bottom: row, left, right });
      }
      for (const rect of open.values()) done.push(rect);
      open = next;
    }
    for (const rect of open.values()) done.push(rect);
    areas.set(
      style,
      done.map(({ top, left, bottom, right }) => ({ top, left, bottom, right })),
    );
  }
  return areas;
}

function toRuns(columns: number[]): [number, number][] {
  const sorted = [...columns].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last && column === last[1] + 1) last[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}
