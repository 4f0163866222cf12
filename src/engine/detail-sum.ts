import type { Decimal } from "./decimal";
import { readNumber } from "./parse-number";

/**
 * The value of a detail line staff write beside a figure, e.g. "12 + 11 + 12" or the seed's
 * "(12 x 1 Dok APBDes) + (1 x 11 Dok RKPDesa)": numbers in Indonesian notation joined by "+" and
 * "x" (or "×", "*"), with parentheses; words are labels and are skipped. null when there is no
 * arithmetic to check (no number, or an expression that doesn't parse).
 */
export function detailValue(text: string): Decimal | null {
  const tokens = tokenize(text);
  if (!tokens || !tokens.some((t) => t.kind === "number")) return null;
  let position = 0;

  const peek = () => tokens[position];
  /** One precedence level: operands from `operand`, joined while `operator` follows. */
  const joined =
    (operator: "plus" | "times", operand: () => Decimal | null, combine: (a: Decimal, b: Decimal) => Decimal) =>
    (): Decimal | null => {
      let total = operand();
      while (total && peek()?.kind === operator) {
        position++;
        const next = operand();
        total = next ? combine(total, next) : null;
      }
      return total;
    };
  const product = joined(
    "times",
    () => factor(),
    (a, b) => a.times(b),
  );
  const sum = joined("plus", product, (a, b) => a.plus(b));
  const factor = (): Decimal | null => {
    const token = tokens[position++];
    if (token?.kind === "number") return token.value;
    if (token?.kind === "open") {
      const inner = sum();
      return tokens[position++]?.kind === "close" ? inner : null;
    }
    return null;
  };

  const value = sum();
  return value && position === tokens.length ? value : null;
}

type Token = { kind: "number"; value: Decimal } | { kind: "plus" | "times" | "open" | "close" };

const PIECES = /\s*(\(|\)|\+|[xX×*](?![\p{L}])|[\d][\d.,]*|[\p{L}][\p{L}\d]*|\S)/gu;

function tokenize(text: string): Token[] | null {
  if (text.length > 500) return null;
  const tokens: Token[] = [];
  for (const [, piece] of text.matchAll(PIECES)) {
    if (piece === "(") tokens.push({ kind: "open" });
    else if (piece === ")") tokens.push({ kind: "close" });
    else if (piece === "+") tokens.push({ kind: "plus" });
    else if (/^[xX×*]$/.test(piece!)) tokens.push({ kind: "times" });
    else if (/^\d/.test(piece!)) {
      const reading = readNumber(piece!.replace(/[.,]$/, ""));
      if (reading.kind !== "angka") return null;
      tokens.push({ kind: "number", value: reading.value });
    } else if (/^\p{L}/u.test(piece!))
      continue; // a label: "Dok", "APBDes", "desa"
    else if (piece === "=" || piece === ":" || piece === ";") return null;
    else return null;
  }
  return tokens;
}
