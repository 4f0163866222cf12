import type { ChartPlan, ChartRange } from "../../src/workbook/chart-plan";
import type { SheetPlan } from "../../src/workbook/plan";
import { BARS_PER_CHART, chartLabel, MAX_BAR_CHARTS, MAX_QUARTER_CHARTS } from "../../src/workbook/report-charts";
import { seedGrids } from "../support/grids";
import { cellAt } from "../support/plan-lookup";
import { SEED_DESA, SEED_FASILITASI, SEED_IKM } from "../support/seed";
import { indikatorOf, plansOf } from "../support/workbooks";

/** The report's charts (issue 13) as plans: what they show, and that they read the report's own cells. */
const laporanOf = (indikator: ReturnType<typeof indikatorOf>): SheetPlan =>
  plansOf({ indikator }).sheets.find((s) => s.kind === "laporan")!;
const seedReport = () => laporanOf(seedGrids().indikator);

/** Every cell of a one-column or one-row range, in order. */
function cellsOf(plan: SheetPlan, range: ChartRange) {
  expect(range.sheet).toBe(plan.name);
  const cells = [];
  for (let r = range.rect.top; r <= range.rect.bottom; r++)
    for (let c = range.rect.left; c <= range.rect.right; c++) cells.push(cellAt(plan, r, c));
  return cells;
}

const byId = (plan: SheetPlan, prefix: string) => plan.charts.filter((c) => c.id.startsWith(prefix));

