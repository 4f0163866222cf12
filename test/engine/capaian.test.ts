import { capaian, Decimal, describeFlag } from "../../src/engine";

const d = (v: number | string) => new Decimal(v);

describe("capaian", () => {
  test("naik: R / T x 100, rounded to 2 decimals", () => {
    expect(capaian(d("95.23"), d("93.65")).value?.toString()).toBe("98.34");
  });

  test("turun, default 2T-R: a lower realisasi is better", () => {
    // (2 x 10 - 8) / 10 x 100 = 120
    const lower = capaian(d(10), d(8), { arah: "turun", rumusTurun: "2T-R" });
    expect(lower.value?.toString()).toBe("120");
    expect(lower.flags.map((f) => f.kode)).toEqual(["MELEBIHI_TARGET"]);
    expect(capaian(d(10), d(12), { arah: "turun", rumusTurun: "2T-R" }).value?.toString()).toBe("80");
  });

  test("turun 2T-R is floored at 0 with a flag", () => {
    const result = capaian(d(10), d(25), { arah: "turun", rumusTurun: "2T-R" });
    expect(result.value?.toString()).toBe("0");
    expect(result.flags).toEqual([expect.objectContaining({ kode: "CAPAIAN_DIBATASI_NOL", tingkat: "peringatan" })]);
    expect(describeFlag(result.flags[0]!).pesan).toContain("-50,00");
  });

  test("turun T/R variant", () => {
    expect(capaian(d(10), d(8), { arah: "turun", rumusTurun: "T/R" }).value?.toString()).toBe("125");
    expect(capaian(d(3), d(9), { arah: "turun", rumusTurun: "T/R" }).value?.toString()).toBe("33.33");
  });

  test("T/R with a zero realisasi is not computable", () => {
    const result = capaian(d(10), d(0), { arah: "turun", rumusTurun: "T/R" });
    expect(result.value).toBeNull();
    expect(result.flags[0]).toMatchObject({ kode: "REALISASI_NOL", tingkat: "galat" });
  });

  test("target 0 is an error with a message, never 0 or 100", () => {
    const result = capaian(d(0), d(50));
    expect(result.value).toBeNull();
    expect(result.flags[0]).toMatchObject({ kode: "TARGET_NOL", tingkat: "galat", medan: "target" });
    expect(describeFlag(result.flags[0]!).pesan).toMatch(/^Target bernilai 0/);
  });

  test("a negative target is refused", () => {
    expect(capaian(d(-5), d(5)).flags[0]).toMatchObject({ kode: "TARGET_NEGATIF", tingkat: "galat" });
  });

  test("above 100 is kept, not capped, and flagged melebihi target", () => {
    const result = capaian(d("95.23"), d(100));
    expect(result.value?.toString()).toBe("105.01");
    expect(result.flags[0]).toMatchObject({ kode: "MELEBIHI_TARGET" });
  });

  test("exactly 100 is not above target", () => {
    expect(capaian(d(80), d(80)).flags).toEqual([]);
  });
});
