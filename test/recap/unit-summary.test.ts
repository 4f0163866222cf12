import { seedGrids } from "../support/grids";
import { ALPHA, ALPHA_EXPECTED, BETA, BETA_EXPECTED, GAMMA, GAMMA_EXPECTED, summaryOf, withCell } from "./support/units";

/** Half away from zero on whole hundredths: an integer reference, no decimal.js and no floats. */
const hundredths = (numerator: bigint, denominator: bigint) => {
  const q = (numerator * 100n * 2n + denominator) / (2n * denominator);
  return Number(q) / 100;
};

describe("a unit's summary: what the recap keeps of one workbook", () => {
  test("the sample (the seed's Kecamatan Klakah): its average, budget lines and efisiensi, from the seed's own figures", () => {
    const unit = summaryOf(seedGrids(), "klakah.xlsx");
    // DOMAIN.md: capaian 94,30, 98,34 and 105,01; their mean in hundredths is (9430 + 9834 + 10501) / 3.
    expect(unit.indicators.map((i) => i.capaian)).toEqual([94.3, 98.34, 105.01]);
    expect(unit.rataRataCapaian).toBe(hundredths(9430n + 9834n + 10501n, 300n));
    expect(unit.predikat).toBe("Sangat Tinggi");
    // The seed's two budget lines: 2.180.922.481 (spent 2.066.201.000) and 305.100.000 (spent all).
    const pagu = 2_180_922_481n + 305_100_000n;
    const spent = 2_066_201_000n + 305_100_000n;
    expect(unit.pagu).toBe(Number(pagu));
    expect(unit.realisasi).toBe(Number(spent));
    expect(unit.penyerapan).toBe(hundredths(spent * 100n, pagu));
    // 99,22 - 95,39 = 3,83: within 5 points either way.
    expect(unit.efisiensi).toBe("cukup efisien");
    expect(unit).toMatchObject({ unitKerja: "Kecamatan Klakah", tahun: "2023", periode: "TW IV", galat: 0 });
  });

  test.each([
    ["Dinas Alpha", ALPHA, ALPHA_EXPECTED],
    ["Dinas Beta", BETA, BETA_EXPECTED],
    ["Kecamatan Gamma", GAMMA, GAMMA_EXPECTED],
  ])("%s: the figures worked out by hand", (_, grids, expected) => {
    const unit = summaryOf(grids, "unit.xlsx");
    expect({
      unit: unit.unitKerja,
      indikator: unit.indicators.length,
      capaian: unit.indicators.map((i) => i.capaian),
      rataRata: unit.rataRataCapaian,
      predikat: unit.predikat,
      pagu: unit.pagu,
      realisasi: unit.realisasi,
      penyerapan: unit.penyerapan,
      efisiensi: unit.efisiensi,
      galat: unit.galat,
    }).toEqual(expected);
  });

  test("a program's pagu repeated on each of its indicators is counted once", () => {
    // Beta's two "Menurunnya keluhan" indicators share one budget line of 300.000.000 (240.000.000 spent).
    let grids = BETA;
    for (const row of [2, 3]) {
      grids = withCell(grids, row, "Anggaran", 300_000_000);
      grids = withCell(grids, row, "Realisasi Anggaran", 240_000_000);
    }
    const unit = summaryOf(grids, "beta.xlsx");
    expect(unit.pagu).toBe(500_000_000 + 300_000_000);
    expect(unit.realisasi).toBe(400_000_000 + 240_000_000);
    expect(unit.penyerapan).toBe(80);
  });

  test("the unit's flags become lines of its file, each at its cell", () => {
    const unit = summaryOf(GAMMA, "kiriman/gamma.xlsx");
    const targetNol = unit.flags.find((f) => f.kode === "TARGET_NOL")!;
    expect(targetNol).toMatchObject({ tingkat: "galat", file: "kiriman/gamma.xlsx" });
    expect(targetNol.sel).toMatch(/^Indikator!\w+2$/);
    expect(targetNol.pesan).toContain(targetNol.sel!);
  });

  test("a summary is plain data: strings and numbers that survive a JSON round trip unchanged", () => {
    for (const grids of [seedGrids(), ALPHA, BETA, GAMMA]) {
      const unit = summaryOf(grids, "unit.xlsx");
      expect(JSON.parse(JSON.stringify(unit))).toEqual(unit);
    }
  });
});
