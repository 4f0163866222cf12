import { acrossUnits } from "../../src/recap/across-units";
import { expectedUnitsOf } from "../../src/recap/expected-units";
import { fileTempat, recapProblem } from "../../src/recap/problem";
import { ALPHA, BETA, GAMMA, summaryOf, withCell, withInfo } from "./support/units";

const codes = (problems: readonly { kode: string; file: string }[]) => problems.map((p) => `${p.kode} ${p.file}`);

describe("problems across units: what no single workbook shows", () => {
  test("a unit whose Tahun differs from most units' is named with its Info cell, and still recapped", () => {
    const units = [
      summaryOf(ALPHA, "alpha.xlsx"),
      summaryOf(BETA, "beta.xlsx"),
      summaryOf(GAMMA, "gamma.xlsx"),
      summaryOf(withInfo(withInfo(ALPHA, "Unit Kerja", "Dinas Delta"), "Tahun", 2022), "delta.xlsx"),
    ];
    const result = acrossUnits(units, [], null);
    expect(result.tahun).toEqual({ value: "2023", count: 3, of: 4 });
    expect(codes(result.problems)).toEqual(["TAHUN_BERBEDA delta.xlsx"]);
    const problem = result.problems[0]!;
    expect(problem.sel).toBe("Info!B4");
    expect(problem.pesan).toContain("Dinas Delta");
    expect(problem.pesan).toContain("Tahun 2022");
    expect(problem.pesan).toContain("3 dari 4 unit berisi Tahun 2023");
    expect(result.units.map((u) => u.unitKerja)).toContain("Dinas Delta");
  });

  test("Periode is compared by what it means: TW 4, Triwulan IV and TW IV are one period; TW III is another", () => {
    const units = [
      summaryOf(withInfo(ALPHA, "Periode", "TW 4"), "alpha.xlsx"),
      summaryOf(withInfo(BETA, "Periode", "Triwulan IV"), "beta.xlsx"),
      summaryOf(withInfo(GAMMA, "Periode", "TW III"), "gamma.xlsx"),
    ];
    const result = acrossUnits(units, [], null);
    expect(result.periode).toEqual({ value: "TW IV", count: 2, of: 3 });
    expect(codes(result.problems)).toEqual(["PERIODE_BERBEDA gamma.xlsx"]);
    expect(result.problems[0]!.sel).toBe("Info!B5");
  });

  test("the same unit sent twice is recapped once, from the first file, and the other is a duplicate saying whether its figures differ", () => {
    const revised = withCell(BETA, 3, "Realisasi", 30);
    const result = acrossUnits(
      [summaryOf(BETA, "beta.xlsx"), summaryOf(ALPHA, "alpha.xlsx"), summaryOf(revised, "susulan/beta.xlsx")],
      [],
      null,
    );
    expect(result.units.map((u) => u.file)).toEqual(["alpha.xlsx", "beta.xlsx"]);
    expect(codes(result.problems)).toEqual(["UNIT_GANDA susulan/beta.xlsx"]);
    expect(result.problems[0]!.pesan).toContain("angkanya berbeda");
    expect(result.problems[0]!.pesan).toContain("yang direkap hanya file beta.xlsx");
    expect(result.problems[0]!.tingkat).toBe("peringatan");
  });

  test("of two files of one unit, the one of the recap's Tahun is kept, even when found second", () => {
    const stale = withInfo(BETA, "Tahun", 2022);
    const result = acrossUnits(
      [
        summaryOf(stale, "a/beta.xlsx"),
        summaryOf(BETA, "b/beta.xlsx"),
        summaryOf(ALPHA, "alpha.xlsx"),
        summaryOf(GAMMA, "gamma.xlsx"),
      ],
      [],
      null,
    );
    expect(result.units.map((u) => u.file)).toEqual(["alpha.xlsx", "b/beta.xlsx", "gamma.xlsx"]);
    expect(codes(result.problems)).toEqual(["UNIT_GANDA a/beta.xlsx"]);
  });

  test("LAPKIN's output of a workbook, with the same figures, is counted once and only noted; with other figures it is a duplicate", () => {
    const same = acrossUnits([summaryOf(ALPHA, "alpha-laporan.xlsx", true), summaryOf(ALPHA, "alpha.xlsx")], [], null);
    expect(same.units.map((u) => u.file)).toEqual(["alpha.xlsx"]);
    expect(codes(same.problems)).toEqual(["SALINAN_LAPKIN alpha-laporan.xlsx"]);
    expect(same.problems[0]!.tingkat).toBe("info");

    const older = acrossUnits(
      [summaryOf(withCell(ALPHA, 1, "Realisasi", 70), "alpha-laporan.xlsx", true), summaryOf(ALPHA, "alpha.xlsx")],
      [],
      null,
    );
    expect(older.units.map((u) => u.file)).toEqual(["alpha.xlsx"]);
    expect(codes(older.problems)).toEqual(["UNIT_GANDA alpha-laporan.xlsx"]);
  });

  test("one Unit Kerja name under two different Perangkat Daerah is two units; a unit naming none matches either", () => {
    const sekretariat = (pd: string | null) => withInfo(withInfo(ALPHA, "Unit Kerja", "Sekretariat"), "Perangkat Daerah", pd);
    const two = acrossUnits(
      [summaryOf(sekretariat("Dinas Alpha"), "a.xlsx"), summaryOf(sekretariat("Dinas Beta"), "b.xlsx")],
      [],
      null,
    );
    expect(two.units).toHaveLength(2);
    expect(two.problems).toEqual([]);
    const unnamed = acrossUnits(
      [summaryOf(sekretariat("Dinas Alpha"), "a.xlsx"), summaryOf(sekretariat(null), "b.xlsx")],
      [],
      null,
    );
    expect(codes(unnamed.problems)).toEqual(["UNIT_GANDA b.xlsx"]);
  });

  test("with a list of expected units: who sent nothing is named with the list's line, and a unit the list lacks is noted", () => {
    const expected = expectedUnitsOf("daftar.txt", [
      { text: "Unit Kerja", sel: "baris 1" },
      { text: "DINAS  alpha", sel: "baris 2" },
      { text: "Dinas Beta", sel: "baris 3" },
      { text: "", sel: "baris 4" },
      { text: "Dinas Epsilon", sel: "baris 5" },
    ]);
    const result = acrossUnits(
      [summaryOf(ALPHA, "alpha.xlsx"), summaryOf(BETA, "beta.xlsx"), summaryOf(GAMMA, "gamma.xlsx")],
      [],
      expected,
    );
    expect(codes(result.problems)).toEqual(["UNIT_TIDAK_ADA daftar.txt", "UNIT_DI_LUAR_DAFTAR gamma.xlsx"]);
    expect(result.problems[0]).toMatchObject({ sel: "baris 5", tingkat: "peringatan" });
    expect(result.problems[0]!.pesan).toContain("Dinas Epsilon");
    expect(result.problems[1]!.tingkat).toBe("info");
  });

  test("missing units come first, then other years and periods, unreadable files, duplicates, and the notes last", () => {
    const unreadable = recapProblem(
      "FILE_TIDAK_TERBACA",
      "lembar",
      { sebab: "file ini bukan file .xlsx" },
      { file: "rusak.xlsx", tempat: fileTempat("rusak.xlsx") },
    );
    const recap = recapProblem("REKAP_DILEWATI", "lembar", {}, { file: "rekap.xlsx", tempat: fileTempat("rekap.xlsx") });
    const expected = expectedUnitsOf("daftar.txt", [{ text: "Dinas Zeta", sel: "baris 1" }]);
    const result = acrossUnits(
      [
        summaryOf(ALPHA, "alpha.xlsx"),
        summaryOf(ALPHA, "alpha-laporan.xlsx", true),
        summaryOf(BETA, "beta.xlsx"),
        summaryOf(BETA, "beta-2.xlsx"),
        summaryOf(withInfo(GAMMA, "Periode", "TW III"), "gamma.xlsx"),
      ],
      [recap, unreadable],
      expected,
    );
    expect(result.problems.map((p) => p.kode)).toEqual([
      "UNIT_TIDAK_ADA",
      "PERIODE_BERBEDA",
      "FILE_TIDAK_TERBACA",
      "UNIT_GANDA",
      "SALINAN_LAPKIN",
      "REKAP_DILEWATI",
      "UNIT_DI_LUAR_DAFTAR",
      "UNIT_DI_LUAR_DAFTAR",
      "UNIT_DI_LUAR_DAFTAR",
    ]);
  });

  test("units are listed by Perangkat Daerah, then Unit Kerja, numbers in their order (Kecamatan 2 before Kecamatan 10)", () => {
    const kecamatan = (n: number) => withInfo(withInfo(GAMMA, "Unit Kerja", `Kecamatan ${n}`), "Perangkat Daerah", null);
    const result = acrossUnits(
      [
        summaryOf(kecamatan(10), "k10.xlsx"),
        summaryOf(BETA, "beta.xlsx"),
        summaryOf(kecamatan(2), "k2.xlsx"),
        summaryOf(ALPHA, "alpha.xlsx"),
      ],
      [],
      null,
    );
    expect(result.units.map((u) => u.unitKerja)).toEqual(["Dinas Alpha", "Dinas Beta", "Kecamatan 2", "Kecamatan 10"]);
  });
});
