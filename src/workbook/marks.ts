import { textKey } from "../engine";
import { a1, columnLetters, sheetRefName } from "./a1";
import type { ComputedColumnKey } from "./contract";
import type { Rect, RegionKey, SheetKind } from "./plan";

/**
 * How LAPKIN knows what it made: a hidden workbook-level defined name for each of its columns on
 * Indikator, each of its sheets and each free-text place inside them. Never the header text or the
 * sheet name, which a user's own column or sheet may share. Excel and LibreOffice move a name's
 * reference when columns are inserted or a sheet is renamed, so LAPKIN finds its block wherever it
 * now stands. Both doors read and write the same names.
 */
export const MARK_PREFIX = "_LAPKIN_";

const COLUMN_MARKS: Readonly<Record<ComputedColumnKey, string>> = {
  realisasi: "KOLOM_REALISASI",
  capaian: "KOLOM_CAPAIAN",
  predikat: "KOLOM_PREDIKAT",
  penyerapan: "KOLOM_PENYERAPAN",
  efisiensi: "KOLOM_EFISIENSI",
  catatan: "KOLOM_CATATAN",
};
const SHEET_MARKS: Readonly<Record<SheetKind, string>> = {
  laporan: "SHEET_LAPORAN",
  pemeriksaan: "SHEET_PEMERIKSAAN",
  pk: "SHEET_PK",
  rencanaAksi: "SHEET_RENCANA_AKSI",
  evaluasiRenja: "SHEET_EVALUASI_RENJA",
};
const REGION_MARKS: Readonly<Record<RegionKey, string>> = {
  "laporan.rencanaTindakLanjut": "TEKS_LAPORAN_RTL",
  "laporan.tanggapanCentang": "TEKS_LAPORAN_CENTANG",
  "laporan.tanggapanTeks": "TEKS_LAPORAN_TANGGAPAN",
  "evaluasi.faktorPendorong": "TEKS_EVALUASI_PENDORONG",
  "evaluasi.faktorPenghambat": "TEKS_EVALUASI_PENGHAMBAT",
  "evaluasi.tindakLanjutTriwulan": "TEKS_EVALUASI_TL_TRIWULAN",
  "evaluasi.tindakLanjutRenja": "TEKS_EVALUASI_TL_RENJA",
};

/**
 * A defined name as a door writes it: a workbook-level name for a rectangle of one sheet, or for a
 * text constant (the fingerprint of the figures a report's sentences were written from).
 */
export type NameMark =
  { readonly name: string; readonly sheet: string; readonly rect: Rect } | { readonly name: string; readonly constant: string };

/** What a name refers to, as a defined name's text holds it (without "="): 'Laporan'!$A$1, or "text". */
export function nameText(mark: NameMark): string {
  return "constant" in mark ? `"${mark.constant.replace(/"/g, '""')}"` : markReference(mark.sheet, mark.rect);
}

/** The fingerprint mark: which figures the report's sentences were written from. */
export const SIDIK_MARK = `${MARK_PREFIX}SIDIK`;

const REPORT_MARKS: ReadonlySet<string> = new Set([
  ...[COLUMN_MARKS, SHEET_MARKS, REGION_MARKS].flatMap((table) => Object.values(table).map((mark) => MARK_PREFIX + mark)),
  SIDIK_MARK,
]);

/**
 * Whether a defined name is one the unit report writes (its columns, sheets, free-text places and
 * fingerprint). A report replaces these and no other: LAPKIN's other marks in the workbook (a
 * recap written into it) are not the report's to drop.
 */
export function isReportMark(name: string): boolean {
  return REPORT_MARKS.has(name.toUpperCase());
}

/** A defined name as a door found it: its name and its reference as text ("Indikator!$X$1", "=Laporan!$B$4:$I$6"). */
export interface FoundName {
  readonly name: string;
  readonly reference: string;
}

/** A cell or rectangle on a named sheet, from a mark. */
export interface MarkedPlace {
  readonly sheet: string;
  readonly rect: Rect;
}

