import { oneLine } from "./terminal-text";

export type Align = "left" | "right";

export interface Column {
  readonly header: string;
  readonly align?: Align;
  /** Longest a cell may be before it wraps onto further lines. */
  readonly maxWidth?: number;
}

/**
 * A plain-text table for the terminal, long cells wrapped at word boundaries. Cells are measured as
 * they will show: control codes out, their own line breaks as spaces.
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const wrapped = rows.map((row) => row.map((cell, i) => wrap(oneLine(cell), columns[i]?.maxWidth ?? Number.POSITIVE_INFINITY)));
  const widths = columns.map((column, i) =>
    wrapped.reduce((width, row) => (row[i] ?? []).reduce((w, line) => Math.max(w, line.length), width), column.header.length),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (columns[i]?.align === "right" ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const out = [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w)))];
  for (const row of wrapped) {
    const height = row.reduce((max, lines) => Math.max(max, lines.length), 1);
    for (let k = 0; k < height; k++) out.push(line(row.map((lines) => lines[k] ?? "")));
  }
  return out.join("\n");
}

function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines;
}