describe("the report's charts", () => {
  test("capaian per indicator: the seed's three capaian, and a 100 % line", () => {
    const [chart] = byId(seedReport(), "laporan.capaian");
    const [bars, line] = chart!.series;
    expect(chart!.type).toBe("bar");
    expect(bars!.kind).toBe("bar");
    expect(bars!.cachedValues).toEqual([SEED_IKM, SEED_FASILITASI, SEED_DESA].map((s) => Number(s.expected.capaian)));
    expect(line!.kind).toBe("line");
    expect(line!.cachedValues).toEqual([100, 100, 100]);
    // The axis shows 105 % and leaves room for its label; it starts at zero, as bars must.
    expect(chart!.valueAxis.min).toBe(0);
    expect(chart!.valueAxis.max!).toBeGreaterThan(105.01);
  });

  test("every series reads cells of the sheet that hold exactly the values and labels it caches", () => {
    const plan = seedReport();
    expect(plan.charts.length).toBeGreaterThan(2);
    for (const chart of plan.charts)
      for (const series of chart.series) {
        const values = cellsOf(plan, series.values).map((c) => c?.value ?? null);
        expect({ chart: chart.id, series: series.name, values }).toEqual({
          chart: chart.id,
          series: series.name,
          values: series.cachedValues,
        });
        const labels = cellsOf(plan, series.categories).map((c) => c?.value);
        expect({ chart: chart.id, labels }).toEqual({ chart: chart.id, labels: series.cachedCategories });
      }
  });

  test("the charted figures are live: each refers to the report's own cell of that figure, which holds the same value", () => {
    const plan = seedReport();
    const [chart] = byId(plan, "laporan.capaian");
    for (const cell of cellsOf(plan, chart!.series[0]!.values)) {
      const source = /^=([A-Z]+)(\d+)$/.exec(cell!.formula!)!;
      const column = source[1]!.charCodeAt(0) - 65;
      expect(cellAt(plan, Number(source[2]) - 1, column)!.value).toBe(cell!.value);
      expect(cellAt(plan, Number(source[2]) - 1, column)!.formula).toMatch(/^=/);
    }
  });

  test("capaian against penyerapan for the two budgeted indicators, told apart by fill as well as colour", () => {
    const [chart] = byId(seedReport(), "laporan.efisiensi");
    const [capaian, penyerapan] = chart!.series;
    expect(capaian!.cachedValues).toEqual([SEED_FASILITASI, SEED_DESA].map((s) => Number(s.expected.capaian)));
    expect(penyerapan!.cachedValues).toEqual([SEED_FASILITASI, SEED_DESA].map((s) => Number(s.expected.penyerapan)));
    expect(capaian!.look.fill).not.toBe(penyerapan!.look.fill);
  });

  test("the IKM by quarter: the year's average so far against its target (seed TW values)", () => {
    const plan = seedReport();
    const ikm = byId(plan, "laporan.triwulan").find((c) => c.title.includes("Nilai IKM"))!;
    const [realisasi, target] = ikm.series;
    const tw = SEED_IKM.input.tw.filter((v) => v !== null).map((v) => Number(v.replace(",", ".")));
    const mean = (n: number) => Math.round((tw.slice(0, n).reduce((a, b) => a + b, 0) / n) * 100) / 100;
    // TW 4 is missing: the year so far stays the mean of TW 1-3 (the seed's 84,87).
    expect(realisasi!.cachedValues).toEqual([mean(1), mean(2), mean(3), Number(SEED_IKM.expected.realisasi)]);
    expect(target!.cachedValues.every((v) => v === 90)).toBe(true);
    expect(realisasi!.cachedCategories).toEqual(["TW I", "TW II", "TW III", "TW IV"]);
    // Lines differ by dash and marker, not colour alone.
    expect([realisasi!.look.dash, realisasi!.look.marker]).not.toEqual([target!.look.dash, target!.look.marker]);
  });

  test("charts cover only empty rows, each on one printed page, none overlapping another", () => {
    const plan = seedReport();
    const inside = (chart: ChartPlan, row: number, column: number) =>
      row >= chart.anchor.top && row <= chart.anchor.bottom && column >= chart.anchor.left && column <= chart.anchor.right;
    for (const chart of plan.charts) {
      expect(plan.cells.filter((c) => inside(chart, c.row, c.column) && c.value !== null)).toEqual([]);
      expect(plan.rowBreaks.filter((b) => b > chart.anchor.top && b <= chart.anchor.bottom)).toEqual([]);
      for (const other of plan.charts.filter((o) => o !== chart))
        expect({ chart: chart.id, other: other.id, overlap: inside(other, chart.anchor.top, chart.anchor.left) }).toEqual({
          chart: chart.id,
          other: other.id,
          overlap: false,
        });
    }
  });

  test("a long list is drawn in charts of at most twenty bars, each titled with the indicators it shows", () => {
    const rows = Array.from({ length: 45 }, (_, i) => ({
      Level: "Sasaran",
      Uraian: `Sasaran ${i + 1}`,
      Indikator: `Indikator nomor ${i + 1}`,
      Satuan: "%",
      Target: 80,
      TW1: 10 + i,
      Agregasi: "Jumlah",
    }));
    const plan = laporanOf(indikatorOf(rows));
    const charts = byId(plan, "laporan.capaian");
    expect(charts.map((c) => c.series[0]!.cachedValues.length)).toEqual([
      BARS_PER_CHART,
      BARS_PER_CHART,
      45 - 2 * BARS_PER_CHART,
    ]);
    expect(charts.map((c) => c.title)).toEqual([
      "Capaian Kinerja per Indikator (%) (1\u201320)",
      "Capaian Kinerja per Indikator (%) (21\u201340)",
      "Capaian Kinerja per Indikator (%) (41\u201345)",
    ]);
    // Capaian of a sum over TW 1 against 80: (10 + i) / 80 x 100, rounded to 2 decimals.
    const expected = rows.map((_, i) => Math.round(((10 + i) / 80) * 100 * 100) / 100);
    expect(charts.flatMap((c) => c.series[0]!.cachedValues)).toEqual(expected);
    const quarters = byId(plan, "laporan.triwulan");
    expect(quarters).toHaveLength(MAX_QUARTER_CHARTS);
    expect(
      plan.cells.some(
        (c) =>
          c.value ===
          `Grafik triwulan untuk ${MAX_QUARTER_CHARTS} indikator pertama dari 45 yang diisi per triwulan; angka semua indikator ada di tabel laporan.`,
      ),
    ).toBe(true);
  });

  test("past a hundred indicators the capaian charts stop at five, and the report says which are drawn", () => {
    const rows = Array.from({ length: 130 }, (_, i) => ({
      Level: "Sasaran",
      Uraian: `Sasaran ${i + 1}`,
      Indikator: `Indikator ${i + 1}`,
      Target: 80,
      Realisasi: 70,
    }));
    const plan = laporanOf(indikatorOf(rows));
    const charts = byId(plan, "laporan.capaian");
    expect(charts).toHaveLength(MAX_BAR_CHARTS);
    expect(charts.flatMap((c) => c.series[0]!.cachedValues)).toHaveLength(MAX_BAR_CHARTS * BARS_PER_CHART);
    expect(
      plan.cells.some(
        (c) => c.value === "Grafik capaian untuk 100 indikator pertama dari 130; angka semua indikator ada di tabel laporan.",
      ),
    ).toBe(true);
  });

  test("a chart's label is the indicator's number and name, cut with an ellipsis where too long for an axis", () => {
    expect(chartLabel(0, "Nilai IKM Kecamatan")).toBe("1. Nilai IKM Kecamatan");
    const long = chartLabel(
      2,
      "Rata-rata persentase desa dalam menyusun dokumen administrasi pemerintahan desa yang tepat waktu",
    );
    expect(long.startsWith("3. Rata-rata persentase desa")).toBe(true);
    expect(long.endsWith("\u2026")).toBe(true);
    expect(long.length).toBeLessThanOrEqual(48);
  });

  test("each chart says what it shows in words, in Indonesian notation, for a screen reader", () => {
    const [chart] = byId(seedReport(), "laporan.capaian");
    expect(chart!.description).toContain("1. Nilai IKM Kecamatan 94,3%");
    expect(chart!.description).toContain("105,01%");
  });
});

describe("the LKjIP's charts (Periode Tahunan)", () => {
  test("the annual report draws the same capaian chart over its own capaian cells", () => {
    const info = seedGrids().info.map((row) => (row[0] === "Periode" ? ["Periode", "Tahunan"] : row));
    const plan = plansOf({ info, indikator: seedGrids().indikator }).sheets.find((s) => s.kind === "laporan")!;
    expect(plan.cells.some((c) => c.value === "BAB III AKUNTABILITAS KINERJA")).toBe(true);
    const [chart] = byId(plan, "laporan.capaian");
    expect(chart!.series[0]!.cachedValues).toHaveLength(3);
    for (const cell of cellsOf(plan, chart!.series[0]!.values)) {
      const [, letters, row] = /^=([A-Z]+)(\d+)$/.exec(cell!.formula!)!;
      expect(cellAt(plan, Number(row) - 1, letters!.charCodeAt(0) - 65)!.value).toBe(cell!.value);
    }
    expect(byId(plan, "laporan.efisiensi")).toHaveLength(1);
  });
});
