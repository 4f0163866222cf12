import { CHART_PALETTE, type ChartPlan, type ChartRange, type ChartSeries, type SeriesLook } from "../../src/workbook/chart-plan";
import type { WorkbookPlans } from "../../src/workbook/pipeline";
import type { SheetPlan } from "../../src/workbook/plan";

/**
 * Chart plans built by hand, until the report's own charts are planned (the lead's part of issue
 * 13): over cells of the seed's Laporan (the Rata-rata Capaian table, rows 21-22), of the user's
 * Indikator sheet (a row of quarters) and of Pemeriksaan (another LAPKIN sheet of the same run),
 * with every kind of look a plan can ask for.
 */
const column = (sheet: string, left: number, top: number, bottom: number): ChartRange => ({
  sheet,
  rect: { top, left, bottom, right: left },
});
const row = (sheet: string, top: number, left: number, right: number): ChartRange => ({
  sheet,
  rect: { top, left, bottom: top, right },
});

const look = (change: Partial<SeriesLook>): SeriesLook => ({
  color: CHART_PALETTE.primary,
  fill: "solid",
  dash: "solid",
  marker: "none",
  dataLabels: false,
  ...change,
});

function series(name: string, kind: ChartSeries["kind"], categories: ChartRange, values: ChartRange, style: SeriesLook) {
  const length = Math.max(values.rect.bottom - values.rect.top, values.rect.right - values.rect.left) + 1;
  return {
    name,
    kind,
    categories,
    values,
    // The Excel door doesn't write these (Excel computes the cells); the file door caches them.
    cachedCategories: Array.from({ length }, (_, i) => `Kategori ${i + 1}`),
    cachedValues: Array.from({ length }, (_, i) => i + 1),
    numberFormat: "#,##0.00",
    look: style,
  } satisfies ChartSeries;
}

const axis = (title: string | null, numberFormat: string, min: number | null = null, max: number | null = null) => ({
  title,
  numberFormat,
  min,
  max,
});

/** The Laporan sheet's charts (it is written under `laporan`'s name, `Laporan` on the seed). */
export function laporanCharts(laporan = "Laporan", below = 40): ChartPlan[] {
  const capaian: ChartPlan = {
    id: "laporan.capaian",
    type: "bar",
    title: "Rata-rata Capaian Kinerja per Sasaran",
    anchor: { top: below, left: 0, bottom: below + 15, right: 8 },
    series: [
      series("Rata-rata Capaian (%)", "bar", column(laporan, 1, 20, 21), column(laporan, 4, 20, 21), look({ dataLabels: true })),
      series(
        "Jumlah Indikator",
        "line",
        column(laporan, 1, 20, 21),
        column(laporan, 3, 20, 21),
        look({ color: CHART_PALETTE.reference, dash: "dash", marker: "circle" }),
      ),
    ],
    categoryAxis: axis(null, "General"),
    valueAxis: axis("Capaian (%)", "#,##0.00", 0, 120),
    legend: "bottom",
    description: "Batang rata-rata capaian tiap sasaran, garis putus-putus jumlah indikatornya.",
  };
  const quarters: ChartPlan = {
    id: "laporan.triwulan",
    type: "line",
    title: "",
    anchor: { top: below + 17, left: 0, bottom: below + 30, right: 5 },
    series: [
      series(
        "Nilai IKM per triwulan",
        "line",
        row("Indikator", 0, 6, 9),
        row("Indikator", 1, 6, 9),
        look({ color: CHART_PALETTE.secondary, marker: "triangle" }),
      ),
    ],
    categoryAxis: axis("Triwulan", "@"),
    valueAxis: axis(null, "0.00"),
    legend: "none",
    description: "Garis nilai IKM dari triwulan I sampai IV.",
  };
  const checks: ChartPlan = {
    id: "laporan.pemeriksaan",
    type: "bar",
    title: "Temuan pemeriksaan data",
    anchor: { top: below + 17, left: 6, bottom: below + 30, right: 8 },
    series: [
      series(
        "Nomor temuan",
        "bar",
        column("Pemeriksaan", 2, 4, 6),
        column("Pemeriksaan", 0, 4, 6),
        look({ color: CHART_PALETTE.warning, fill: "none", dash: "dash" }),
      ),
    ],
    categoryAxis: axis(null, "General"),
    valueAxis: axis(null, "0", 0, null),
    legend: "bottom",
    description: "Batang berongga: nomor tiap temuan pemeriksaan.",
  };
  return [capaian, quarters, checks];
}

/** The plans with charts put on the sheet of the given kind. */
export function withCharts(
  plans: WorkbookPlans,
  kind: SheetPlan["kind"],
  charts: (sheet: SheetPlan) => ChartPlan[],
): WorkbookPlans {
  return { ...plans, sheets: plans.sheets.map((s) => (s.kind === kind ? { ...s, charts: charts(s) } : s)) };
}
