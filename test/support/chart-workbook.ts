import { CHART_PALETTE, type ChartPlan } from "../../src/workbook/chart-plan";
import { sheetMarkName, type NameMark } from "../../src/workbook/marks";
import { buildWorkbook, type WorkbookPlans } from "../../src/workbook/pipeline";
import type { PrintSetup, SheetPlan } from "../../src/workbook/plan";
import { REPORT_STYLES } from "../../src/workbook/report-styles";
import { SheetBuilder } from "../../src/workbook/sheet-builder";
import { generateReport } from "../../src/xlsx/generate";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { SEED_DESA, SEED_FASILITASI, SEED_IKM } from "./seed";

/**
 * Two sheets with charts, built by hand as the lead's plans will build them: "Rencana Aksi" (a
 * name with a space) holds targets, realisations and one indicator's quarterly values; "Laporan"
 * holds capaian formulas over those cells, a column of 100s, and a bar chart of the capaian with
 * a dashed 100 % line. The figures are the seed's (shared/seed): the capaian LAPKIN caches are
 * the seed report's, which LibreOffice must get again from the formulas.
 */
export const RENCANA = "Rencana Aksi";
export const LAPORAN = "Laporan";
export const NUMBER = "#,##0.00";

export const INDICATORS = [
  {
    name: "Nilai IKM Kecamatan",
    target: 90,
    realisasi: Number(SEED_IKM.expected.realisasi),
    capaian: Number(SEED_IKM.expected.capaian),
  },
  {
    name: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
    target: SEED_FASILITASI.input.target,
    realisasi: Number(SEED_FASILITASI.expected.realisasi),
    capaian: Number(SEED_FASILITASI.expected.capaian),
  },
  {
    name: "Persentase desa yang menyusun dokumen tepat waktu",
    target: 95.23,
    realisasi: Number(SEED_DESA.expected.realisasi),
    capaian: Number(SEED_DESA.expected.capaian),
  },
] as const;

/** The fasilitasi indicator's quarterly values (Jumlah), and the quarterly targets of its Rencana Aksi. */
export const QUARTERS = ["TW I", "TW II", "TW III", "TW IV"] as const;
export const TW_VALUES = SEED_FASILITASI.input.tw;
export const TW_TARGETS = [20, 40, 60, 95.23] as const;

/** Where the cells are (0-based), for the tests that edit them. */
export const CELLS = {
  /** Rencana Aksi: indicator i's target and realisasi in columns B and C. */
  indicatorRow: (i: number) => 3 + i,
  /** Rencana Aksi: the quarterly values, their running total, the targets; TW I in column B. */
  twRow: 8,
  cumulativeRow: 9,
  twTargetRow: 10,
  /** Laporan: indicator i's capaian in column C. */
  capaianRow: (i: number) => 3 + i,
} as const;

const PRINT: PrintSetup = { paper: "A4", orientation: "portrait", fitToWidth: true, repeatRows: null };
const cumulative = (values: readonly number[]) => values.map((_, i) => values.slice(0, i + 1).reduce((a, b) => a + b, 0));
const round2 = (value: number) => Math.round(value * 100) / 100;

export function rencanaAksiSheet(replaces: string | null): SheetPlan {
  const sheet = new SheetBuilder(RENCANA, "rencanaAksi", [34, 12, 12, 12, 12, 4], REPORT_STYLES);
  sheet.merge({ top: 0, left: 0, bottom: 0, right: 4 }, "RENCANA AKSI (UJI GRAFIK)", "title");
  ["Indikator", "Target", "Realisasi"].forEach((h, c) => sheet.put(2, c, h, "tableHeader"));
  INDICATORS.forEach((item, i) => {
    sheet.put(CELLS.indicatorRow(i), 0, item.name, "cellText");
    sheet.put(CELLS.indicatorRow(i), 1, item.target, "cellNumber");
    sheet.put(CELLS.indicatorRow(i), 2, item.realisasi, "cellNumber");
  });
  sheet.put(CELLS.twRow - 1, 0, "Fasilitasi per triwulan", "tableHeader");
  QUARTERS.forEach((q, c) => sheet.put(CELLS.twRow - 1, c + 1, q, "tableHeader"));
  sheet.put(CELLS.twRow, 0, "Nilai TW", "cellText");
  sheet.put(CELLS.cumulativeRow, 0, "Realisasi kumulatif", "cellText");
  sheet.put(CELLS.twTargetRow, 0, "Target kumulatif", "cellText");
  const totals = cumulative(TW_VALUES).map(round2);
  TW_VALUES.forEach((value, c) => {
    const column = String.fromCharCode(66 + c);
    sheet.put(CELLS.twRow, c + 1, value, "cellNumber");
    const formula =
      c === 0 ? `=B${CELLS.twRow + 1}` : `=${String.fromCharCode(65 + c)}${CELLS.cumulativeRow + 1}+${column}${CELLS.twRow + 1}`;
    sheet.put(CELLS.cumulativeRow, c + 1, totals[c]!, "cellNumber", formula);
    sheet.put(CELLS.twTargetRow, c + 1, TW_TARGETS[c]!, "cellNumber");
  });
  sheet.chart(twChart(totals));
  return sheet.build(PRINT, replaces);
}

