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
