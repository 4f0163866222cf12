import { raiseFlag, readNumber, textKey, type Flag } from "../engine";
import { a1 } from "./a1";
import { cellAt, isBlank, type Grid } from "./cells";
import { COMPUTED_COLUMNS, INPUT_COLUMNS, type ComputedColumnKey, type InputColumnKey } from "./contract";
import { flagAtCell } from "./place";

export interface HeaderLayout {
  /** 0-based first row of the header; LAPKIN's own column headers go here. */
  readonly row: number;
  /** Its last row: the same row, or the next for a two-row header (a merged group over sub-columns). */
  readonly lastRow: number;
  /** The first row that may hold an indicator (past a numbered-column row such as "1 2 3 4 5 = 4/3"). */
  readonly dataStart: number;
  readonly input: ReadonlyMap<InputColumnKey, number>;
  /** "Realisasi 2022" and the like: earlier years' realisasi, by year. */
  readonly years: ReadonlyMap<number, number>;
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

/** Header texts compared without case, spaces or punctuation; a "%" counts, as the word "persen". */
export function headerKey(text: string): string {
  return textKey(text.replace(/%/g, " persen "));
}

const INPUT_BY_KEY = new Map<string, InputColumnKey>(
  INPUT_COLUMNS.flatMap((c) => [c.header, ...c.also].map((name) => [headerKey(name), c.key] as const)),
);

/** How far down a header row may sit under titles. */
export const HEADER_SEARCH_ROWS = 30;
const MIN_HEADER_MATCHES = 3;

interface HeaderContext {
  readonly sheet: string;
  /** Info's Tahun: "Target 2024" in a 2024 workbook is the Target. */
  readonly tahun: number | null;
}

/** What one header text names: a contract column, an earlier year's realisasi, or nothing known. */
type Named = { readonly kind: "input"; readonly key: InputColumnKey } | { readonly kind: "year"; readonly year: number } | null;

function nameOf(text: string, context: HeaderContext): Named {
  const key = INPUT_BY_KEY.get(headerKey(text));
  if (key) return { kind: "input", key };
  const dated = /^(target|realisasi)(?:\s+(?:tahun|th\.?))?\s+((?:19|20)\d\d)$/i.exec(text.trim().replace(/\s+/g, " "));
  if (!dated) return null;
  const year = Number(dated[2]);
  const isTarget = dated[1]!.toLowerCase() === "target";
  if (context.tahun === null) return isTarget ? null : { kind: "year", year };
  if (year === context.tahun) return { kind: "input", key: isTarget ? "target" : "realisasi" };
  return !isTarget && year < context.tahun ? { kind: "year", year } : null;
}

/**
 * Finds the header of Indikator and what each column holds: one row, or two where a merged group
 * ("Realisasi") stands over its sub-columns ("TW I | TW II | TW III | TW IV"). `own` are LAPKIN's
 * columns from an earlier run, known by their marks: they are never read as the user's input.
 */
export function readHeaderRow(
  grid: Grid,
  context: HeaderContext,
  own: ReadonlyMap<ComputedColumnKey, number> = new Map(),
): HeaderResult {
  const width = usedWidth(grid);
  const owned = new Set(own.values());
  const row = findHeaderRow(grid, width, owned, context, 0, HEADER_SEARCH_ROWS);
  if (row === null) return noHeader(grid, width, owned, context);

  const twoRows = isSubHeader(grid, row, width, owned, context);
  const lastRow = twoRows ? row + 1 : row;
  const input = new Map<InputColumnKey, number>();
  const years = new Map<number, number>();
  const flags: Flag[] = [];
  const group = groupHeaders(grid, row, width, twoRows);
  for (let c = 0; c < width; c++) {
    if (owned.has(c)) continue;
    const top = group[c] ?? null;
    const sub = twoRows ? text(cellAt(grid, row + 1, c)) : null;
    const named = resolve(top, sub, context);
    if (named?.kind === "year") {
      if (!years.has(named.year)) years.set(named.year, c);
      continue;
    }
    if (!named) continue;
    const first = input.get(named.key);
    if (first === undefined) input.set(named.key, c);
    else {
      const judul = [top, sub].filter(Boolean).join(" ");
      const at = sub ? row + 1 : row;
      flags.push(flagAtCell(raiseFlag("KOLOM_GANDA", "kolom", { judul, dipakai: a1(row, first) }), context.sheet, at, c));
    }
  }

  const missing = INPUT_COLUMNS.filter((c) => c.required && !input.has(c.key)).map((c) => c.header);
  if (missing.length > 0) {
    return {
      ok: false,
      reason: "missing-column",
      message: `Kolom wajib tidak ada di sheet ${context.sheet} (baris judul ${row + 1}): ${missing.join(", ")}; tambahkan judul kolomnya.`,
    };
  }
  const dataStart = isNumberingRow(grid, lastRow + 1, [...input.values()]) ? lastRow + 2 : lastRow + 1;
  return {
    ok: true,
    layout: { row, lastRow, dataStart, input, years, computed: placeComputedColumns(own, width), flags },
  };
}

function text(value: unknown): string | null {
  return isBlank(value) || typeof value !== "string" ? (typeof value === "number" ? String(value) : null) : value.trim();
}

/** A header found only below the rows searched is named with the limit, so the user knows what to move. */
function noHeader(grid: Grid, width: number, owned: ReadonlySet<number>, context: HeaderContext): HeaderResult {
  const later = findHeaderRow(grid, width, owned, context, HEADER_SEARCH_ROWS, grid.length);
  const message =
    later === null
      ? `Sheet ${context.sheet} tidak memuat baris judul kolom; tulis judul Level, Uraian, Indikator dan Target di baris pertama tabel.`
      : `Baris judul kolom sheet ${context.sheet} ada di baris ${later + 1}, padahal LAPKIN mencarinya hanya di ${HEADER_SEARCH_ROWS} baris pertama; hapus baris di atasnya agar judul kolom berada di baris 1 sampai ${HEADER_SEARCH_ROWS}.`;
  return { ok: false, reason: "no-header", message };
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

/** The first row naming at least three of the contract's columns (alone, or as a two-row header's top row). */
function findHeaderRow(
  grid: Grid,
  width: number,
  owned: ReadonlySet<number>,
  context: HeaderContext,
  from: number,
  to: number,
): number | null {
  for (let r = from; r < Math.min(grid.length, to); r++) {
    const keys = new Set<string>();
    let own = 0;
    for (let c = 0; c < width; c++) {
      if (owned.has(c)) continue;
      const value = text(cellAt(grid, r, c));
      const named = value === null ? null : nameOf(value, context);
      if (named?.kind === "input") {
        keys.add(named.key);
        own++;
      }
      // A group's own sub-columns ("TW I" under "Realisasi") count toward the header's size.
      const below = text(cellAt(grid, r + 1, c));
      const sub = below === null ? null : nameOf(below, context);
      if (continuesGroup(grid, r, c) && sub?.kind === "input") keys.add(sub.key);
    }
    if (own > 0 && keys.size >= MIN_HEADER_MATCHES) return r;
  }
  return null;
}

/**
 * The row under a header is a sub-header when it holds only text, some of it under a header cell
 * left blank by a merge (the group continues), and none of it a number: a data row has figures.
 */
function isSubHeader(grid: Grid, row: number, width: number, owned: ReadonlySet<number>, context: HeaderContext): boolean {
  const groups = groupHeaders(grid, row, width, true);
  let named = 0;
  for (let c = 0; c < width; c++) {
    if (owned.has(c)) continue;
    const below = cellAt(grid, row + 1, c);
    if (isBlank(below)) continue;
    if (typeof below !== "string" || readNumber(below).kind === "angka") return false;
    if (continuesGroup(grid, row, c) && resolve(groups[c] ?? null, below.trim(), context)) named++;
  }
  return named > 0;
}

/**
 * The top header over each column: its own cell, or the merged group it sits under (a merge leaves
 * the cells after its first blank; some staff type the group's name over each column instead).
 */
function groupHeaders(grid: Grid, row: number, width: number, twoRows: boolean): (string | null)[] {
  const out: (string | null)[] = [];
  let group: string | null = null;
  for (let c = 0; c < width; c++) {
    const own = text(cellAt(grid, row, c));
    if (own !== null) group = own;
    else if (!twoRows || isBlank(cellAt(grid, row + 1, c))) group = null;
    out.push(own ?? group);
  }
  return out;
}

/** A header cell that continues the group on its left: blank (merged), or the same text typed again. */
function continuesGroup(grid: Grid, row: number, column: number): boolean {
  const own = text(cellAt(grid, row, column));
  return own === null || (column > 0 && own === text(cellAt(grid, row, column - 1)));
}

/**
 * A column under a group: the two read together ("Target" + "TW I" is Target TW1, "Anggaran" +
 * "Realisasi" is Realisasi Anggaran), else the sub-column alone where the group is Realisasi or
 * unknown ("Realisasi" + "TW I" is TW1). Under another known group ("Capaian" + "TW I") a
 * sub-column is not taken for a column of its own.
 */
function resolve(top: string | null, sub: string | null, context: HeaderContext): Named {
  if (sub === null) return top === null ? null : nameOf(top, context);
  if (top === null) return nameOf(sub, context);
  const together = nameOf(`${top} ${sub}`, context) ?? nameOf(`${sub} ${top}`, context);
  if (together) return together;
  const group = nameOf(top, context);
  return group === null || (group.kind === "input" && group.key === "realisasi") ? nameOf(sub, context) : null;
}

/** "1 | 2 | 3 | 4 | 5 = 4/3 | 6": the numbered-column row printed reports carry under their header. */
function isNumberingRow(grid: Grid, row: number, columns: readonly number[]): boolean {
  const ordered = [...columns].sort((a, b) => a - b);
  const leading = ordered
    .map((c) => cellAt(grid, row, c))
    .filter((v) => !isBlank(v))
    .map((v) => {
      if (typeof v === "number") return Number.isInteger(v) ? v : null;
      const match = typeof v === "string" ? /^\(?(\d+)\)?(\s*=\s*[\d\s/x+*().-]+)?$/.exec(v.trim()) : null;
      return match ? Number(match[1]) : null;
    });
  return leading.length >= 3 && leading.every((n, i) => n !== null && (i === 0 || n > leading[i - 1]!));
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