export function laporanSheet(replaces: string | null): SheetPlan {
  const sheet = new SheetBuilder(LAPORAN, "laporan", [5, 40, 14, 12, 4, 4, 4], REPORT_STYLES);
  sheet.merge({ top: 0, left: 0, bottom: 0, right: 5 }, "LAPORAN KINERJA (UJI GRAFIK)", "title");
  ["No", "Indikator", "Capaian (%)", "Batas (%)"].forEach((h, c) => sheet.put(2, c, h, "tableHeader"));
  INDICATORS.forEach((item, i) => {
    const r = CELLS.capaianRow(i);
    const source = CELLS.indicatorRow(i) + 1;
    sheet.put(r, 0, i + 1, "cellCenter");
    sheet.put(r, 1, item.name, "cellText");
    sheet.put(r, 2, item.capaian, "cellNumber", `=ROUND('${RENCANA}'!C${source}/'${RENCANA}'!B${source}*100,2)`);
    sheet.put(r, 3, 100, "cellNumber");
  });
  sheet.note(CELLS.capaianRow(0), 2, "Capaian = realisasi / target x 100.");
  sheet.chart(capaianChart());
  sheet.chart(targetChart());
  return sheet.build(PRINT, replaces);
}

/** The capaian as bars with their values, and the 100 % line over them. */
export function capaianChart(): ChartPlan {
  const rows = { top: CELLS.capaianRow(0), bottom: CELLS.capaianRow(INDICATORS.length - 1) };
  const column = (c: number) => ({ sheet: LAPORAN, rect: { ...rows, left: c, right: c } });
  const names = INDICATORS.map((i) => i.name);
  return {
    id: "laporan.capaian",
    type: "bar",
    title: "Capaian Kinerja per Indikator",
    anchor: { top: 8, left: 0, bottom: 26, right: 5 },
    series: [
      {
        name: "Capaian (%)",
        kind: "bar",
        categories: column(1),
        values: column(2),
        cachedCategories: names,
        cachedValues: INDICATORS.map((i) => i.capaian),
        numberFormat: "#,##0.00",
        look: { color: CHART_PALETTE.primary, fill: "solid", dash: "solid", marker: "none", dataLabels: true },
      },
      {
        name: "Target 100 %",
        kind: "line",
        categories: column(1),
        values: column(3),
        cachedCategories: names,
        cachedValues: INDICATORS.map(() => 100),
        numberFormat: "#,##0",
        look: { color: CHART_PALETTE.bad, fill: "none", dash: "dash", marker: "none", dataLabels: false },
      },
    ],
    categoryAxis: { title: null, min: null, max: null, numberFormat: "General" },
    valueAxis: { title: "Capaian (%)", min: 0, max: 120, numberFormat: NUMBER },
    legend: "bottom",
    description: "Grafik batang capaian tiga indikator dengan garis putus-putus pada 100 %: 94,30; 98,34; 105,01.",
  };
}

