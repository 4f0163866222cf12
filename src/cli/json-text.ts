/**
 * The `--json` text: JSON.stringify escapes C0 controls but leaves DEL and the C1 controls raw, and
 * a terminal may act on those. They can only stand inside JSON strings, so writing them as \u
 * escapes prints the very same value with no control code in it.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
