import { raiseFlag, textKey, type Flag } from "../engine";
import { a1 } from "./a1";
import { cellAt, isBlank, type Grid } from "./cells";
import { COMPUTED_COLUMNS, INPUT_COLUMNS, SHEETS, type ComputedColumnKey, type InputColumnKey } from "./contract";
import { flagAtCell } from "./place";

export interface HeaderLayout {
  /** 0-based row of the header. */
  readonly row: number;
  readonly input: ReadonlyMap<InputColumnKey, number>;
  /** LAPKIN's own columns from an earlier run, if they are still the last columns of the sheet. */
  readonly computed: ReadonlyMap<ComputedColumnKey, number>;
  /** Where LAPKIN's columns start: its earlier block, or the first column right of everything. */
  readonly computedStart: number;
  readonly flags: readonly Flag[];
}

export type HeaderResult =
  | { readonly ok: true; readonly layout: HeaderLayout }
  | { readonly ok: false; readonly reason: "no-header" | "missing-column"; readonly message: string };

const INPUT_BY_KEY = new Map<string, InputColumnKey>(
  INPUT_COLUMNS.flatMap((c) => [c.header, ...c.also].map((name) => [textKey(name), c.key] as const)),
);
const COMPUTED_BY_KEY = new Map<string, ComputedColumnKey>(COMPUTED_COLUMNS.map((c) => [textKey(c.header), c.key] as const));
const FIELD_OF = new Map(INPUT_COLUMNS.map((c) => [c.key, c.field] as const));

/** How far down a header row may sit under titles. */
const HEADER_SEARCH_ROWS = 30;
const MIN_HEADER_MATCHES = 3;

/** Finds the header row of Indikator and what each column holds. */
export function readHeaderRow(grid: Grid): HeaderResult {
  const width = usedWidth(grid);
  const row = findHeaderRow(grid, width);
  if (row === null) {
    return {
      ok: false,
      reason: "no-header",
      message: `Sheet ${SHEETS.indikator} tidak memuat baris judul kolom; tulis judul Level, Uraian, Indikator dan Target di baris pertama tabel.`,
    };
  }

  const headers = Array.from({ length: width }, (_, c) => String(cellAt(grid, row, c) ?? "").trim());
  const computed = trailingComputedBlock(headers);
  const inputEnd = computed.size > 0 ? Math.min(...computed.values()) : width;

  const input = new Map<InputColumnKey, number>();
  const flags: Flag[] = [];
  for (let c = 0; c < inputEnd; c++) {
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
  return { ok: true, layout: { row, input, computed, computedStart: computed.size > 0 ? inputEnd : width, flags } };
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
function findHeaderRow(grid: Grid, width: number): number | null {
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const keys = new Set<InputColumnKey>();
    for (let c = 0; c < width; c++) {
      const key = INPUT_BY_KEY.get(textKey(String(cellAt(grid, r, c) ?? "")));
      if (key) keys.add(key);
    }
    if (keys.size >= MIN_HEADER_MATCHES) return r;
  }
  return null;
}

/** LAPKIN's block is recognised only as the sheet's last columns and only if it holds Capaian (%). */
function trailingComputedBlock(headers: readonly string[]): Map<ComputedColumnKey, number> {
  const block = new Map<ComputedColumnKey, number>();
  for (let c = headers.length - 1; c >= 0; c--) {
    const key = COMPUTED_BY_KEY.get(textKey(headers[c]!));
    if (!key || block.has(key)) break;
    block.set(key, c);
  }
  return block.has("capaian") ? block : new Map();
}
