import { raiseFlag, textKey, type Flag } from "../engine";
import { a1 } from "./a1";
import { cellAt, isBlank, type Grid } from "./cells";
import { COMPUTED_COLUMNS, INPUT_COLUMNS, SHEETS, type ComputedColumnKey, type InputColumnKey } from "./contract";
import { flagAtCell } from "./place";

export interface HeaderLayout {
  /** 0-based row of the header. */
  readonly row: number;
  readonly input: ReadonlyMap<InputColumnKey, number>;
  /**
   * Where each of LAPKIN's columns stands: where its mark says (an earlier run's column, wherever
   * the user has moved it), or a new column right of everything else.
   */
  readonly computed: ReadonlyMap<ComputedColumnKey, number>;
  readonly flags: readonly Flag[];
}

export type HeaderResult =
  | { readonly ok: true; readonly layout: HeaderLayout }
  | { readonly ok: false; readonly reason: "no-header" | "missing-column"; readonly message: string };

const INPUT_BY_KEY = new Map<string, InputColumnKey>(
  INPUT_COLUMNS.flatMap((c) => [c.header, ...c.also].map((name) => [textKey(name), c.key] as const)),
);
const FIELD_OF = new Map(INPUT_COLUMNS.map((c) => [c.key, c.field] as const));

/** How far down a header row may sit under titles. */
const HEADER_SEARCH_ROWS = 30;
const MIN_HEADER_MATCHES = 3;

/**
 * Finds the header row of Indikator and what each column holds. `own` are LAPKIN's columns from an
 * earlier run, known by their marks: they are never read as the user's input.
 */
export function readHeaderRow(grid: Grid, own: ReadonlyMap<ComputedColumnKey, number> = new Map()): HeaderResult {
  const width = usedWidth(grid);
  const owned = new Set(own.values());
  const row = findHeaderRow(grid, width, owned);
  if (row === null) {
    return {
      ok: false,
      reason: "no-header",
      message: `Sheet ${SHEETS.indikator} tidak memuat baris judul kolom; tulis judul Level, Uraian, Indikator dan Target di baris pertama tabel.`,
    };
  }

  const headers = Array.from({ length: width }, (_, c) => String(cellAt(grid, row, c) ?? "").trim());

  const input = new Map<InputColumnKey, number>();
  const flags: Flag[] = [];
  for (let c = 0; c < width; c++) {
    if (owned.has(c)) continue;
    const key = INPUT_BY_KEY.get(textKey(headers[c]!));
    if (!key) continue;
    const first = input.get(key);
    if (first === undefined) input.set(key, c);
    else
      flags.push(
        flagAtCell(raiseFlag("KOLOM_GANDA", "kolom", { judul: headers[c]!, dipakai: a1(row, first) }), SHEETS.indikator, row, c),
      );
  }

  const missing = INPUT_COLUMNS.filter((c) => c.required && !input.has(c.key)).map((c) => c.header);
  if (missing.length > 0) {
    return {
      ok: false,
      reason: "missing-column",
      message: `Kolom wajib tidak ada di sheet ${SHEETS.indikator} (baris judul ${row + 1}): ${missing.join(", ")}; tambahkan judul kolomnya.`,
    };
  }
  return { ok: true, layout: { row, input, computed: placeComputedColumns(own, width), flags } };
}

export function fieldOfColumn(key: InputColumnKey) {
  return FIELD_OF.get(key)!;
}

function usedWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid) {
    for (let c = row.length - 1; c >= width; c--) {
      if (!isBlank(row[c])) {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

/** The first row naming at least three of the contract's columns: enough to be a header, even one missing a required column. */
function findHeaderRow(grid: Grid, width: number, owned: ReadonlySet<number>): number | null {
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const keys = new Set<InputColumnKey>();
    for (let c = 0; c < width; c++) {
      if (owned.has(c)) continue;
      const key = INPUT_BY_KEY.get(textKey(String(cellAt(grid, r, c) ?? "")));
      if (key) keys.add(key);
    }
    if (keys.size >= MIN_HEADER_MATCHES) return r;
  }
  return null;
}

/** LAPKIN's columns: each where its mark is, the rest in order right of every used column. */
function placeComputedColumns(own: ReadonlyMap<ComputedColumnKey, number>, width: number): Map<ComputedColumnKey, number> {
  const placed = new Map<ComputedColumnKey, number>();
  let next = Math.max(width, ...[...own.values()].map((c) => c + 1));
  for (const { key } of COMPUTED_COLUMNS) {
    const marked = own.get(key);
    placed.set(key, marked ?? next++);
  }
  return placed;
}
