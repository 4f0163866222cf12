import { costPerUnit, Decimal, efisiensi, penyerapan, describeFlag } from "../../src/engine";

const d = (v: number | string) => new Decimal(v);

describe("penyerapan anggaran", () => {
  test("the seed's budgets: 2.066.201.000 of 2.180.922.481 is 94,74 %; 305.100.000 of itself is 100 %", () => {
    expect(penyerapan(d(2180922481), d(2066201000)).value?.toString()).toBe("94.74");
    expect(penyerapan(d(305100000), d(305100000)).value?.toString()).toBe("100");
  });

  test("spending above the ceiling is an error naming both sums", () => {
    const result = penyerapan(d(1000), d(1200));
    expect(result.value).toBeNull();
    expect(result.flags[0]).toMatchObject({ kode: "ANGGARAN_LEBIH", tingkat: "galat", medan: "realisasiAnggaran" });
    expect(describeFlag(result.flags[0]!).pesan).toContain("Rp 1.200");
    expect(describeFlag(result.flags[0]!).pesan).toContain("Rp 1.000");
  });

  test("a zero or negative budget is not computable", () => {
    expect(penyerapan(d(0), d(0)).flags[0]).toMatchObject({ kode: "ANGGARAN_NOL", medan: "anggaran" });
    expect(penyerapan(d(-1), d(0)).flags[0]).toMatchObject({ kode: "NILAI_NEGATIF", medan: "anggaran" });
    expect(penyerapan(d(10), d(-1)).flags[0]).toMatchObject({ kode: "NILAI_NEGATIF", medan: "realisasiAnggaran" });
  });
});

describe("efisiensi", () => {
  test.each([
    ["105.01", "100", "efisien"], // +5,01
    ["105", "100", "cukup efisien"], // +5 exactly is within the band
    ["95", "100", "cukup efisien"], // -5 exactly
    ["94.99", "100", "tidak efisien"],
    ["98.34", "94.74", "cukup efisien"],
  ])("capaian %s with penyerapan %s is %s", (c, p, kategori) => {
    expect(efisiensi(d(c), d(p)).kategori).toBe(kategori);
  });
});

describe("biaya per unit", () => {
  test("realisasi anggaran over realisasi kinerja, Rupiah per unit", () => {
    expect(costPerUnit(d(305100000), d(100)).value?.toString()).toBe("3051000");
    expect(costPerUnit(d(10), d(3)).value?.toString()).toBe("3.33");
  });

  test("no outcome, no unit cost", () => {
    expect(costPerUnit(d(10), d(0)).flags[0]).toMatchObject({ kode: "REALISASI_NOL", tingkat: "galat" });
  });
});
