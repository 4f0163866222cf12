import type { CellKind } from "../engine";

/**
 * What an Excel number format code says about its cell: a percentage ("0.00%"), a date or time
 * ("dd/mm/yyyy", "[$-421]d mmmm yyyy", "h:mm"), or neither. Quoted text, escaped characters,
 * [colour] and [$-locale] sections are not format tokens, so "0 \"hari\"" is a plain number.
 */
export function cellKindOfFormat(code: string | null | undefined): CellKind {
  if (!code) return null;
  const tokens = formatTokens(code);
  if (tokens.includes("%")) return "percent";
  if (/[dmyhs]/i.test(tokens) && !/^general$/i.test(tokens.trim())) return "date";
  return null;
}

/** The format code with its literal parts (quoted text, escapes, bracketed sections) removed; only the first section. */
function formatTokens(code: string): string {
  let out = "";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === ";") break;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = code.indexOf("]", i + 1);
      const inside = code.slice(i + 1, end < 0 ? code.length : end);
      // [h], [mm], [ss]: elapsed time, still a time format.
      if (/^[hms]+$/i.test(inside)) out += inside;
      i = end < 0 ? code.length : end;
    } else {
      out += ch;
    }
  }
  return out;
}
