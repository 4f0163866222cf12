import type { Flag } from "../../src/engine";
import { indikatorOf, plansOf } from "../support/workbooks";

/**
 * DOMAIN.md, "The staff's own figures": a capaian or penyerapan typed in the sheet is compared with
 * LAPKIN's, flagged at a difference of 0,01 or more with the right figure and, where it can tell, why.
 * Each expected figure below is worked out by hand in its comment.
 */
const row = (values: Record<string, string | number | null>) => ({ Level: "Sasaran", Uraian: "Sasaran uji", ...values });

function flagsOf(rows: Record<string, string | number | null>[], kode: string): Flag[] {
  return plansOf({ indikator: indikatorOf(rows) }).workbook.flags.filter((f) => f.kode === kode);
}

describe("a typed capaian", () => {
  test("truncated instead of rounded: 85,385 typed as 85,38 should be 85,39", () => {
    // 85,385 / 100 x 100 = 85,385, half away from zero: 85,39.
    const [flag] = flagsOf([row({ Indikator: "A", Target: 100, Realisasi: 85.385, Capaian: 85.38 })], "CAPAIAN_TIDAK_COCOK");
    expect(flag).toMatchObject({ tingkat: "peringatan", sel: "Indikator!F2" });
    expect(flag!.pesan).toContain("berisi 85,38, sedangkan capaian yang benar 85,39");
    expect(flag!.pesan).toContain("dipotong, bukan dibulatkan");
    expect(flag!.saran).toBe("ganti dengan 85,39");
  });

  test("R / T used for a lower-is-better indicator", () => {
    // Target 10, realisasi 8, turun, 2T-R: (20 - 8) / 10 x 100 = 120; R / T would be 80.
    const [flag] = flagsOf(
      [row({ Indikator: "A", Arah: "Turun", Target: 10, Realisasi: 8, "% Capaian": 80 })],
      "CAPAIAN_TIDAK_COCOK",
    );
    expect(flag!.pesan).toContain("capaian yang benar 120,00");
    expect(flag!.pesan).toContain("memakai R / T untuk indikator arah turun");
  });

  test("the other lower-is-better formula", () => {
    // T / R = 10 / 8 x 100 = 125 where the workbook uses 2T-R (120).
    const [flag] = flagsOf(
      [row({ Indikator: "A", Arah: "Turun", Target: 10, Realisasi: 8, Capaian: 125 })],
      "CAPAIAN_TIDAK_COCOK",
    );
    expect(flag!.pesan).toContain("memakai rumus arah turun T/R, bukan 2T-R");
  });

  test("computed from the realisasi before it was rounded", () => {
    // Mean of 1, 2, 2 = 1,666..., printed 1,67; 1,67 / 2 x 100 = 83,5, but 1,666... / 2 x 100 = 83,33.
    const rows = [row({ Indikator: "A", Target: 2, TW1: 1, TW2: 2, TW3: 2, TW4: null, Agregasi: "Rata-rata", Capaian: 83.33 })];
    const [flag] = flagsOf(rows, "CAPAIAN_TIDAK_COCOK");
    expect(flag!.pesan).toContain("capaian yang benar 83,50");
    expect(flag!.pesan).toContain("dihitung dari realisasi sebelum dibulatkan");
  });

  test("written as a fraction", () => {
    // 93,65 / 95,23 x 100 = 98,34, typed as 0,9834.
    const [flag] = flagsOf([row({ Indikator: "A", Target: 95.23, Realisasi: 93.65, Capaian: 0.9834 })], "CAPAIAN_TIDAK_COCOK");
    expect(flag!.pesan).toContain("ditulis sebagai pecahan");
  });

  test("within 0,01 of LAPKIN's, or the same figure written shorter (94,3 for 94,30), is not flagged", () => {
    // 84,87 / 90 x 100 = 94,3.
    expect(flagsOf([row({ Indikator: "A", Target: 90, Realisasi: 84.87, Capaian: 94.3 })], "CAPAIAN_TIDAK_COCOK")).toEqual([]);
    expect(flagsOf([row({ Indikator: "A", Target: 90, Realisasi: 84.87, Capaian: "94,30 %" })], "CAPAIAN_TIDAK_COCOK")).toEqual(
      [],
    );
  });

  test("is never overwritten: LAPKIN writes only its own columns", () => {
    const plans = plansOf({ indikator: indikatorOf([row({ Indikator: "A", Target: 100, Realisasi: 85.385, Capaian: 85.38 })]) });
    const staffColumn = 5;
    expect(plans.columns.columns.map((c) => c.column)).not.toContain(staffColumn);
    expect(plans.columns.cells.some((c) => c.column === staffColumn)).toBe(false);
  });
});

describe("a typed penyerapan", () => {
  test("taken from the row above: 63,14 where it is 63,09", () => {
    // Row 1: 63.140.000 / 100.000.000 x 100 = 63,14 (typed right); row 2: 63.090.000 / 100.000.000 x 100 = 63,09.
    const rows = [
      row({
        Indikator: "A",
        Target: 1,
        Realisasi: 1,
        Anggaran: 100_000_000,
        "Realisasi Anggaran": 63_140_000,
        Penyerapan: 63.14,
      }),
      row({
        Indikator: "B",
        Target: 1,
        Realisasi: 1,
        Anggaran: 100_000_000,
        "Realisasi Anggaran": 63_090_000,
        Penyerapan: 63.14,
      }),
    ];
    const flags = flagsOf(rows, "PENYERAPAN_TIDAK_COCOK");
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ sel: "Indikator!H3" });
    expect(flags[0]!.pesan).toContain("berisi 63,14, sedangkan penyerapan yang benar 63,09");
    expect(flags[0]!.pesan).toContain("penyerapan indikator di atasnya");
  });

  test("truncated: 2.066.201.000 of 2.180.922.481 is 94,7397..., 94,74 and not 94,73", () => {
    const rows = [
      row({
        Indikator: "A",
        Target: 1,
        Realisasi: 1,
        "Pagu Anggaran": 2180922481,
        "Realisasi Anggaran": 2066201000,
        "% Realisasi Anggaran": 94.73,
      }),
    ];
    const [flag] = flagsOf(rows, "PENYERAPAN_TIDAK_COCOK");
    expect(flag!.pesan).toContain("penyerapan yang benar 94,74");
    expect(flag!.pesan).toContain("dipotong, bukan dibulatkan");
  });
});
