import fc from "fast-check";
import { laterPeriod, laterYear, majorityOf } from "../../src/recap/majority";
import { ranksOf } from "../../src/recap/rank";

describe("the recap's Tahun and Periode: what most units give", () => {
  test("the most given value wins, compared ignoring case and spaces; units giving none don't vote", () => {
    expect(majorityOf(["TW IV", "tw iv", null, "TW III", " "], laterPeriod)).toEqual({ value: "TW IV", count: 2, of: 3 });
  });

  test("a tie goes to the later year or period: in a folder gathered for a new report, the older files are the odd ones", () => {
    expect(majorityOf(["2023", "2024", "2024", "2023"], laterYear)?.value).toBe("2024");
    expect(majorityOf(["Tahunan", "TW IV"], laterPeriod)?.value).toBe("Tahunan");
    expect(majorityOf(["TW II", "TW I"], laterPeriod)?.value).toBe("TW II");
  });

  test("nobody giving one gives no majority", () => {
    expect(majorityOf([null, null], laterYear)).toBeNull();
  });
});

describe("Peringkat", () => {
  test("ranks as Excel's RANK gives them: highest first, ties share a rank, the next rank skipped; no capaian, no rank", () => {
    expect(ranksOf([75, 100, null, 99.22, 75])).toEqual([3, 1, null, 2, 3]);
  });

  test("property: each rank is the position of the value's first appearance in the values sorted high to low", () => {
    const value = fc.option(
      fc.integer({ min: 0, max: 400 }).map((n) => n / 4),
      { nil: null },
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        const sorted = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
        const expected = values.map((v) => (v === null ? null : sorted.indexOf(v) + 1));
        expect(ranksOf(values)).toEqual(expected);
      }),
    );
  });
});
