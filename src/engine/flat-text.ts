/**
 * A text a plan keeps until it is written, made one flat string. V8 keeps a string built by `+` or
 * a template as a tree of its pieces until something reads it by character; reading one character
 * flattens it, and the collector then keeps the flat string alone. A report of 10,000 indicators
 * holds 150,000 formulas and texts: as trees they were about a million objects the young-generation
 * collector copied (flat, the plans took about a tenth less time and 40 MB less memory, A/B measured).
 */
export function flat<T extends string | number | null | undefined>(text: T): T {
  if (typeof text === "string" && text.length > 0) text.charCodeAt(0);
  return text;
}