/** Targets as hollow bars beside solid realisations, over cells of another sheet: told apart without colour. */
export function targetChart(): ChartPlan {
  const rows = { top: CELLS.indicatorRow(0), bottom: CELLS.indicatorRow(INDICATORS.length - 1) };
  const column = (c: number) => ({ sheet: RENCANA, rect: { ...rows, left: c, right: c } });
  const names = INDICATORS.map((i) => i.name);
  const bar = (name: string, c: number, values: number[], color: string, fill: "solid" | "none") => ({
    name,
    kind: "bar" as const,
    categories: column(0),
    values: column(c),
    cachedCategories: names,
    cachedValues: values,
    numberFormat: "#,##0.00",
    look: { color, fill, dash: "solid" as const, marker: "none" as const, dataLabels: false },
  });
  return {
    id: "laporan.targetRealisasi",
    type: "bar",
    title: "Target dan Realisasi",
    anchor: { top: 28, left: 0, bottom: 44, right: 5 },
    series: [
      bar(
        "Target",
        1,
        INDICATORS.map((i) => i.target),
        CHART_PALETTE.reference,
        "none",
      ),
      bar(
        "Realisasi",
        2,
        INDICATORS.map((i) => i.realisasi),
        CHART_PALETTE.good,
        "solid",
      ),
    ],
    categoryAxis: { title: "Indikator", min: null, max: null, numberFormat: "General" },
    valueAxis: { title: null, min: 0, max: null, numberFormat: NUMBER },
    legend: "bottom",
    description: "Grafik batang target (batang kosong) dan realisasi (batang penuh) tiga indikator.",
  };
}

/** One indicator's running realisation against its quarterly targets, as two lines. */
export function twChart(totals: readonly number[]): ChartPlan {
  const row = (r: number) => ({ sheet: RENCANA, rect: { top: r, bottom: r, left: 1, right: 4 } });
  return {
    id: "rencanaAksi.triwulan",
    type: "line",
    title: "Realisasi Kumulatif dan Target per Triwulan",
    anchor: { top: 12, left: 0, bottom: 28, right: 4 },
    series: [
      {
        name: "Realisasi kumulatif",
        kind: "line",
        categories: row(CELLS.twRow - 1),
        values: row(CELLS.cumulativeRow),
        cachedCategories: [...QUARTERS],
        cachedValues: totals,
        numberFormat: "#,##0.00",
        look: { color: CHART_PALETTE.primary, fill: "solid", dash: "solid", marker: "circle", dataLabels: true },
      },
      {
        name: "Target kumulatif",
        kind: "line",
        categories: row(CELLS.twRow - 1),
        values: row(CELLS.twTargetRow),
        cachedCategories: [...QUARTERS],
        cachedValues: [...TW_TARGETS],
        numberFormat: "#,##0.00",
        look: { color: CHART_PALETTE.secondary, fill: "none", dash: "dash", marker: "square", dataLabels: false },
      },
    ],
    categoryAxis: { title: "Triwulan", min: null, max: null, numberFormat: "General" },
    valueAxis: { title: "Persen (%)", min: 0, max: null, numberFormat: NUMBER },
    legend: "bottom",
    description:
      "Grafik garis realisasi kumulatif fasilitasi per triwulan (20,11 sampai 93,65) terhadap targetnya (20 sampai 95,23).",
  };
}

/**
 * The plans of one generation over `bytes`: the pipeline's own columns and names for Indikator,
 * and the two hand-built sheets in place of the pipeline's documents (replacing those of an
 * earlier generation by name), each marked as LAPKIN's.
 */
export async function generateWithCharts(
  bytes: Uint8Array,
  sheets: (existing: readonly string[]) => SheetPlan[] = defaultSheets,
): Promise<Uint8Array> {
  const loaded = await loadWorkbook(bytes, "uji.xlsx");
  if (!loaded.ok) throw new Error(loaded.message);
  const built = buildWorkbook(loaded.snapshot);
  if (!built.ok) throw new Error("the pipeline refused the fixture");
  const planned = sheets(loaded.snapshot.sheetNames);
  const marks: NameMark[] = planned.map((s) => ({
    name: sheetMarkName(s.kind),
    sheet: s.name,
    rect: { top: 0, left: 0, bottom: 0, right: 0 },
  }));
  const ours = new Set(marks.map((m) => m.name));
  const plans: WorkbookPlans = {
    ...built,
    sheets: planned,
    names: [...built.names.filter((n) => !ours.has(n.name) && ("constant" in n || n.sheet === built.columns.sheet)), ...marks],
    activeSheet: LAPORAN,
  };
  return generateReport(loaded.handle, plans);
}

function defaultSheets(existing: readonly string[]): SheetPlan[] {
  const replaces = (name: string) => (existing.includes(name) ? name : null);
  return [rencanaAksiSheet(replaces(RENCANA)), laporanSheet(replaces(LAPORAN))];
}
