import { QUARTERS, type Decimal } from "../engine";
import {
  BAR_CHART_ROWS,
  BARS_PER_CHART,
  barLook as bars,
  chartLabel,
  chunks,
  describeBars,
  indonesian,
  MAX_BAR_CHARTS,
  PERCENT,
  percentAxis,
  REFERENCE_LINE,
} from "./chart-kit";
import { CHART_PALETTE, type ChartPlan, type ChartRange, type ChartSeries, type SeriesLook } from "./chart-plan";
import type { Rect } from "./plan";
import type { InputColumnKey } from "./contract";
import type { EvaluatedIndicator, WorkbookEvaluation } from "./evaluate-workbook";
import type { LiveRefs } from "./live-refs";
import { quarterProgress } from "./quarter-progress";
import { numberFormat } from "./report-formulas";
import { ROMAN } from "./report-text";
import { LINE_HEIGHT } from "./sheet-builder";
import type { SheetWriter } from "./sheet-writer";

/**
 * The report's charts (issue 13), on a page of their own after the signatures: capaian per
 * indicator against the 100 % line, capaian against penyerapan where there is a budget, and the
 * year so far against the target, quarter by quarter, for each indicator typed by TW. Each chart
 * reads a small data table beneath it, whose cells refer to the report's own figures (or to
 * Indikator), so the charts follow a corrected figure as the tables do.
 */

/** Where the report put an indicator's figures the charts read: its capaian cell, its penyerapan cell. */
export interface ChartSources {
  readonly capaian: ReadonlyMap<EvaluatedIndicator, string>;
  readonly penyerapan: ReadonlyMap<EvaluatedIndicator, string>;
}

export { BARS_PER_CHART, chartLabel, MAX_BAR_CHARTS };

/** Quarter charts past this many would fill pages nobody reads; the rest are said in words. */
export const MAX_QUARTER_CHARTS = 24;
const QUARTER_CHART_ROWS = 13;

const REALISASI_LINE: SeriesLook = {
  color: CHART_PALETTE.primary,
  fill: "none",
  dash: "solid",
  marker: "circle",
  dataLabels: true,
};
const TARGET_LINE: SeriesLook = {
  color: CHART_PALETTE.secondary,
  fill: "none",
  dash: "dash",
  marker: "square",
  dataLabels: false,
};

const num = (value: Decimal | null) => (value === null ? null : value.toNumber());

