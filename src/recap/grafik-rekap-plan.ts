import {
  BAR_CHART_ROWS,
  BARS_PER_CHART,
  barLook,
  chartLabel,
  chunks,
  cutLabel,
  describeBars,
  MAX_BAR_CHARTS,
  PERCENT,
  percentAxis,
  REFERENCE_LINE,
} from "../workbook/chart-kit";
import { CHART_PALETTE, type ChartPlan, type ChartSeries, type SeriesLook } from "../workbook/chart-plan";
import { markReference } from "../workbook/marks";
import { pageCapacity, PageFlow } from "../workbook/page-flow";
import type { Rect } from "../workbook/plan";
import { numberFormat } from "../workbook/report-formulas";
import { REPORT_STYLES } from "../workbook/report-styles";
import { LINE_HEIGHT, SheetBuilder } from "../workbook/sheet-builder";
import { ranksOf } from "./rank";
import { RECAP_SHEETS, type RecapSheetPlan, type TitleLine } from "./recap-sheet";
import { REKAP_UNIT_COLUMNS } from "./rekap-unit-plan";
import { unitLabel } from "./unit-label";
import type { UnitSummary } from "./unit-summary";

const WIDTHS = [10, 78, 16, 16, 14];
const [RANK, UNIT, CAPAIAN, PENYERAPAN, LINE_100] = [0, 1, 2, 3, 4] as const;
const LAST = WIDTHS.length - 1;
/** As tall as the report's bar charts, one to a landscape page: twenty bars wide enough for their labels. */
const CHART_ROWS = BAR_CHART_ROWS;
const NO_AXIS_TITLE = { title: null, min: null, max: null, numberFormat: "General" } as const;

/** One unit's line of a chart table: where its figures are on Rekap Unit, and what they are. */
interface Ranked {
  readonly unit: UnitSummary;
  readonly rank: number | null;
  /** Its row on Rekap Unit. */
  readonly row: number;
}

/**
 * Sheet Grafik Rekap (issue 13): the units' rata-rata capaian, ranked, against the 100 % line, and
 * their penyerapan anggaran in the same order, twenty units a chart. Each chart reads a small table
 * beneath the charts whose cells refer to Rekap Unit's (=`'Rekap Unit'!H8`), so a figure corrected
 * there moves its bar. The order is the ranking when the recap was made. Null when no unit has a
 * rata-rata capaian or a penyerapan to draw.
 */
