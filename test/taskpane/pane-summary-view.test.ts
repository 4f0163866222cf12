import { SUMMARY_BARS } from "../../src/workbook/pane-view";
import { indicatorRows, seedGrids, withCell } from "../support/grids";
import { SEED_FASILITASI } from "../support/seed";
import { limaTingkat, SEED_CAPAIAN, shownComma, viewOf } from "./support/summary-fixtures";

describe("the summary the pane draws above the indicator list", () => {
  test("the seed: every indicator a bar in sheet order, with the seed's capaian and its predikat on the default scale", () => {
    const { summary } = viewOf(seedGrids());
    expect(summary.lowest).toBe(false);
    expect(summary.bars.map((b) => [b.baris, b.capaian, b.predikat])).toEqual(
      SEED_CAPAIAN.map((c, i) => [i + 2, shownComma(c), limaTingkat(Number(c))]),
    );
    summary.bars.forEach((bar, i) => expect(bar.nilai).toBeCloseTo(Number(SEED_CAPAIAN[i]), 1));
    expect(summary.predikat).toEqual([{ predikat: "Sangat Tinggi", count: 3 }]);
  });

  test("predikat counted in the scale's order, highest first, then the indicators without a capaian", () => {
    const grids = seedGrids();
    // Fasilitasi's 93,65 against a target of 150: 62,43 %, Rendah; Desa without a target has no capaian.
    withCell(grids.indikator, 2, "target", 150);
    withCell(grids.indikator, 3, "target", null);
    const { summary } = viewOf(grids);
    const fasilitasi = (Number(SEED_FASILITASI.expected.realisasi) / 150) * 100;
    expect(summary.bars.map((b) => [b.capaian, b.predikat, b.nilai === null])).toEqual([
      [shownComma(SEED_CAPAIAN[0]!), "Sangat Tinggi", false],
      [shownComma(fasilitasi), limaTingkat(fasilitasi), false],
      ["–", "–", true],
    ]);
    expect(summary.predikat).toEqual([
      { predikat: "Sangat Tinggi", count: 1 },
      { predikat: "Rendah", count: 1 },
      { predikat: null, count: 1 },
    ]);
  });

  test(`more than ${SUMMARY_BARS} indicators: the ${SUMMARY_BARS} lowest capaian, lowest first; the counts cover all of them`, () => {
    const count = 45;
    const view = viewOf({ info: seedGrids().info, indikator: indicatorRows(count) });
    // indicatorRows: target 80 + i mod 20, four quarters of 10 + (7i mod 13) + 0,25 summed.
    const capaian = Array.from({ length: count }, (_, i) => ((4 * (10 + ((i * 7) % 13) + 0.25)) / (80 + (i % 20))) * 100);
    const lowestRows = capaian
      .map((c, i) => ({ c, baris: i + 2 }))
      .sort((a, b) => a.c - b.c || a.baris - b.baris)
      .slice(0, SUMMARY_BARS);
    const { summary } = view;
    expect(summary.lowest).toBe(true);
    expect(summary.bars.map((b) => b.baris)).toEqual(lowestRows.map((r) => r.baris));
    expect(summary.predikat.reduce((sum, p) => sum + p.count, 0)).toBe(count);
    const byPredikat = new Map<string, number>();
    for (const c of capaian) byPredikat.set(limaTingkat(c), (byPredikat.get(limaTingkat(c)) ?? 0) + 1);
    expect(new Map(summary.predikat.map((p) => [p.predikat, p.count]))).toEqual(byPredikat);
  });
});