export function writeReportCharts(
  writer: SheetWriter,
  workbook: WorkbookEvaluation,
  refs: LiveRefs,
  sources: ChartSources,
  layout: { readonly left: readonly [number, number]; readonly right: readonly [number, number] },
): void {
  const { flow, sheet } = writer;
  const measured = workbook.indicators.filter((item) => sources.capaian.has(item));
  if (measured.length === 0) return;
  const charted = measured.slice(0, MAX_BAR_CHARTS * BARS_PER_CHART);
  const budgetedAll = measured.filter((item) => sources.penyerapan.has(item));
  const budgeted = budgetedAll.slice(0, MAX_BAR_CHARTS * BARS_PER_CHART);
  const quarterlyAll = measured.filter(hasQuarters);
  const quarterly = quarterlyAll.slice(0, MAX_QUARTER_CHARTS);
  const numberOf = (item: EvaluatedIndicator) => measured.indexOf(item);

  flow.newPage();
  writer.wide("LAMPIRAN: GRAFIK CAPAIAN KINERJA", "section");
  writer.wide(
    "Setiap grafik membaca tabel datanya di akhir lampiran ini, yang merujuk ke angka laporan di atas; grafik ikut berubah bila angka di sheet Indikator diperbaiki.",
    "paragraph",
  );

  // Chart areas first, then the data tables; a chart's ranges are known once its table is laid.
  const wide: readonly [number, number] = [layout.left[0], layout.right[1]];
  const capaianGroups = chunks(charted, BARS_PER_CHART).map((items) => ({
    items,
    anchor: chartArea(writer, BAR_CHART_ROWS, wide),
  }));
  const efficiencyGroups = chunks(budgeted, BARS_PER_CHART).map((items) => ({
    items,
    anchor: chartArea(writer, BAR_CHART_ROWS, wide),
  }));
  const quarterAnchors = chunks(quarterly, 2).flatMap((pair) => {
    const area = chartArea(writer, QUARTER_CHART_ROWS, wide);
    return pair.map((_, j) => ({
      ...area,
      left: (j === 0 ? layout.left : layout.right)[0],
      right: (j === 0 ? layout.left : layout.right)[1],
    }));
  });
  const leftOut = [
    charted.length < measured.length ? `capaian untuk ${charted.length} indikator pertama dari ${measured.length}` : null,
    budgeted.length < budgetedAll.length
      ? `penyerapan untuk ${budgeted.length} indikator pertama dari ${budgetedAll.length} yang beranggaran`
      : null,
    quarterly.length < quarterlyAll.length
      ? `triwulan untuk ${quarterly.length} indikator pertama dari ${quarterlyAll.length} yang diisi per triwulan`
      : null,
  ].filter((part) => part !== null);
  // A report of hundreds of indicators would otherwise carry pages of charts nobody reads.
  if (leftOut.length > 0)
    writer.wide(`Grafik ${leftOut.join("; grafik ")}; angka semua indikator ada di tabel laporan.`, "paragraph");

  const ofGroups = (groups: readonly { items: readonly EvaluatedIndicator[] }[]) => groups.length > 1;
  writer.section("Data Grafik Capaian", 2 * LINE_HEIGHT);
  capaianGroups.forEach(({ items, anchor }) => {
    const table = barTable(
      writer,
      items,
      numberOf,
      [
        ["Indikator (label grafik)", "General"],
        ["Capaian (%)", PERCENT],
        ["Garis 100%", numberFormat(0)],
      ],
      (item) => [
        [num(item.evaluation.capaian), `=${sources.capaian.get(item)!}`],
        [100, undefined],
      ],
    );
    const capaian = tableSeries(table, 0, "Capaian (%)", "bar", bars(CHART_PALETTE.primary, "solid"));
    sheet.chart({
      id: `laporan.capaian.${capaianGroups.findIndex((g) => g.anchor === anchor) + 1}`,
      type: "bar",
      title: `Capaian Kinerja per Indikator (%)${ofGroups(capaianGroups) ? ` ${range(items, numberOf)}` : ""}`,
      anchor,
      series: [capaian, tableSeries(table, 1, "Target 100%", "line", REFERENCE_LINE)],
      categoryAxis: NO_AXIS_TITLE,
      valueAxis: percentAxis(capaian.cachedValues),
      legend: "bottom",
      description: describeBars("Capaian kinerja", capaian),
    });
  });

  if (efficiencyGroups.length > 0) writer.section("Data Grafik Capaian dan Penyerapan Anggaran", 2 * LINE_HEIGHT);
  efficiencyGroups.forEach(({ items, anchor }, g) => {
    const table = barTable(
      writer,
      items,
      numberOf,
      [
        ["Uraian (label grafik)", "General"],
        ["Capaian (%)", PERCENT],
        ["Penyerapan (%)", PERCENT],
      ],
      (item) => [
        [num(item.evaluation.capaian), `=${sources.capaian.get(item)!}`],
        [num(item.evaluation.penyerapan), `=${sources.penyerapan.get(item)!}`],
      ],
      (item) => item.row.uraian || item.row.indikator,
    );
    const capaian = tableSeries(table, 0, "Capaian Kinerja (%)", "bar", bars(CHART_PALETTE.primary, "solid"));
    const penyerapan = tableSeries(table, 1, "Penyerapan Anggaran (%)", "bar", bars(CHART_PALETTE.secondary, "none"));
    sheet.chart({
      id: `laporan.efisiensi.${g + 1}`,
      type: "bar",
      title: `Capaian Kinerja dan Penyerapan Anggaran (%)${ofGroups(efficiencyGroups) ? ` ${range(items, numberOf)}` : ""}`,
      anchor,
      series: [capaian, penyerapan],
      categoryAxis: NO_AXIS_TITLE,
      valueAxis: percentAxis([...capaian.cachedValues, ...penyerapan.cachedValues]),
      legend: "bottom",
      description: `${describeBars("Capaian kinerja", capaian)} ${describeBars("Penyerapan anggaran", penyerapan)}`,
    });
  });

  if (quarterly.length > 0) writer.section("Data Grafik Triwulan", 2 * LINE_HEIGHT);
  chunks(quarterly, QUARTER_ROWS_PER_TABLE).forEach((items) => {
    const table = quarterTable(writer, items, workbook, refs, numberOf);
    table.rows.forEach((_, i) => sheet.chart(quarterChart(table, i, quarterAnchors[quarterly.indexOf(items[i]!)]!)));
  });
}

const hasQuarters = (item: EvaluatedIndicator) => item.evaluation.derivation?.kind === "triwulan";

/** "(21–40)": which indicators a chart of a long list shows. */
const range = (items: readonly EvaluatedIndicator[], numberOf: (item: EvaluatedIndicator) => number) =>
  `(${numberOf(items[0]!) + 1}\u2013${numberOf(items[items.length - 1]!) + 1})`;

