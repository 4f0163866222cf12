import { workbookFromPlans } from "../../src/xlsx/generate";
import { buildRecap, type RecapPlans } from "../../src/recap/recap-pipeline";
import { a1 } from "../../src/workbook/a1";
import type { ChartPlan } from "../../src/workbook/chart-plan";
import { parseReference } from "../../src/workbook/marks";
import type { PlanCell } from "../../src/workbook/plan";
import { chartsOf } from "../support/chart-parts";
import { columnLetters } from "../support/package-fixture";
import {
  ALPHA,
  ALPHA_EXPECTED,
  BETA,
  BETA_EXPECTED,
  GAMMA,
  GAMMA_EXPECTED,
  summaryOf,
  withCell,
  withInfo,
  type UnitGrids,
} from "./support/units";

/**
 * Issue 13 in the recap: sheet Grafik Rekap draws the units' rata-rata capaian, ranked, against the
 * 100 % line, and their penyerapan in the same order, from a table whose cells refer to Rekap Unit.
 * Figures come from the hand-worked units (units.ts); the order from sorting them here.
 */
const named = (unit: UnitGrids, name: string) => withInfo(withInfo(unit, "Unit Kerja", name), "Perangkat Daerah", name);
/** Alpha's budget with no capaian at all: both targets 0 (TARGET_NOL); penyerapan 87,50 as Alpha's. */
const NOL = withCell(withCell(named(ALPHA, "Dinas Nol"), 1, "Target", 0), 2, "Target", 0);

const recapOf = (units: UnitGrids[]) =>
  buildRecap({ units: units.map((u, i) => summaryOf(u, `unit-${i + 1}.xlsx`)), skipped: [], expected: null });
const grafikOf = (plans: RecapPlans) => plans.sheets.find((s) => s.name === "Grafik Rekap")!;
type Cells = { readonly cells: readonly PlanCell[] };
const cellAt = (sheet: Cells, row: number, column: number) => sheet.cells.find((c) => c.row === row && c.column === column);
const chart = (sheet: { readonly charts?: readonly ChartPlan[] }, id: string) =>
  sheet.charts!.find((c: ChartPlan) => c.id === id)!;

/** The value on Rekap Unit that a Grafik Rekap cell's formula reads. */
function referred(plans: RecapPlans, formula: string): string | number | null {
  const place = parseReference(formula.replace(/^=/, ""))!;
  const sheet = plans.sheets.find((s) => s.name === place.sheet)!;
  return cellAt(sheet, place.rect.top, place.rect.left)!.value;
}

