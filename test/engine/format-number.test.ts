import fc from "fast-check";
import { Decimal, formatNumber, formatPercent, formatRupiah } from "../../src/engine";

describe("Indonesian number formatting", () => {
  test("the seed's figures print as the seed prints them", () => {
    expect(formatRupiah(new Decimal(2180922481))).toBe("Rp 2.180.922.481");
    expect(formatNumber(new Decimal("84.87"))).toBe("84,87");
    expect(formatNumber(new Decimal(90))).toBe("90,00");
    expect(formatPercent(new Decimal("94.74"))).toBe("94,74 %");
  });

  test("rounds half away from zero before printing", () => {
    expect(formatNumber(new Decimal("0.125"))).toBe("0,13");
    expect(formatNumber(new Decimal("-0.125"))).toBe("-0,13");
    expect(formatNumber(new Decimal("2.675"))).toBe("2,68");
  });

  test("trailing zeros are trimmed on request, and no negative zero is printed", () => {
    expect(formatNumber(new Decimal("105.10"), { fixed: false })).toBe("105,1");
    expect(formatNumber(new Decimal("-0.001"))).toBe("0,00");
    expect(formatNumber(new Decimal(100), { fixed: false })).toBe("100");
  });

  test("large budgets keep every digit", () => {
    expect(formatNumber(new Decimal("123456789012345678.91"))).toBe("123.456.789.012.345.678,91");
  });
});

/** A second method: decimal.js rounds and fixes the figure, the Indonesian marks are put in by hand. */
function byHand(value: Decimal, decimals: number, fixed: boolean): string {
  const [whole, fixedFraction = ""] = value.toFixed(decimals, Decimal.ROUND_HALF_UP).split(".");
  const fraction = fixed ? fixedFraction : fixedFraction.replace(/0+$/, "");
  const negative = whole!.startsWith("-");
  const digits = negative ? whole!.slice(1) : whole!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const zero = /^0*$/.test(digits + fraction);
  return `${negative && !zero ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

test("any decimal, to any number of places, prints as rounded and marked by hand", () => {
  const decimal = fc.oneof(
    fc
      .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: -12, max: 12 }))
      .map(([digits, shift]) => new Decimal(`${digits}e${shift}`)),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((d) => new Decimal(d)),
    fc.constantFrom("0.005", "-0.005", "1.005", "2.675", "0.0000001", "-0.0000004", "999.995").map((t) => new Decimal(t)),
  );
  fc.assert(
    fc.property(decimal, fc.integer({ min: 0, max: 10 }), fc.boolean(), (value, decimals, fixed) => {
      expect(formatNumber(value, { decimals, fixed })).toBe(byHand(value, decimals, fixed));
    }),
    { numRuns: 3000 },
  );
});
