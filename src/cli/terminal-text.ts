const NEWLINE = 0x0a;
const TAB = 0x09;
const ESC = 0x1b;
const BEL = 0x07;
const DEL = 0x7f;
const C1_CSI = 0x9b;
const C1_ST = 0x9c;
/** Introducers of control strings (DCS, SOS, OSC, PM, APC), as 8-bit C1 codes. */
const C1_STRINGS = new Set([0x90, 0x98, 0x9d, 0x9e, 0x9f]);
/** The same as ESC plus a letter: ESC P, X, ], ^, _. */
const ESC_STRINGS = new Set(["P", "X", "]", "^", "_"]);

const inRange = (code: number, low: number, high: number) => code >= low && code <= high;

/**
 * Text made safe to print on a terminal: a workbook's cells and file names are someone else's
 * words, and a terminal runs the control codes inside them (clear the screen, set the window title,
 * hide text, move the cursor back over a line). Kept: newline, tab and every printable character.
 * Removed: escape sequences whole (ECMA-48: CSI, control strings such as OSC and DCS, and the short
 * ESC forms), and every other C0 control, DEL and C1 control.
 *
 * Node's util.stripVTControlCharacters (the ansi-regex pattern) is not enough: it leaves a title
 * with a space in it half printed ("ESC]0;my title BEL") and keeps DCS strings and lone controls.
 */
export function forTerminal(text: string): string {
  let out = "";
  let runStart = 0;
  let i = 0;
  while (i < text.length) {
    if (printable(text.charCodeAt(i))) {
      i++;
      continue;
    }
    out += text.slice(runStart, i);
    i = afterControl(text, i);
    runStart = i;
  }
  return out + text.slice(runStart);
}

const printable = (code: number) => code === NEWLINE || code === TAB || (code >= 0x20 && code < DEL) || code > 0x9f;

/** The index just past the control code (or whole sequence) that starts at `start`. */
function afterControl(text: string, start: number): number {
  const code = text.charCodeAt(start);
  if (code === C1_CSI) return afterCsi(text, start + 1);
  if (C1_STRINGS.has(code)) return afterControlString(text, start + 1);
  if (code !== ESC) return start + 1;

  const next = start + 1;
  if (next >= text.length) return next;
  const introducer = text[next]!;
  const nextCode = text.charCodeAt(next);
  if (introducer === "[") return afterCsi(text, next + 1);
  if (ESC_STRINGS.has(introducer)) return afterControlString(text, next + 1);
  // nF sequences (ESC, intermediates 0x20-0x2F, a final 0x30-0x7E), e.g. ESC ( B.
  if (inRange(nextCode, 0x20, 0x2f)) {
    let k = next;
    while (k < text.length && inRange(text.charCodeAt(k), 0x20, 0x2f)) k++;
    return k < text.length && inRange(text.charCodeAt(k), 0x30, 0x7e) ? k + 1 : k;
  }
  // Two-character sequences (Fp, Fe, Fs), e.g. ESC c (reset), ESC 7 (save cursor).
  if (inRange(nextCode, 0x30, 0x7e)) return next + 1;
  return next;
}

/** CSI: parameter bytes 0x30-0x3F, intermediate bytes 0x20-0x2F, one final byte 0x40-0x7E. */
function afterCsi(text: string, from: number): number {
  let k = from;
  while (k < text.length && inRange(text.charCodeAt(k), 0x30, 0x3f)) k++;
  while (k < text.length && inRange(text.charCodeAt(k), 0x20, 0x2f)) k++;
  return k < text.length && inRange(text.charCodeAt(k), 0x40, 0x7e) ? k + 1 : k;
}

/**
 * A control string (OSC title, DCS, ...) runs to its terminator (ST as ESC \ or 0x9C, or BEL) and
 * is removed with it. It may only hold printable characters: one that is cut short by a newline or
 * another control loses just its introducer, so nothing after it (a galat line, say) is swallowed.
 */
function afterControlString(text: string, bodyStart: number): number {
  for (let k = bodyStart; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === BEL || code === C1_ST) return k + 1;
    if (code === ESC) return text[k + 1] === "\\" ? k + 2 : bodyStart;
    if (code < 0x20 || inRange(code, DEL, 0x9f)) return bodyStart;
  }
  return bodyStart;
}

/** One line of terminal text: a cell's own line breaks and tabs would break a table row or fake a new line. */
export function oneLine(text: string): string {
  return forTerminal(text).replace(/\s+/g, " ").trim();
}