/** Empty rows for a chart to cover, kept on one page. */
function chartArea(writer: SheetWriter, rows: number, [left, right]: readonly [number, number]): Rect {
  const { flow } = writer;
  flow.gap();
  flow.keep(rows * LINE_HEIGHT);
  const top = flow.peek;
  for (let i = 0; i < rows; i++) flow.row(LINE_HEIGHT);
  return { top, left, bottom: flow.peek - 1, right };
}

/** A bar chart's data: a label column and value columns, one row per indicator. */
interface BarTable {
  readonly sheet: string;
  readonly firstRow: number;
  readonly labels: readonly string[];
  readonly values: readonly (readonly (number | null)[])[];
  readonly formats: readonly string[];
}

const NO_AXIS_TITLE = { title: null, min: null, max: null, numberFormat: "General" } as const;
const [A, B, C, D, E] = [0, 1, 2, 3, 4] as const;
/** The value columns of a bar table. */
const VALUE_COLUMNS = [D, E] as const;
/** Indicators per quarter data table (two rows each), so a table is kept whole on one page. */
const QUARTER_ROWS_PER_TABLE = 10;

function tableHeader(writer: SheetWriter, titles: readonly (readonly [number, number, string])[]): number {
  const row = writer.flow.row(2 * LINE_HEIGHT);
  for (const [left, right, text] of titles) writer.sheet.merge({ top: row, left, bottom: row, right }, text, "tableHeader");
  return row;
}

/**
 * No | label | values: a chart's data, kept whole on one page with its header, no header repeated
 * inside, so each column is one range the chart can read.
 */
function barTable(
  writer: SheetWriter,
  items: readonly EvaluatedIndicator[],
  numberOf: (item: EvaluatedIndicator) => number,
  [[labelTitle], ...valueColumns]: readonly (readonly [title: string, format: string])[] & { 0: readonly [string, string] },
  cells: (item: EvaluatedIndicator) => readonly (readonly [number | null, string | undefined])[],
  labelOf: (item: EvaluatedIndicator) => string = (item) => item.row.indikator,
): BarTable {
  const { sheet, flow } = writer;
  flow.gap();
  flow.keep(2 * LINE_HEIGHT + items.length * LINE_HEIGHT);
  tableHeader(writer, [
    [A, A, "No"],
    [B, C, labelTitle!],
    ...valueColumns.map(([title], i) => [VALUE_COLUMNS[i]!, VALUE_COLUMNS[i]!, title] as const),
  ]);
  const firstRow = flow.peek;
  const values: (number | null)[][] = valueColumns.map(() => []);
  const labels = items.map((item) => {
    const row = flow.row(LINE_HEIGHT);
    const label = chartLabel(numberOf(item), labelOf(item));
    sheet.put(row, A, numberOf(item) + 1, "cellCenter");
    sheet.merge({ top: row, left: B, bottom: row, right: C }, label, "cellText");
    cells(item).forEach(([value, formula], i) => {
      sheet.put(row, VALUE_COLUMNS[i]!, value, "cellNumber", formula, valueColumns[i]![1]);
      values[i]!.push(value);
    });
    return label;
  });
  return { sheet: sheet.name, firstRow, labels, values, formats: valueColumns.map(([, format]) => format) };
}

/**
 * Per indicator two rows, Realisasi s.d. TW and Target, under TW I..IV: the year so far as the
 * indicator's Agregasi forms it (as the Rencana Aksi measures it), against that quarter's Target TW
 * where the sheet has one, else the year's target.
 */