export interface FoundMarks {
  readonly columns: ReadonlyMap<ComputedColumnKey, MarkedPlace>;
  readonly sheets: ReadonlyMap<SheetKind, string>;
  readonly regions: ReadonlyMap<RegionKey, MarkedPlace>;
  /** The fingerprint of the figures the report was last written from, or null. */
  readonly sidik: string | null;
}

export const NO_MARKS: FoundMarks = { columns: new Map(), sheets: new Map(), regions: new Map(), sidik: null };

export const columnMarkName = (key: ComputedColumnKey) => MARK_PREFIX + COLUMN_MARKS[key];
export const sheetMarkName = (kind: SheetKind) => MARK_PREFIX + SHEET_MARKS[kind];
export const regionMarkName = (key: RegionKey) => MARK_PREFIX + REGION_MARKS[key];

export function isLapkinName(name: string): boolean {
  return name.toUpperCase().startsWith(MARK_PREFIX);
}

/** `'Laporan (LAPKIN)'!$A$1:$B$2`: a rectangle as a defined name's reference, the sheet quoted where Excel needs it. */
export function markReference(sheet: string, rect: Rect): string {
  const cell = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;
  const quoted = sheetRefName(sheet);
  const single = rect.top === rect.bottom && rect.left === rect.right;
  return `${quoted}!${cell(rect.top, rect.left)}${single ? "" : `:${cell(rect.bottom, rect.right)}`}`;
}

/** Reads a reference back: null where it isn't one rectangle on one sheet (a name whose sheet was deleted reads "#REF!"). */
export function parseReference(reference: string): MarkedPlace | null {
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(reference.trim());
  if (!match) return null;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]!;
  const top = Number(match[4]) - 1;
  const left = columnIndex(match[3]!);
  const bottom = match[6] === undefined ? top : Number(match[6]) - 1;
  const right = match[5] === undefined ? left : columnIndex(match[5]);
  if (top < 0 || bottom < top || right < left) return null;
  return { sheet, rect: { top, left, bottom, right } };
}

/** A text constant's value from its defined name (="abc", "abc", or abc as Excel's NamedItem.value gives it). */
function constantOf(reference: string): string {
  const text = reference.trim().replace(/^=/, "");
  return /^".*"$/.test(text) ? text.slice(1, -1).replace(/""/g, '"') : text;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * LAPKIN's marks among a workbook's defined names. A mark whose sheet no longer exists, or whose
 * reference is broken, is as if absent: LAPKIN then makes that thing anew rather than guess.
 */
export function readMarks(names: readonly FoundName[], sheetNames: readonly string[]): FoundMarks {
  const actual = new Map(sheetNames.map((name) => [textKey(name), name] as const));
  const byName = new Map<string, MarkedPlace>();
  for (const found of names) {
    if (!isLapkinName(found.name)) continue;
    const place = parseReference(found.reference);
    const sheet = place && actual.get(textKey(place.sheet));
    if (place && sheet) byName.set(found.name.toUpperCase(), { sheet, rect: place.rect });
  }
  const pick = <K extends string>(table: Readonly<Record<K, string>>) => {
    const out = new Map<K, MarkedPlace>();
    for (const [key, mark] of Object.entries(table) as [K, string][]) {
      const place = byName.get(MARK_PREFIX + mark);
      if (place) out.set(key, place);
    }
    return out;
  };
  const sheets = new Map<SheetKind, string>();
  for (const [kind, place] of pick(SHEET_MARKS)) sheets.set(kind, place.sheet);
  const sidik = names.find((n) => n.name.toUpperCase() === SIDIK_MARK);
  return { columns: pick(COLUMN_MARKS), sheets, regions: pick(REGION_MARKS), sidik: sidik ? constantOf(sidik.reference) : null };
}

/** "Indikator!X1": where a mark points, for messages. */
export function describePlace(place: MarkedPlace): string {
  return `${place.sheet}!${a1(place.rect.top, place.rect.left)}`;
}
