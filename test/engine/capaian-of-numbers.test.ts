import fc from "fast-check";
import { capaian, capaianOfNumbers, Decimal, type CapaianRule } from "../../src/engine";

/** The floating-point shortcut must agree with the decimal engine wherever it answers at all. */
const RULES: CapaianRule[] = [
  { arah: "naik", rumusTurun: "2T-R" },
  { arah: "turun", rumusTurun: "2T-R" },
  { arah: "turun", rumusTurun: "T/R" },
];

const decimalNumber = (maxCents: bigint) =>
  fc.tuple(fc.bigInt({ min: -maxCents, max: maxCents }), fc.integer({ min: 0, max: 4 })).map(([m, s]) => Number(m) / 10 ** s);

function engine(target: number, realisasi: number, rule: CapaianRule): number | null {
  return capaian(new Decimal(target), new Decimal(realisasi), rule).value?.toNumber() ?? null;
}

describe("capaianOfNumbers", () => {
  test.each(RULES)("agrees with capaian() on random figures (%o)", (rule) => {
    fc.assert(
      fc.property(decimalNumber(10n ** 9n), decimalNumber(10n ** 9n), (target, realisasi) => {
        const quick = capaianOfNumbers(target, realisasi, rule);
        if (quick !== null) expect(quick).toBe(engine(target, realisasi, rule));
      }),
      { numRuns: 5000 },
    );
  });

  test("at an exact tie it declines, or answers as the decimal engine does", () => {
    // r / 200 x 100 = k / 2 + 0,005: exactly half a hundredth, where binary floats go astray.
    for (let k = 1; k < 400; k++) {
      const realisasi = k + 0.01;
      const quick = capaianOfNumbers(200, realisasi, RULES[0]!);
      if (quick !== null) expect(quick).toBe(engine(200, realisasi, RULES[0]!));
    }
  });

  test("answers the ordinary cases, the seed's among them", () => {
    expect(capaianOfNumbers(95.23, 93.65, RULES[0]!)).toBe(98.34);
    expect(capaianOfNumbers(90, 84.87, RULES[0]!)).toBe(94.3);
    expect(capaianOfNumbers(95.23, 100, RULES[0]!)).toBe(105.01);
    expect(capaianOfNumbers(10, 25, RULES[1]!)).toBe(0);
  });

  test("leaves every error case to the decimal engine", () => {
    expect(capaianOfNumbers(0, 5, RULES[0]!)).toBeNull();
    expect(capaianOfNumbers(-1, 5, RULES[0]!)).toBeNull();
    expect(capaianOfNumbers(10, 0, RULES[2]!)).toBeNull();
    expect(capaianOfNumbers(Number.NaN, 5, RULES[0]!)).toBeNull();
    expect(capaianOfNumbers(1e15, 5, RULES[0]!)).toBeNull();
  });
});
