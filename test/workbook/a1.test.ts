import { a1, columnLetters } from "../../src/workbook/a1";

/** Column letters as Excel names them, the first 702 from a table and the rest worked out. */
test("columns are named as Excel names them, on both sides of ZZ", () => {
  expect([0, 25, 26, 51, 701, 702, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA", "XFD"]);
  expect(a1(0, 0)).toBe("A1");
  expect(a1(11, 5)).toBe("F12");
});

test("every column's letters read back to its index (bijective base 26)", () => {
  const indexOf = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const wrong = Array.from({ length: 16384 }, (_, i) => i).filter((i) => indexOf(columnLetters(i)) !== i);
  expect(wrong).toEqual([]);
});
