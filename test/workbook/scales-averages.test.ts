import { jsonReport } from "../../src/workbook/json-report";
import { paneView } from "../../src/workbook/pane-view";
import { cellAt, cellWithText } from "../support/plan-lookup";
import { seedGrids } from "../support/grids";
import { indikatorOf, infoOf, plansOf } from "../support/workbooks";

/** DOMAIN.md, "Averages", the custom scales, Batas Capaian and the IKM's mutu. Figures worked out by hand. */
const seed = () => ({ info: seedGrids().info, indikator: seedGrids().indikator });

describe("rata-rata capaian", () => {
  test("per tujuan, per sasaran and for the unit, each with its predikat (the seed: 94,30; 98,34; 105,01)", () => {
    const { rataRata } = jsonReport(plansOf(seed()).workbook);
    expect(rataRata.tujuan.map((a) => [a.nilai, a.predikat])).toEqual([[94.3, "Sangat Tinggi"]]);
    expect(rataRata.sasaran.map((a) => [a.nilai, a.predikat])).toEqual([
      [98.34, "Sangat Tinggi"],
      [105.01, "Sangat Tinggi"],
    ]);
    // (94,30 + 98,34 + 105,01) / 3 = 297,65 / 3 = 99,2166... -> 99,22.
    expect([rataRata.unit.nilai, rataRata.unit.predikat, rataRata.unit.indikator]).toEqual([99.22, "Sangat Tinggi", 3]);
  });

  test("with Batas Capaian 100 a capaian above it counts as 100; the row keeps its own 105,01", () => {
    const info = [...seedGrids().info, ["Batas Capaian", 100]];
    const plans = plansOf({ info, indikator: seedGrids().indikator });
    const json = jsonReport(plans.workbook);
    // (94,30 + 98,34 + 100) / 3 = 292,64 / 3 = 97,5466... -> 97,55.
    expect(json.rataRata.unit.nilai).toBe(97.55);
    expect(json.indikator[2]!.capaian).toBe(105.01);
    const laporan = plans.sheets[0]!;
    const unit = cellWithText(laporan, "Rata-rata capaian kinerja Kecamatan Klakah").row;
    expect(cellAt(laporan, unit, 4)?.formula).toMatch(/^=ROUND\(\(SUM\(.*SUMIF\(.*">100"\).*COUNTIF\(.*\)\/COUNT\(.*\),2\)$/);
  });

  test("an indicator without a capaian is left out of its average and named", () => {
    const grids = seedGrids();
    grids.indikator[3]![5] = null; // the desa indicator's target
    const { rataRata } = jsonReport(plansOf(grids).workbook);
    // (94,30 + 98,34) / 2 = 96,32.
    expect(rataRata.unit).toMatchObject({ nilai: 96.32, indikator: 3 });
    expect(rataRata.unit.tanpaCapaian).toEqual([grids.indikator[3]![2]]);
  });

  test("the report carries them as live AVERAGE formulas with predikat IFs, and the pane lists them", () => {
    const plans = plansOf(seed());
    const laporan = plans.sheets[0]!;
    const unit = cellWithText(laporan, "Rata-rata capaian kinerja Kecamatan Klakah").row;
    expect(cellAt(laporan, unit, 4)).toMatchObject({
      value: 99.22,
      formula: expect.stringMatching(/^=ROUND\(AVERAGE\(F\d+:F\d+,F\d+:F\d+\),2\)$/),
    });
    expect(cellAt(laporan, unit, 5)?.formula).toMatch(new RegExp(`^=IF\\(E${unit + 1}>=91,"Sangat Tinggi"`));
    expect(paneView(plans.workbook).averages.at(-1)).toEqual({
      label: "Kecamatan Klakah",
      nilai: "99,22",
      predikat: "Sangat Tinggi",
      indikator: 3,
    });
  });
});

describe("a workbook's own predikat bands (sheet Skala)", () => {
  const indikator = indikatorOf([
    { Level: "Sasaran", Uraian: "S", Indikator: "A", Target: 100, Realisasi: 94.3 },
    { Level: "Sasaran", Uraian: "S", Indikator: "B", Target: 100, Realisasi: 75 },
    { Level: "Sasaran", Uraian: "S", Indikator: "C", Target: 100, Realisasi: 50 },
  ]);
  const skala = [
    ["Batas Bawah", "Predikat"],
    [90, "Baik"],
    [70, "Cukup"],
    [0, "Kurang"],
  ];

  test("rate each capaian, in the report's native formula too, and in LAPKIN's Indikator column", () => {
    const plans = plansOf({ info: infoOf({ "Skala Predikat": "sheet Skala" }), indikator, skala });
    expect(jsonReport(plans.workbook).indikator.map((i) => i.predikat)).toEqual(["Baik", "Cukup", "Kurang"]);
    const laporan = plans.sheets[0]!;
    const a = cellWithText(laporan, "A").row;
    expect(cellAt(laporan, a, 8)?.formula).toBe(`=IF(F${a + 1}>=90,"Baik",IF(F${a + 1}>=70,"Cukup","Kurang"))`);
    const predikat = plans.columns.columns.find((c) => c.key === "predikat")!.column;
    expect(plans.columns.cells.find((c) => c.column === predikat)?.formula).toMatch(/^=IF\([A-Z]+2>=90,"Baik"/);
  });

  test("a Skala sheet that can't be read is flagged and the default scale used", () => {
    const plans = plansOf({
      info: infoOf({ "Skala Predikat": "sheet Skala" }),
      indikator,
      skala: [
        ["Batas Bawah", "Predikat"],
        ["sembilan puluh", "Baik"],
      ],
    });
    expect(plans.workbook.flags.find((f) => f.kode === "SKALA_TIDAK_SAH")).toMatchObject({ sel: "Info!B5" });
    expect(jsonReport(plans.workbook).indikator[0]!.predikat).toBe("Sangat Tinggi");
  });
});

describe("the IKM's mutu pelayanan", () => {
  test("is shown with the IKM indicator's capaian: report, pane and JSON (84,87: B, Baik)", () => {
    const plans = plansOf(seed());
    expect(jsonReport(plans.workbook).indikator.map((i) => i.mutuIkm)).toEqual(["B (Baik)", null, null]);
    expect(paneView(plans.workbook).indicators[0]!.mutuIkm).toBe("B (Baik)");
    const laporan = plans.sheets[0]!;
    const ikm = cellWithText(laporan, "Nilai IKM Kecamatan").row;
    expect(String(cellAt(laporan, ikm, 6)?.value)).toContain("Mutu pelayanan: B (Baik).");
  });
});
