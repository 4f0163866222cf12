import type { PlanCell, Rect, StyleKey } from "../workbook/plan";

/**
 * The cells of each style as few rectangles as a simple sweep finds: runs along a row, then equal
 * runs stacked down consecutive rows. Formatting a rectangle is one queued operation, not one per cell.
 */
export function styleAreas(cells: readonly PlanCell[]): Map<StyleKey, Rect[]> {
  const byStyle = new Map<StyleKey, Map<number, number[]>>();
  for (const cell of cells) {
    if (!cell.style) continue;
    const rows = byStyle.get(cell.style) ?? new Map<number, number[]>();
    byStyle.set(cell.style, rows);
    rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell.column]);
  }

  const areas = new Map<StyleKey, Rect[]>();
  for (const [style, rows] of byStyle) {
    const open = new Map<string, Rect>();
    const done: Rect[] = [];
    for (const row of [...rows.keys()].sort((a, b) => a - b)) {
      const runs = toRuns(rows.get(row)!);
      const next = new Map<string, Rect>();
      for (const [left, right] of runs) {
        const key = `${left}:${right}`;
        const above = open.get(key);
        next.set(key, above && above.bottom === row - 1 ? { ...above, bottom: row } : { top: row, left, bottom: row, right });
        if (above && above.bottom !== row - 1) done.push(above);
        open.delete(key);
      }
      done.push(...open.values());
      open.clear();
      for (const [key, rect] of next) open.set(key, rect);
    }
    done.push(...open.values());
    areas.set(style, done);
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