export function planGrafikRekap(
  units: readonly UnitSummary[],
  rekapUnit: { readonly name: string; readonly frozenRows: number },
  titles: readonly TitleLine[],
): RecapSheetPlan | null {
  if (!units.some((u) => u.rataRataCapaian !== null || u.penyerapan !== null)) return null;
  const name = RECAP_SHEETS.grafik;
  const sheet = new SheetBuilder(name, "pemeriksaan", WIDTHS, REPORT_STYLES);
  const flow = new PageFlow(sheet, pageCapacity("landscape", WIDTHS));
  const ranks = ranksOf(units.map((u) => u.rataRataCapaian));
  // Highest rata-rata first; units without one after them, in Rekap Unit's order.
  const ranked: Ranked[] = units
    .map((unit, i) => ({ unit, rank: ranks[i]!, row: rekapUnit.frozenRows + i }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.row - b.row);

  for (const line of titles) {
    const row = flow.row(line.style === "title" ? 21 : line.style === "subtitle" ? 18 : 2 * LINE_HEIGHT);
    sheet.merge({ top: row, left: 0, bottom: row, right: LAST }, line.text, line.style);
    sheet.height(row, line.style === "title" ? 21 : line.style === "subtitle" ? 18 : 2 * LINE_HEIGHT);
  }
  const charted = ranked.slice(0, MAX_BAR_CHARTS * BARS_PER_CHART);
  const groups = chunks(charted, BARS_PER_CHART);
  const withCapaian = groups.filter((g) => g.some((r) => r.unit.rataRataCapaian !== null));
  const withPenyerapan = groups.filter((g) => g.some((r) => r.unit.penyerapan !== null));
  const capaianAreas = new Map(withCapaian.map((g) => [g, chartArea(flow, sheet)]));
  const penyerapanAreas = new Map(withPenyerapan.map((g) => [g, chartArea(flow, sheet)]));
  if (charted.length < ranked.length)
    paragraph(
      flow,
      sheet,
      `Grafik untuk ${charted.length} unit teratas dari ${ranked.length}; angka semua unit ada di sheet ${rekapUnit.name}.`,
    );

  flow.newPage();
  paragraph(
    flow,
    sheet,
    `Data grafik: setiap baris merujuk ke angka unitnya di sheet ${rekapUnit.name}, dalam urutan peringkat rata-rata capaian saat rekap dibuat.`,
  );
  groups.forEach((group, g) => {
    const table = chartTable(flow, sheet, group, rekapUnit.name);
    const ofMany = groups.length > 1 ? ` (${g * BARS_PER_CHART + 1}\u2013${g * BARS_PER_CHART + group.length})` : "";
    const capaianArea = capaianAreas.get(group);
    if (capaianArea) {
      const capaian = table.series(CAPAIAN, "Rata-rata Capaian (%)", "bar", barLook(CHART_PALETTE.primary, "solid"));
      sheet.chart({
        id: `rekap.capaian.${g + 1}`,
        type: "bar",
        title: `Rata-rata Capaian Kinerja per Unit (%), menurut peringkat${ofMany}`,
        anchor: capaianArea,
        series: [capaian, table.series(LINE_100, "Target 100%", "line", REFERENCE_LINE)],
        categoryAxis: NO_AXIS_TITLE,
        valueAxis: percentAxis(capaian.cachedValues),
        legend: "bottom",
        description: describeBars("Rata-rata capaian kinerja per unit", capaian),
      } satisfies ChartPlan);
    }
    const penyerapanArea = penyerapanAreas.get(group);
    if (penyerapanArea) {
      const penyerapan = table.series(PENYERAPAN, "Penyerapan Anggaran (%)", "bar", barLook(CHART_PALETTE.secondary, "none"));
      sheet.chart({
        id: `rekap.penyerapan.${g + 1}`,
        type: "bar",
        title: `Penyerapan Anggaran per Unit (%), dalam urutan yang sama${ofMany}`,
        anchor: penyerapanArea,
        series: [penyerapan],
        categoryAxis: NO_AXIS_TITLE,
        valueAxis: percentAxis(penyerapan.cachedValues),
        legend: "bottom",
        description: describeBars("Penyerapan anggaran per unit", penyerapan),
      } satisfies ChartPlan);
    }
  });
  const plan = sheet.build({ paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: null }, null);
  return { ...plan, kind: "grafik", frozenRows: 0 };
}

/** Empty rows for a chart to cover, kept on one page. */
function chartArea(flow: PageFlow, sheet: SheetBuilder): Rect {
  flow.gap();
  flow.keep(CHART_ROWS * LINE_HEIGHT);
  const top = flow.peek;
  for (let i = 0; i < CHART_ROWS; i++) sheet.height(flow.row(LINE_HEIGHT), LINE_HEIGHT);
  return { top, left: 0, bottom: flow.peek - 1, right: LAST };
}

function paragraph(flow: PageFlow, sheet: SheetBuilder, text: string): void {
  const row = flow.row(2 * LINE_HEIGHT);
  sheet.merge({ top: row, left: 0, bottom: row, right: LAST }, text, "paragraph");
  sheet.height(row, 2 * LINE_HEIGHT);
}

/** Peringkat | Unit Kerja (label grafik) | Rata-rata Capaian | Penyerapan | Garis 100%: one chart's units, kept whole on one page. */
function chartTable(flow: PageFlow, sheet: SheetBuilder, group: readonly Ranked[], rekapUnit: string) {
  flow.gap();
  flow.keep(2 * LINE_HEIGHT + group.length * LINE_HEIGHT);
  const header = flow.row(2 * LINE_HEIGHT);
  ["Peringkat", "Unit Kerja (label grafik)", "Rata-rata Capaian (%)", "Penyerapan (%)", "Garis 100%"].forEach((text, c) =>
    sheet.put(header, c, text, "tableHeader"),
  );
  sheet.height(header, 2 * LINE_HEIGHT);
  const refer = (row: number, column: number) =>
    `=${markReference(rekapUnit, { top: row, left: column, bottom: row, right: column })}`;
  const first = flow.peek;
  const labels: string[] = [];
  const values = new Map<number, (number | null)[]>([
    [CAPAIAN, []],
    [PENYERAPAN, []],
    [LINE_100, []],
  ]);
  group.forEach(({ unit, rank, row: source }) => {
    const row = flow.row(LINE_HEIGHT);
    const label = rank === null ? cutLabel(unitLabel(unit)) : chartLabel(rank - 1, unitLabel(unit));
    labels.push(label);
    sheet.put(row, RANK, rank, "cellCenter", rank === null ? undefined : refer(source, REKAP_UNIT_COLUMNS.peringkat));
    sheet.put(row, UNIT, label, "cellText");
    sheet.put(
      row,
      CAPAIAN,
      unit.rataRataCapaian,
      "cellNumber",
      unit.rataRataCapaian === null ? undefined : refer(source, REKAP_UNIT_COLUMNS.capaian),
      PERCENT,
    );
    sheet.put(
      row,
      PENYERAPAN,
      unit.penyerapan,
      "cellNumber",
      unit.penyerapan === null ? undefined : refer(source, REKAP_UNIT_COLUMNS.penyerapan),
      PERCENT,
    );
    sheet.put(row, LINE_100, 100, "cellNumber", undefined, numberFormat(0));
    values.get(CAPAIAN)!.push(unit.rataRataCapaian);
    values.get(PENYERAPAN)!.push(unit.penyerapan);
    values.get(LINE_100)!.push(100);
  });
  const last = first + group.length - 1;
  const column = (c: number) => ({ sheet: sheet.name, rect: { top: first, left: c, bottom: last, right: c } });
  return {
    series(c: number, name: string, kind: ChartSeries["kind"], look: SeriesLook): ChartSeries {
      return {
        name,
        kind,
        categories: column(UNIT),
        values: column(c),
        cachedCategories: labels,
        cachedValues: values.get(c)!,
        numberFormat: c === LINE_100 ? numberFormat(0) : PERCENT,
        look,
      };
    },
  };
}
