import { readAgregasi, readArah, readPeriode, readRumusTurun, readSkalaPredikat, describeFlag } from "../../src/engine";

describe("reading a user's choices", () => {
  test.each([
    ["TW IV", 4],
    ["TW 4", 4],
    ["tw4", 4],
    ["Triwulan IV", 4],
    ["s.d. Tribulan III", 3],
    ["Triwulan II", 2],
    [4, 4],
    ["1", 1],
    ["Tahunan", 4],
  ])("periode %p is TW %p", (raw, quarter) => {
    expect(readPeriode(raw)).toEqual({ value: quarter, flags: [] });
  });

  test("an unknown periode is TW IV with a flag", () => {
    const result = readPeriode("Semester 1");
    expect(result.value).toBe(4);
    expect(result.flags[0]).toMatchObject({ kode: "PILIHAN_TIDAK_DIKENAL", medan: "periode" });
    expect(describeFlag(result.flags[0]!).pesan).toContain('"Semester 1"');
  });

  test("agregasi ignores case, spaces and punctuation", () => {
    for (const raw of ["Rata-rata", "rata rata", "RATARATA", "rata2"]) expect(readAgregasi(raw).value).toBe("rata-rata");
    expect(readAgregasi("Jumlah").value).toBe("jumlah");
    expect(readAgregasi(" akhir ").value).toBe("akhir");
    expect(readAgregasi("").value).toBeNull();
  });

  test("an unknown agregasi is flagged and left undecided", () => {
    const result = readAgregasi("median");
    expect(result.value).toBeNull();
    expect(describeFlag(result.flags[0]!).pesan).toContain("Jumlah, Rata-rata, Akhir, Rasio atau Manual");
  });

  test("arah defaults to naik; turun is understood; nonsense is flagged", () => {
    expect(readArah(null).value).toBe("naik");
    expect(readArah("Turun").value).toBe("turun");
    expect(readArah("negatif").value).toBe("turun");
    expect(readArah("kiri")).toMatchObject({
      value: "naik",
      flags: [expect.objectContaining({ kode: "PILIHAN_TIDAK_DIKENAL" })],
    });
  });

  test("the negative-polarity formula and predikat scale", () => {
    expect(readRumusTurun("2T-R").value).toBe("2T-R");
    expect(readRumusTurun("T/R").value).toBe("T/R");
    expect(readRumusTurun("T - (R - T) / T").value).toBe("2T-R");
    expect(readRumusTurun("2T/R").flags).toHaveLength(1);
    expect(readSkalaPredikat("Memuaskan").value).toBe("memuaskan");
    expect(readSkalaPredikat(undefined).value).toBe("lima-tingkat");
  });

  test("names that look like Object properties are not choices", () => {
    expect(readPeriode("constructor").flags).toHaveLength(1);
    expect(readAgregasi("toString").flags).toHaveLength(1);
  });
});