describe("four units: ranked by rata-rata capaian, a tie sharing its rank, a unit without capaian last", () => {
  const plans = recapOf([GAMMA, NOL, BETA, ALPHA]);
  const grafik = grafikOf(plans);
  const capaian = chart(grafik, "rekap.capaian.1");
  const penyerapan = chart(grafik, "rekap.penyerapan.1");
  // Alpha 100, Beta 75 and Gamma 75 (rank 2 both, in Rekap Unit's order: by name), Nol none.
  const order = [ALPHA_EXPECTED, BETA_EXPECTED, GAMMA_EXPECTED];

  test("the capaian bars, highest first, each labelled with its rank, against a dashed 100 % line", () => {
    const [bars, line] = capaian.series;
    expect(bars!.cachedCategories).toEqual(["1. Dinas Alpha", "2. Dinas Beta", "2. Kecamatan Gamma", "Dinas Nol"]);
    expect(bars!.cachedValues).toEqual([...order.map((u) => u.rataRata), null]);
    expect(bars!.look).toMatchObject({ fill: "solid", dataLabels: true });
    expect(line!).toMatchObject({ kind: "line", look: { dash: "dash" }, cachedValues: [100, 100, 100, 100] });
    expect(capaian.title).toBe("Rata-rata Capaian Kinerja per Unit (%), menurut peringkat");
    expect(capaian.description).toContain("1. Dinas Alpha 100%");
  });

  test("penyerapan in the same order, as hollow bars (told apart from capaian by more than colour)", () => {
    const [bars] = penyerapan.series;
    expect(bars!.cachedCategories).toEqual(capaian.series[0]!.cachedCategories);
    expect(bars!.cachedValues).toEqual([...order.map((u) => u.penyerapan), 87.5]);
    expect(bars!.look.fill).toBe("none");
  });

  test("each table cell the charts read is a formula reading the unit's own figure on Rekap Unit", () => {
    for (const plan of [capaian, penyerapan]) {
      const bars = plan.series[0]!;
      bars.cachedValues.forEach((value, i) => {
        const cell = cellAt(grafik, bars.values.rect.top + i, bars.values.rect.left)!;
        expect(cell.value).toBe(value);
        if (value === null) expect(cell.formula).toBeUndefined();
        else expect(referred(plans, cell.formula!)).toBe(value);
      });
    }
    expect(bars(capaian).values.sheet).toBe("Grafik Rekap");
  });

  test("the charts sit above their table, never over a cell with text", () => {
    for (const plan of grafik.charts!) {
      const inside = grafik.cells.filter((c) => c.value !== null && c.row >= plan.anchor.top && c.row <= plan.anchor.bottom);
      expect(inside.map((c) => a1(c.row, c.column))).toEqual([]);
      expect(plan.anchor.bottom).toBeLessThan(plan.series[0]!.values.rect.top);
    }
  });

  test("the file door writes them as native charts bound to those cells", () => {
    const file = chartsOf(workbookFromPlans(plans));
    expect(file.map((c) => [c.sheet, c.title, c.series.map((s) => s.valuesFormula)])).toEqual(
      grafik.charts!.map((c: ChartPlan) => [
        "Grafik Rekap",
        c.title,
        c.series.map(
          (s) =>
            `'Grafik Rekap'!$${columnLetters(s.values.rect.left)}$${s.values.rect.top + 1}:$${columnLetters(s.values.rect.left)}$${s.values.rect.bottom + 1}`,
        ),
      ]),
    );
  });
});

const bars = (plan: ChartPlan) => plan.series[0]!;

test("45 units: twenty to a chart, three of each, their titles saying which ranks", () => {
  const units = Array.from({ length: 45 }, (_, i) => named(ALPHA, `Kecamatan ${i + 1}`));
  const grafik = grafikOf(recapOf(units));
  const titles = grafik.charts!.map((c: ChartPlan) => c.title);
  expect(titles.filter((t) => t.startsWith("Rata-rata"))).toEqual([
    "Rata-rata Capaian Kinerja per Unit (%), menurut peringkat (1\u201320)",
    "Rata-rata Capaian Kinerja per Unit (%), menurut peringkat (21\u201340)",
    "Rata-rata Capaian Kinerja per Unit (%), menurut peringkat (41\u201345)",
  ]);
  expect(titles.filter((t) => t.startsWith("Penyerapan"))).toHaveLength(3);
  const lengths = (kind: string) =>
    grafik.charts!.filter((c: ChartPlan) => c.id.startsWith(kind)).map((c: ChartPlan) => bars(c).cachedValues.length);
  expect(lengths("rekap.capaian")).toEqual([20, 20, 5]);
  expect(lengths("rekap.penyerapan")).toEqual([20, 20, 5]);
});

test("130 units: the first hundred charted, and the sheet says the rest are on Rekap Unit", () => {
  const units = Array.from({ length: 130 }, (_, i) => named(ALPHA, `Desa ${i + 1}`));
  const grafik = grafikOf(recapOf(units));
  expect(grafik.charts!.map((c: ChartPlan) => bars(c).cachedValues.length).reduce((a, b) => a + b, 0)).toBe(200);
  expect(grafik.cells.map((c) => c.value)).toContain(
    "Grafik untuk 100 unit teratas dari 130; angka semua unit ada di sheet Rekap Unit.",
  );
});

test("no unit with a rata-rata capaian or a penyerapan: no Grafik Rekap", () => {
  const bare = withCell(withCell(named(GAMMA, "Kecamatan Kosong"), 2, "Target", 0), 1, "Target", 0);
  expect(recapOf([bare]).sheets.map((s) => s.name)).toEqual(["Rekap Unit", "Rekap Indikator", "Masalah"]);
});
