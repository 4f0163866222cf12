/** 0-based column index to letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(index: number): string {
  return NAMED[index] ?? lettersOf(index);
}

function lettersOf(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A to ZZ, worked out once: plans address hundreds of thousands of cells, nearly all in the first columns. */
const NAMED: readonly string[] = Array.from({ length: 702 }, (_, i) => lettersOf(i));

/** 0-based row and column to an A1 address: (2, 5) -> F3. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** A sheet's name as a formula or an address writes it: quoted where Excel needs it ('Laporan (LAPKIN)'). */
export function sheetRefName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A1 address on a sheet: Indikator!F3 (quoted where Excel needs it). */
export function sheetA1(sheet: string, row: number, column: number): string {
  return `${sheetRefName(sheet)}!${a1(row, column)}`;
}

/** An absolute reference to a cell of another sheet, for a formula: Info!$B$4. */
export function absoluteRef(sheet: string, row: number, column: number): string {
  return `${sheetRefName(sheet)}!$${columnLetters(column)}$${row + 1}`;
}

/** A rectangular range: A1:F20. */
export function a1Range(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}
