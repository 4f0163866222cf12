import { DEFAULT_SETTINGS, evaluateIndicator, describeFlag } from "../../src/engine";

const codes = (flags: readonly { kode: string }[]) => flags.map((f) => f.kode);

describe("evaluating one indicator row", () => {
  test("an empty target is an error, and nothing is computed from it", () => {
    const result = evaluateIndicator({ target: "", realisasi: 50 });
    expect(result.capaian).toBeNull();
    expect(result.flags).toEqual([expect.objectContaining({ kode: "TARGET_KOSONG", tingkat: "galat", medan: "target" })]);
  });

  test("text where a number belongs names the value found", () => {
    const result = evaluateIndicator({ target: "sembilan puluh", realisasi: 50 });
    expect(result.capaian).toBeNull();
    expect(result.flags[0]).toMatchObject({ kode: "BUKAN_ANGKA", medan: "target" });
    expect(describeFlag(result.flags[0]!).pesan).toBe(
      'Target berisi "sembilan puluh", bukan angka; tulis angka seperti 84,87 atau 2.180.922.481.',
    );
  });

  test("a quarter that isn't a number stops the sum rather than giving a wrong one", () => {
    const result = evaluateIndicator({ target: 100, tw: [10, "x", 10, 10], agregasi: "Jumlah" });
    expect(result.realisasi).toBeNull();
    expect(codes(result.flags)).toEqual(["BUKAN_ANGKA"]);
    expect(result.flags[0]!.medan).toBe("tw2");
  });

  test("Manual is the default where Realisasi is typed", () => {
    const result = evaluateIndicator({ target: 80, realisasi: "60" });
    expect(result.agregasi).toBe("manual");
    expect(result.capaian?.toString()).toBe("75");
    expect(result.predikat).toBe("Sedang");
  });

  test("without Agregasi or Realisasi the quarters can't be combined: an error that says so", () => {
    const result = evaluateIndicator({ target: 80, tw: [1, 2, 3, 4] });
    expect(result.realisasi).toBeNull();
    expect(codes(result.flags)).toEqual(["AGREGASI_KOSONG"]);
  });

  test("nothing to form a realisasi from", () => {
    expect(codes(evaluateIndicator({ target: 80 }).flags)).toEqual(["REALISASI_KOSONG"]);
    expect(codes(evaluateIndicator({ target: 80, agregasi: "Jumlah" }).flags)).toEqual(["REALISASI_KOSONG"]);
  });

  test("a typed realisasi that the quarters contradict is flagged; the method's figure is used", () => {
    const result = evaluateIndicator({ target: 100, tw: [20, 20, 20, 20], agregasi: "Jumlah", realisasi: 75 });
    expect(result.realisasi?.toString()).toBe("80");
    expect(codes(result.flags)).toEqual(["REALISASI_TIDAK_COCOK"]);
  });

  test("a typed realisasi that agrees with the quarters raises nothing", () => {
    expect(evaluateIndicator({ target: 100, tw: [20, 20, 20, 20], agregasi: "Jumlah", realisasi: "80,00" }).flags).toEqual([]);
  });

  test("Manual checks the quarters where given: the typed figure must be their sum, mean or last", () => {
    expect(evaluateIndicator({ target: 100, tw: [20, 20, 20, 20], agregasi: "Manual", realisasi: 20 }).flags).toEqual([]);
    const odd = evaluateIndicator({ target: 100, tw: [20, 20, 20, 20], agregasi: "Manual", realisasi: 55 });
    expect(odd.realisasi?.toString()).toBe("55");
    expect(codes(odd.flags)).toEqual(["REALISASI_TIDAK_COCOK"]);
    expect(describeFlag(odd.flags[0]!).pesan).toContain("80,00; 20,00; 20,00");
  });

  test("Rasio needs both parts", () => {
    const result = evaluateIndicator({ target: 95, agregasi: "Rasio", pembilang: 12 });
    expect(result.realisasi).toBeNull();
    expect(result.flags).toEqual([expect.objectContaining({ kode: "KOSONG", medan: "penyebut", tingkat: "galat" })]);
    expect(codes(evaluateIndicator({ target: 95, agregasi: "Rasio", pembilang: 12, penyebut: 0 }).flags)).toEqual([
      "PENYEBUT_NOL",
    ]);
  });

  test("arah turun with the workbook's formula choice", () => {
    const input = { target: 10, realisasi: 8, arah: "Turun" };
    expect(evaluateIndicator(input).capaian?.toString()).toBe("120");
    expect(evaluateIndicator(input, { ...DEFAULT_SETTINGS, rumusTurun: "T/R" }).capaian?.toString()).toBe("125");
  });

  test("half a budget pair is a warning on the empty cell", () => {
    const result = evaluateIndicator({ target: 10, realisasi: 10, anggaran: 1000 });
    expect(result.penyerapan).toBeNull();
    expect(result.flags).toEqual([expect.objectContaining({ kode: "ANGGARAN_TIDAK_LENGKAP", medan: "realisasiAnggaran" })]);
  });

  test("realisasi anggaran above anggaran is an error and gives no penyerapan or efisiensi", () => {
    const result = evaluateIndicator({ target: 10, realisasi: 10, anggaran: "1.000.000", realisasiAnggaran: "1.500.000" });
    expect(result.penyerapan).toBeNull();
    expect(result.efisiensi).toBeNull();
    expect(result.capaian?.toString()).toBe("100");
    expect(codes(result.flags)).toEqual(["ANGGARAN_LEBIH"]);
  });

  test("an English-notation number is read, with a note on how", () => {
    const result = evaluateIndicator({ target: "84.87", realisasi: 84.87 });
    expect(result.capaian?.toString()).toBe("100");
    expect(result.flags).toEqual([expect.objectContaining({ kode: "NOTASI_INGGRIS", tingkat: "info", medan: "target" })]);
  });
});
