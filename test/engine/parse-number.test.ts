import { readNumber } from "../../src/engine";

const valueOf = (raw: unknown) => {
  const reading = readNumber(raw);
  return reading.kind === "angka" ? reading.value.toString() : reading.kind;
};

describe("reading numbers as Indonesian staff type them", () => {
  test.each([
    ["84,87", "84.87"],
    ["2.180.922.481", "2180922481"],
    ["Rp 305.100.000", "305100000"],
    ["Rp. 305.100.000", "305100000"],
    ["Rp305.100.000,50", "305100000.5"],
    ["95,23 %", "95.23"],
    ["95,23%", "95.23"],
    ["  90,00  ", "90"],
    ["1.234,5", "1234.5"],
    ["-12,5", "-12.5"],
    ["\u2212 3", "-3"],
    ["0", "0"],
    ["100", "100"],
    ["2\u00a0180", "bukan-angka"],
  ])("text %p reads as %p", (text, expected) => {
    expect(valueOf(text)).toBe(expected);
  });

  test("real numbers are taken as they are, 0 included", () => {
    expect(valueOf(84.87)).toBe("84.87");
    expect(valueOf(0)).toBe("0");
    expect(valueOf(-0.5)).toBe("-0.5");
  });

  test("empty cells are empty, not zero", () => {
    for (const empty of [null, undefined, "", "   ", "\u00a0"]) expect(valueOf(empty)).toBe("kosong");
  });

  test.each(["abc", "12 dok", "=SUM(A1)", "+62 812 3456 7890", "1.2.3", "1,2,3", "#N/A", "NaN", "1e5", "12..5"])(
    "%p is not a number",
    (text) => {
      expect(valueOf(text)).toBe("bukan-angka");
    },
  );

  test("non-finite numbers, booleans and objects are not numbers", () => {
    for (const raw of [Number.NaN, Number.POSITIVE_INFINITY, true, {}, [], new Date(0)]) expect(valueOf(raw)).toBe("bukan-angka");
  });

  test("an ambiguous text follows the Indonesian reading and names the other one", () => {
    const thousands = readNumber("1.500");
    expect(thousands).toMatchObject({ kind: "angka", notation: "indonesia" });
    if (thousands.kind !== "angka") throw new Error("expected a number");
    expect(thousands.value.toString()).toBe("1500");
    expect(thousands.alternative?.toString()).toBe("1.5");

    const comma = readNumber("1,500");
    if (comma.kind !== "angka") throw new Error("expected a number");
    expect(comma.value.toString()).toBe("1.5");
    expect(comma.alternative?.toString()).toBe("1500");
  });

  test("unambiguous English notation is read, and said to be English", () => {
    expect(readNumber("84.87")).toMatchObject({ kind: "angka", notation: "titik-desimal" });
    expect(valueOf("84.87")).toBe("84.87");
    expect(readNumber("2,180,922,481")).toMatchObject({ kind: "angka", notation: "inggris" });
    expect(valueOf("2,180,922,481")).toBe("2180922481");
    expect(valueOf("1,234.56")).toBe("1234.56");
  });

  test("2.180.922.481 is not ambiguous: two thousands groups can only be Indonesian", () => {
    const reading = readNumber("2.180.922.481");
    expect(reading).toMatchObject({ kind: "angka", notation: "indonesia" });
    expect("alternative" in reading).toBe(false);
  });

  test("a text far longer than any number is refused without work", () => {
    expect(valueOf("1".repeat(10_000))).toBe("bukan-angka");
  });
});