function quarterTable(
  writer: SheetWriter,
  items: readonly EvaluatedIndicator[],
  workbook: WorkbookEvaluation,
  refs: LiveRefs,
  numberOf: (item: EvaluatedIndicator) => number,
): QuarterTable {
  const { sheet, flow } = writer;
  flow.gap();
  flow.keep(2 * LINE_HEIGHT + 2 * items.length * LINE_HEIGHT);
  const headerRow = tableHeader(writer, [
    [A, A, "No"],
    [B, C, "Indikator"],
    [D, D, "Baris"],
    ...QUARTERS.map((tw, i) => [E + i, E + i, `TW ${ROMAN[tw]}`] as const),
  ]);
  const rows = items.map((item) => {
    const index = numberOf(item);
    const progress = quarterProgress(item, workbook.info.quarter, workbook.info.rumusTurun);
    const byTw = progress.some((p) => p.target !== null);
    const realisasiRow = flow.row(LINE_HEIGHT);
    const targetRow = flow.row(LINE_HEIGHT);
    const title = chartLabel(index, item.row.indikator);
    sheet.merge({ top: realisasiRow, left: A, bottom: targetRow, right: A }, index + 1, "cellCenter");
    sheet.merge({ top: realisasiRow, left: B, bottom: targetRow, right: C }, title, "cellText");
    sheet.put(realisasiRow, D, "Realisasi s.d. TW", "cellText");
    sheet.put(targetRow, D, byTw ? "Target TW" : "Target tahun", "cellText");
    const targets = progress.map((p) => (byTw ? p.target : item.evaluation.target));
    // One format a row, so a line's labels all show as many decimals as its most precise value.
    const realisasiFormat = numberFormat(Math.max(0, ...progress.filter((p) => p.realisasi !== null).map((p) => p.decimals)));
    const targetFormat = numberFormat(Math.max(0, ...targets.map((t) => (t === null ? 0 : t.decimalPlaces()))));
    progress.forEach((p, i) => {
      const column = E + i;
      sheet.put(realisasiRow, column, num(p.realisasi), "cellNumber", refs.realisasiUpTo(item, p), realisasiFormat);
      const key: InputColumnKey = byTw ? (`targetTw${p.tw}` as InputColumnKey) : "target";
      sheet.put(targetRow, column, num(targets[i]!), "cellNumber", refs.formula(item, key), targetFormat);
    });
    return {
      title,
      realisasiRow,
      targetRow,
      realisasi: progress.map((p) => num(p.realisasi)),
      target: targets.map(num),
      realisasiFormat,
      targetFormat,
      targetName: byTw ? "Target TW" : "Target tahun",
    };
  });
  return { sheet: sheet.name, headerRow, firstColumn: E, rows };
}

interface QuarterTable {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly rows: readonly {
    readonly title: string;
    readonly realisasiRow: number;
    readonly targetRow: number;
    readonly realisasi: readonly (number | null)[];
    readonly target: readonly (number | null)[];
    readonly realisasiFormat: string;
    readonly targetFormat: string;
    readonly targetName: string;
  }[];
}

const columnRange = (sheet: string, top: number, bottom: number, column: number): ChartRange => ({
  sheet,
  rect: { top, left: column, bottom, right: column },
});

function tableSeries(table: BarTable, index: number, name: string, kind: ChartSeries["kind"], look: SeriesLook): ChartSeries {
  const bottom = table.firstRow + table.labels.length - 1;
  return {
    name,
    kind,
    categories: columnRange(table.sheet, table.firstRow, bottom, B),
    values: columnRange(table.sheet, table.firstRow, bottom, VALUE_COLUMNS[index]!),
    cachedCategories: table.labels,
    cachedValues: table.values[index]!,
    numberFormat: table.formats[index]!,
    look,
  };
}

function quarterChart(table: QuarterTable, index: number, anchor: ChartPlan["anchor"]): ChartPlan {
  const row = table.rows[index]!;
  const categories = {
    sheet: table.sheet,
    rect: { top: table.headerRow, left: table.firstColumn, bottom: table.headerRow, right: table.firstColumn + 3 },
  };
  const tw = QUARTERS.map((q) => `TW ${ROMAN[q]}`);
  const line = (name: string, at: number, values: readonly (number | null)[], format: string, look: SeriesLook): ChartSeries => ({
    name,
    kind: "line",
    categories,
    values: { sheet: table.sheet, rect: { top: at, left: table.firstColumn, bottom: at, right: table.firstColumn + 3 } },
    cachedCategories: tw,
    cachedValues: values,
    numberFormat: format,
    look,
  });
  const realisasi = line("Realisasi s.d. TW", row.realisasiRow, row.realisasi, row.realisasiFormat, REALISASI_LINE);
  return {
    id: `laporan.triwulan.${index + 1}`,
    type: "line",
    title: row.title,
    anchor,
    series: [realisasi, line(row.targetName, row.targetRow, row.target, row.targetFormat, TARGET_LINE)],
    categoryAxis: { title: null, min: null, max: null, numberFormat: "General" },
    valueAxis: { title: null, min: 0, max: null, numberFormat: "General" },
    legend: "bottom",
    description: `${row.title}: realisasi s.d. triwulan ${describeValues(tw, row.realisasi)}; ${row.targetName.toLowerCase()} ${describeValues(tw, row.target)}.`,
  };
}

const describeValues = (labels: readonly string[], values: readonly (number | null)[]) =>
  labels.map((label, i) => `${label} ${values[i] === null ? "belum ada" : indonesian(values[i]!)}`).join(", ");
