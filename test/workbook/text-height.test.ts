import fc from "fast-check";
import { LINE_HEIGHT, MAX_ROW_HEIGHT, textHeight } from "../../src/workbook/sheet-builder";

/**
 * A wrapped text's height: lines laid word by word as Excel wraps them. Held to a second,
 * independent method (the text split into paragraphs and words by regular expressions, each word
 * placed greedily) on random texts, and to cases counted by hand.
 */

function byWords(text: string, perLine: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than a line is broken over as many lines as it needs.
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length - (Math.ceil(word.length / perLine) - 1) * perLine;
    }
  }
  return lines;
}

const heightOf = (lines: number, size = 11) =>
  Math.min(MAX_ROW_HEIGHT, lines === 1 ? LINE_HEIGHT : Math.ceil((lines * LINE_HEIGHT * size) / 11 + 3));

test("counted by hand: a short text, words that wrap, a long word, line breaks", () => {
  // Width 10 holds 12 characters a line.
  expect(textHeight("Capaian", 10)).toBe(LINE_HEIGHT);
  expect(textHeight("aaaa bbbb cccc", 10)).toBe(heightOf(2)); // "aaaa bbbb" | "cccc"
  expect(textHeight("a".repeat(30), 10)).toBe(heightOf(3)); // 12 + 12 + 6
  expect(textHeight("satu\ndua\n\ntiga", 10)).toBe(heightOf(4)); // an empty line counts
  expect(textHeight("x\u00a0\u00a0y\tz", 1)).toBe(heightOf(3)); // no-break space and tab end words
});

test("a text's height agrees with laying its words out one by one", () => {
  const piece = fc.oneof(
    fc.constantFrom(" ", "  ", "\n", "\t", "\u00a0", "\u3000", "\r\n", "Pada", "indikator", "93,65", "x"),
    fc.string({ minLength: 1, maxLength: 40 }),
  );
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 60 }).map((parts) => parts.join("")),
      fc.integer({ min: 1, max: 120 }),
      fc.constantFrom(8, 9, 11, 14),
      (text, width, size) => {
        const perLine = Math.max(1, Math.floor((width * 1.2 * 11) / size));
        expect(textHeight(text, width, size)).toBe(heightOf(byWords(text, perLine), size));
      },
    ),
    { numRuns: 2000 },
  );
});
