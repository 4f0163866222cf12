import type { StoredRect } from "./model";

/** Excel's last row and column (0-based), for whole-row ("5:7") and whole-column ("A:C") addresses. */
export const LAST_ROW = 1_048_575;
export const LAST_COLUMN = 16_383;

/** An address as Excel reads it: an optional sheet, then a cell, a rectangle, whole rows or whole columns. */
export interface ParsedAddress {
  readonly sheet: string | null;
  readonly rect: StoredRect;
}

const CELL = String.raw`\$?([A-Z]{1,3})\$?(\d+)`;
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => StoredRect][] = [
  [
    new RegExp(`^${CELL}(?::${CELL})?$`, "i"),
    (m) => {
      const top = Number(m[2]) - 1;
      const left = columnIndex(m[1]!);
      return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnIndex(m[3]) : left };
    },
  ],
  [/^\$?(\d+):\$?(\d+)$/, (m) => ({ top: Number(m[1]) - 1, left: 0, bottom: Number(m[2]) - 1, right: LAST_COLUMN })],
  [
    /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i,
    (m) => ({ top: 0, left: columnIndex(m[1]!), bottom: LAST_ROW, right: columnIndex(m[2]!) }),
  ],
];

/** "J2", "$A$1:$C$3", "5:7", "A:C", "'Laporan (LAPKIN)'!E9"; null where Excel would refuse it. */
export function parseAddress(text: string): ParsedAddress | null {
  const trimmed = text.trim();
  const bang = trimmed.lastIndexOf("!");
  const sheetPart = bang >= 0 ? trimmed.slice(0, bang) : null;
  const sheet = sheetPart === null ? null : sheetPart.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const local = bang >= 0 ? trimmed.slice(bang + 1) : trimmed;
  for (const [pattern, read] of PATTERNS) {
    const match = pattern.exec(local);
    if (!match) continue;
    const rect = read(match);
    if (rect.top < 0 || rect.bottom < rect.top || rect.right < rect.left || rect.right > LAST_COLUMN || rect.bottom > LAST_ROW)
      return null;
    return { sheet, rect };
  }
  return null;
}

/** A defined name's reference back as text: Indikator!$T$1, 'Laporan (LAPKIN)'!$A$5:$I$7. */
export function formatReference(sheet: string, rect: StoredRect): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const cell = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;
  const single = rect.top === rect.bottom && rect.left === rect.right;
  return `${quoted}!${cell(rect.top, rect.left)}${single ? "" : `:${cell(rect.bottom, rect.right)}`}`;
}

export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
