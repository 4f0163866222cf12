import { Decimal, describeMutu, mutuIkm, predikat, type SkalaPredikat } from "../../src/engine";

describe("predikat", () => {
  test.each<[string, SkalaPredikat, string]>([
    ["91", "lima-tingkat", "Sangat Tinggi"],
    ["90.99", "lima-tingkat", "Tinggi"],
    ["90.995", "lima-tingkat", "Sangat Tinggi"], // read from the rounded capaian, 91,00
    ["76", "lima-tingkat", "Tinggi"],
    ["66", "lima-tingkat", "Sedang"],
    ["51", "lima-tingkat", "Rendah"],
    ["50.99", "lima-tingkat", "Sangat Rendah"],
    ["100", "berhasil", "Sangat Berhasil"],
    ["99.99", "berhasil", "Berhasil"],
    ["55", "berhasil", "Cukup Berhasil"],
    ["54", "berhasil", "Kurang Berhasil"],
    ["85.01", "memuaskan", "Memuaskan"],
    ["85", "memuaskan", "Sangat Baik"], // the memuaskan scale uses strict ">"
    ["65.01", "memuaskan", "Baik"],
    ["50", "memuaskan", "Agak Kurang"],
    ["30", "memuaskan", "Kurang"],
  ])("capaian %s on %s is %s", (capaian, skala, expected) => {
    expect(predikat(new Decimal(capaian), skala)).toBe(expected);
  });

  test("the seed's capaian are all Sangat Tinggi on the default scale", () => {
    for (const c of ["94.3", "98.34", "105.01"]) expect(predikat(new Decimal(c))).toBe("Sangat Tinggi");
  });
});

describe("mutu pelayanan IKM (PermenPANRB 14/2017)", () => {
  test.each([
    ["100", "A (Sangat Baik)"],
    ["88.31", "A (Sangat Baik)"],
    ["88.30", "B (Baik)"],
    ["84.87", "B (Baik)"],
    ["76.61", "B (Baik)"],
    ["76.60", "C (Kurang Baik)"],
    ["65.00", "C (Kurang Baik)"],
    ["64.99", "D (Tidak Baik)"],
    ["25", "D (Tidak Baik)"],
    ["88.305", "A (Sangat Baik)"], // rounded to 88,31 first
  ])("IKM %s is %s", (nilai, expected) => {
    expect(describeMutu(mutuIkm(new Decimal(nilai)).value!)).toBe(expected);
  });

  test("outside 25..100 is an error", () => {
    expect(mutuIkm(new Decimal("24.99")).flags[0]).toMatchObject({ kode: "IKM_DI_LUAR_RENTANG", tingkat: "galat" });
    expect(mutuIkm(new Decimal("100.01")).value).toBeNull();
  });
});
