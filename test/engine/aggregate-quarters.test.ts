import { aggregateQuarters, Decimal, explainRealisasi, quarterListInWords, type Quarter, describeFlag } from "../../src/engine";

const values = (...xs: (number | null)[]) => xs.map((x) => (x === null ? null : new Decimal(x)));

describe("quarterly aggregation", () => {
  test("jumlah sums the quarters of the period", () => {
    const result = aggregateQuarters({ values: values(20.11, 8.88, 17.02, 47.64), metode: "jumlah", periode: 4 });
    expect(result.value?.realisasi.toString()).toBe("93.65");
    expect(result.flags).toEqual([]);
  });

  test("rata-rata takes the mean of the filled quarters and flags each missing one", () => {
    const result = aggregateQuarters({ values: values(80, null, 90, null), metode: "rata-rata", periode: 4, sumber: "BPS" });
    expect(result.value?.realisasi.toString()).toBe("85");
    expect(result.value?.hilang).toEqual([2, 4]);
    expect(result.flags.map((f) => [f.kode, f.medan])).toEqual([
      ["TW_HILANG", "tw2"],
      ["TW_HILANG", "tw4"],
    ]);
    expect(describeFlag(result.flags[0]!).pesan).toContain("rata-rata TW 1 dan 3");
    expect(describeFlag(result.flags[0]!).pesan).toContain("(dihitung oleh BPS)");
  });

  test("akhir takes the last filled quarter", () => {
    const result = aggregateQuarters({ values: values(10, 20, 30, null), metode: "akhir", periode: 4 });
    expect(result.value?.realisasi.toString()).toBe("30");
    expect(result.flags.map((f) => f.kode)).toEqual(["TW_HILANG"]);
  });

  test("0 is a value, not a missing quarter", () => {
    const result = aggregateQuarters({ values: values(0, 0, 0, 0), metode: "rata-rata", periode: 4 });
    expect(result.value?.realisasi.toString()).toBe("0");
    expect(result.flags).toEqual([]);
  });

  test("the period decides which quarters are due; later ones are ignored and flagged", () => {
    const result = aggregateQuarters({ values: values(10, 20, 30, 40), metode: "jumlah", periode: 2 });
    expect(result.value?.realisasi.toString()).toBe("30");
    expect(result.flags.map((f) => [f.kode, f.medan, f.tingkat])).toEqual([
      ["TW_DI_LUAR_PERIODE", "tw3", "info"],
      ["TW_DI_LUAR_PERIODE", "tw4", "info"],
    ]);
  });

  test("a period with no value at all is not computable", () => {
    const result = aggregateQuarters({ values: values(null, null, null, 5), metode: "jumlah", periode: 3 });
    expect(result.value).toBeNull();
    expect(result.flags.map((f) => f.kode)).toEqual(["REALISASI_KOSONG", "TW_DI_LUAR_PERIODE"]);
  });

  test("the mean is rounded half away from zero to 2 decimals, or to its most precise quarter's if more", () => {
    // DOMAIN.md, "Rounding": (1 + 2 + 2,01) / 3 = 1,67; (1,125 + 1,125 + 1,125 + 1,13) / 4 = 1,12625 -> 1,126;
    // the mean of 0,321 and 0,334 is 0,3275 -> 0,328 (not 0,33).
    const mean = (...xs: (number | null)[]) =>
      aggregateQuarters({ values: values(...xs), metode: "rata-rata", periode: 4 }).value?.realisasi.toString();
    expect(mean(1, 2, 2.01, null)).toBe("1.67");
    expect(mean(1.125, 1.125, 1.125, 1.13)).toBe("1.126");
    expect(mean(0.321, 0.334, null, null)).toBe("0.328");
    expect(mean(0.25, 0.26, null, null)).toBe("0.26");
  });
});

describe("the explanatory note", () => {
  const explain = (xs: (number | null)[], metode: "jumlah" | "rata-rata" | "akhir", sumber?: string) =>
    explainRealisasi(aggregateQuarters({ values: values(...xs), metode, periode: 4 }).value!, sumber);

  test("is empty when every quarter is there", () => {
    expect(explain([1, 2, 3, 4], "jumlah")).toBe("");
  });

  test("names the missing quarters, the values used and the result", () => {
    expect(explain([1, 2, null, null], "jumlah")).toBe(
      "Nilai TW 3 dan 4 belum tersedia; realisasi = jumlah TW 1 dan 2 (1; 2) = 3,00.",
    );
    expect(explain([10, null, 30, null], "akhir", "Dinas Kesehatan")).toBe(
      "Nilai TW 2 dan 4 belum tersedia (dihitung oleh Dinas Kesehatan); realisasi = nilai akhir TW 1 dan 3 = 30,00.",
    );
  });

  test.each<[Quarter[], string]>([
    [[1, 2, 3], "TW 1-3"],
    [[2, 3, 4], "TW 2-4"],
    [[1, 2, 4], "TW 1, 2 dan 4"],
    [[4], "TW 4"],
    [[3, 1], "TW 1 dan 3"],
  ])("quarters %p are written %p", (quarters, words) => {
    expect(quarterListInWords(quarters)).toBe(words);
  });
});
