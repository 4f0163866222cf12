/**
 * Text as XML 1.0 may hold it: characters XML forbids (control characters other than tab, line
 * feed and carriage return; lone surrogates; U+FFFE and U+FFFF) are dropped, because a part that
 * holds one is a file Excel refuses to open.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must be found
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character xmlText changes: most texts have none, and one test costs less than four replacements. */
// eslint-disable-next-line no-control-regex -- the forbidden control characters, as above
const CHANGED = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function xmlText(text: string): string {
  if (!CHANGED.test(text)) return text;
  return text.replace(FORBIDDEN, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

/**
 * Cell text as Excel stores it: Excel reads `_x000D_` in a string as an escaped character, so a
 * user's literal "_x0041_" is written with its underscore escaped (`_x005F_x0041_`) and shown as typed.
 */
export function cellText(text: string): string {
  if (!text.includes("_x")) return xmlText(text);
  return xmlText(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1"));
}

/** Cell text as read: the `_xHHHH_` escapes Excel writes for characters XML can't hold. */
export function unescapeCellText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
