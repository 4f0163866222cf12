import fc from "fast-check";
import {
  capaian,
  Decimal,
  evaluateIndicator,
  formatNumber,
  readNumber,
  roundHalfAwayFromZero,
  type Arah,
  type RumusTurun,
  describeFlag,
} from "../../src/engine";

/**
 * An independent rounding reference on integers: m / 10^scale rounded half away from zero to
 * 2 decimals, as a string. BigInt arithmetic only, no decimal.js, no floats.
 */
function referenceRound2(mantissa: bigint, scale: number): string {
  const negative = mantissa < 0n;
  const magnitude = negative ? -mantissa : mantissa;
  let cents: bigint;
  if (scale <= 2) {
    cents = magnitude * 10n ** BigInt(2 - scale);
  } else {
    const divisor = 10n ** BigInt(scale - 2);
    cents = magnitude / divisor;
    if ((magnitude % divisor) * 2n >= divisor) cents += 1n;
  }
  if (cents === 0n) return "0.00";
  const digits = cents.toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

function decimalString(mantissa: bigint, scale: number): string {
  const negative = mantissa < 0n;
  const digits = (negative ? -mantissa : mantissa).toString().padStart(scale + 1, "0");
  const body = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  return `${negative ? "-" : ""}${body}`;
}

const mantissa = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n });
const scale = fc.integer({ min: 0, max: 8 });
/** Exact ties at the third decimal: x.xx5, positive and negative. */
const tie = fc
  .bigInt({ min: -(10n ** 12n), max: 10n ** 12n })
  .map((k) => ({ mantissa: k * 10n + (k < 0n ? -5n : 5n), scale: 3 }));

describe("properties of the engine", () => {
  test("rounding agrees with an integer reference on random decimals", () => {
    fc.assert(
      fc.property(mantissa, scale, (m, s) => {
        const rounded = roundHalfAwayFromZero(new Decimal(decimalString(m, s))).toFixed(2);
        expect(rounded === "-0.00" ? "0.00" : rounded).toBe(referenceRound2(m, s));
      }),
      { numRuns: 2000 },
    );
  });

  test("rounding agrees with the reference on ties, which go away from zero", () => {
    fc.assert(
      fc.property(tie, ({ mantissa: m, scale: s }) => {
        expect(roundHalfAwayFromZero(new Decimal(decimalString(m, s))).toFixed(2)).toBe(referenceRound2(m, s));
      }),
      { numRuns: 1000 },
    );
  });

  test("parse(format(x)) = x in Indonesian notation, for 2-decimal and whole figures", () => {
    const cents = fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n });
    fc.assert(
      fc.property(cents, fc.boolean(), (c, whole) => {
        const x = whole ? new Decimal(c.toString()) : new Decimal(decimalString(c, 2));
        const text = formatNumber(x, { decimals: whole ? 0 : 2 });
        const reading = readNumber(text);
        expect(reading.kind).toBe("angka");
        if (reading.kind === "angka") expect(reading.value.equals(x)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  const positive = fc.bigInt({ min: 1n, max: 10n ** 12n }).map((c) => new Decimal(decimalString(c, 2)));
  const nonNegative = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((c) => new Decimal(decimalString(c, 2)));

  test("capaian rises with realisasi for naik", () => {
    fc.assert(
      fc.property(positive, nonNegative, nonNegative, (t, a, b) => {
        const [low, high] = a.lessThanOrEqualTo(b) ? [a, b] : [b, a];
        const rule = { arah: "naik" as Arah, rumusTurun: "2T-R" as RumusTurun };
        expect(capaian(t, low, rule).value!.lessThanOrEqualTo(capaian(t, high, rule).value!)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test.each<RumusTurun>(["2T-R", "T/R"])("capaian falls as realisasi rises for turun (%s)", (rumusTurun) => {
    fc.assert(
      fc.property(positive, positive, positive, (t, a, b) => {
        const [low, high] = a.lessThanOrEqualTo(b) ? [a, b] : [b, a];
        const rule = { arah: "turun" as Arah, rumusTurun };
        expect(capaian(t, low, rule).value!.greaterThanOrEqualTo(capaian(t, high, rule).value!)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test("for input of any JS type the engine returns a result or a flag, and never throws", () => {
    const cell = fc.oneof(
      fc.anything(),
      fc.string(),
      fc.double(),
      fc.constantFrom(null, undefined, "", "1.500", "84,87", "Rp 1.000", "#N/A", "=1+1", Number.NaN, -0),
    );
    fc.assert(
      fc.property(
        fc.record({
          target: cell,
          tw: fc.oneof(fc.array(cell, { maxLength: 6 }), fc.constant(undefined)),
          agregasi: fc.oneof(cell, fc.constantFrom("Jumlah", "Rata-rata", "Akhir", "Rasio", "Manual")),
          pembilang: cell,
          penyebut: cell,
          realisasi: cell,
          arah: fc.oneof(cell, fc.constantFrom("Naik", "Turun")),
          anggaran: cell,
          realisasiAnggaran: cell,
          sumber: cell,
        }),
        (input) => {
          const result = evaluateIndicator(input);
          const hasGalat = result.flags.some((f) => f.tingkat === "galat");
          // Either a capaian came out, or something says why not.
          expect(result.capaian !== null || hasGalat).toBe(true);
          for (const flag of result.flags) expect(describeFlag(flag).pesan.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
