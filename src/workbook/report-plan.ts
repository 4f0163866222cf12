import { describeValue, formatNumber, shownDecimals, type Decimal, type Flag } from "../engine";
import { a1 } from "./a1";
import type { CapaianAverage } from "./averages";
import type { Grid } from "./cells";
import { LEVEL_BLOCKS } from "./contract";
import type { EvaluatedIndicator, WorkbookEvaluation } from "./evaluate-workbook";
import type { PageFlow } from "./page-flow";
import type { RegionKey, SheetPlan, StyleKey } from "./plan";
import { averageFormula, capaianFormula, numberFormat, penyerapanFormula, predikatFormula } from "./report-formulas";
import { LiveRefs } from "./live-refs";
import { REPORT_STYLES } from "./report-styles";
import {
  evaluationParagraph,
  keteranganText,
  periodSentence,
  periodTitle,
  RENCANA_TINDAK_LANJUT_HINT,
  TANGGAPAN_OPTIONS,
} from "./report-text";
import { cutFlags } from "./cut-flags";
import { LINE_HEIGHT, type SheetBuilder, textHeight } from "./sheet-builder";
import { SheetWriter } from "./sheet-writer";
import type { SheetPlacement } from "./sheet-names";
import { reportSignatures } from "./signatures";
import { writeReportCharts } from "./report-charts";

/** Columns A..I of the report: widths in characters. */
const WIDTHS = [5, 24, 34, 16, 16, 12, 14, 14, 16];
const [A, B, C, D, E, F, G, H, I] = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
const LAST = I;

const num = (value: Decimal | null) => (value === null ? null : value.toNumber());
const upper = (text: string | null, fallback: string) => (text ?? fallback).toUpperCase();
const moneyFormat = (value: Decimal | null) => numberFormat(value !== null && !value.isInteger() ? 2 : 0);

/**
 * The Laporan sheet, laid out as the seed report and PermenPANRB 53/2014's chapter on
 * Akuntabilitas Kinerja: title, Tabel Capaian Kinerja per level, the rata-rata capaian, Tabel Cost
 * per outcome, Evaluasi dan Analisis Kinerja, Rencana Tindak Lanjut, Tanggapan Atasan Langsung and
 * the signatures. Every table's header rows begin each printed page the table runs onto.
 */
export function planReport(
  workbook: WorkbookEvaluation,
  place: SheetPlacement,
  kept: ReadonlyMap<RegionKey, Grid> = new Map(),
): { readonly plan: SheetPlan; readonly flags: readonly Flag[] } {
  const { info } = workbook;
  const writer = new SheetWriter(place, "laporan", WIDTHS, REPORT_STYLES, {
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: { first: 0, last: 0 },
  });
  const { sheet, flow } = writer;
  const refs = new LiveRefs(workbook);
  const wide = (value: string, style: "title" | "subtitle" | "section" | "paragraph") => writer.wide(value, style);
  const section = (title: string, following: number) => writer.section(title, following);

  wide(periodTitle(info), "title");
  wide(upper(info.unitKerja, "(Unit Kerja belum diisi)"), "subtitle");
  wide(upper(info.pemerintahDaerah, "(Pemerintah Daerah belum diisi)"), "subtitle");

  section("Tabel Capaian Kinerja", 3 * LINE_HEIGHT);
  wide(periodSentence(info), "paragraph");
  const capaianRow = new Map<EvaluatedIndicator, number>();
  /** The indicator whose text a row holds, to say where to shorten a text that had to be cut. */
  const sourceOfRow = new Map<number, EvaluatedIndicator>();
  const tableRanges: string[] = [];
  for (const block of orderedBlocks(workbook.indicators)) {
    const labels = LEVEL_BLOCKS.find((b) => b.block === block.name) ?? { uraian: block.name, indikator: "Indikator Kinerja" };
    flow.gap();
    const first = block.items[0]!;
    flow.keep(capaianHeaderHeight(sheet, labels.uraian) + LINE_HEIGHT + rowHeight(sheet, first, keteranganText(first)));
    flow.table(() => writeCapaianHeader(sheet, flow, labels));
    const rows = block.items.map((item) => {
      // Worked out once: the row's height and its Keterangan cell both need it.
      const keterangan = keteranganText(item);
      const row = flow.row(rowHeight(sheet, item, keterangan));
      capaianRow.set(item, row);
      sourceOfRow.set(row, item);
      writeCapaianRow(sheet, row, item, keterangan, workbook, refs);
      return row;
    });
    flow.endTable();
    mergeRepeatedUraian(sheet, block.items, rows);
    tableRanges.push(`${a1(rows[0]!, F)}:${a1(rows[rows.length - 1]!, F)}`);
  }

  writeAverages(sheet, flow, section, workbook, capaianRow, tableRanges);
  section("Tabel Cost per outcome", 4 * LINE_HEIGHT + 2 * LINE_HEIGHT);
  const penyerapan = writeCostTable(sheet, flow, workbook, capaianRow, refs);

  section("Evaluasi dan Analisis Kinerja", LINE_HEIGHT * 3);
  for (const item of workbook.indicators) sourceOfRow.set(wide(evaluationParagraph(item, info), "paragraph"), item);

  // What staff wrote here last time comes back; as many lines as they wrote, at least three.
  const plans = keptColumn(kept.get("laporan.rencanaTindakLanjut"));
  const lines = Math.max(3, plans.length);
  section("Rencana Tindak Lanjut", LINE_HEIGHT * (lines + 1));
  wide(RENCANA_TINDAK_LANJUT_HINT, "paragraph");
  const firstPlan = flow.peek;
  for (let n = 1; n <= lines; n++) {
    const text =
      n <= plans.length ? plans[n - 1]! : `${n}. ........................................................................`;
    wide(String(text ?? ""), "paragraph");
  }
  sheet.region("laporan.rencanaTindakLanjut", { top: firstPlan, left: A, bottom: flow.peek - 1, right: LAST });

  writeTanggapan(sheet, flow, section, kept);
  const signatures = reportSignatures(info);
  flow.gap();
  flow.keep(signatures.height);
  signatures.write(sheet, flow, { left: { left: B, right: C }, right: { left: G, right: I } });
  const capaianCells = new Map(
    [...capaianRow].filter(([item]) => item.evaluation.capaian !== null).map(([item, row]) => [item, a1(row, F)] as const),
  );
  writeReportCharts(writer, workbook, refs, { capaian: capaianCells, penyerapan }, { left: [A, D], right: [E, I] });
  const plan = sheet.build(
    { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: 0, last: 0 } },
    place.replaces,
  );
  return { plan, flags: cutFlags(sheet, workbook, sourceOfRow) };
}

interface Block {
  readonly name: string;
  readonly items: EvaluatedIndicator[];
}

/** Tujuan first, then Sasaran/Program, Kegiatan, Sub Kegiatan, then any other level in sheet order. */
function orderedBlocks(indicators: readonly EvaluatedIndicator[]): Block[] {
  const blocks = new Map<string, EvaluatedIndicator[]>();
  for (const b of LEVEL_BLOCKS) blocks.set(b.block, []);
  for (const item of indicators) {
    if (!blocks.has(item.row.block)) blocks.set(item.row.block, []);
    blocks.get(item.row.block)!.push(item);
  }
  return [...blocks.entries()].filter(([, items]) => items.length > 0).map(([name, items]) => ({ name, items }));
}

function capaianHeaderHeight(sheet: SheetBuilder, uraian: string): number {
  return Math.max(textHeight(uraian, sheet.width(B)), textHeight("Capaian (%)", sheet.width(F)));
}

function writeCapaianHeader(sheet: SheetBuilder, flow: PageFlow, labels: { uraian: string; indikator: string }): void {
  const row = flow.row(capaianHeaderHeight(sheet, labels.uraian));
  for (const [column, text] of [
    [B, labels.uraian],
    [C, labels.indikator],
    [D, "Target"],
    [E, "Realisasi"],
    [F, "Capaian (%)"],
    [I, "Predikat"],
  ] as const) {
    sheet.put(row, column, text, "tableHeader");
  }
  sheet.merge({ top: row, left: G, bottom: row, right: H }, "Keterangan", "tableHeader");
  const numbers = flow.row(LINE_HEIGHT);
  for (const [column, text] of [
    [B, "1"],
    [C, "2"],
    [D, "3"],
    [E, "4"],
    [F, "5 = 4/3"],
    [I, "7"],
  ] as const) {
    sheet.put(numbers, column, text, "columnNumber");
  }
  sheet.merge({ top: numbers, left: G, bottom: numbers, right: H }, "6", "columnNumber");
}

/** A data row's height: its tallest wrapped cell. */
function rowHeight(sheet: SheetBuilder, item: EvaluatedIndicator, keterangan: string): number {
  return Math.max(
    textHeight(item.row.uraian, sheet.width(B)),
    textHeight(item.row.indikator, sheet.width(C)),
    textHeight(keterangan, sheet.width(G, H)),
    textHeight(item.evaluation.predikat ?? "", sheet.width(I)),
  );
}

function writeCapaianRow(
  sheet: SheetBuilder,
  row: number,
  item: EvaluatedIndicator,
  keterangan: string,
  workbook: WorkbookEvaluation,
  refs: LiveRefs,
): void {
  const { evaluation } = item;
  sheet.put(row, B, item.row.uraian, "cellText");
  sheet.put(row, C, item.row.indikator, "cellText");
  const targetFormat = evaluation.target === null ? undefined : numberFormat(shownDecimals(evaluation.target));
  // Figures refer to the Indikator cells they came from: a corrected TW value updates the report on recalculation.
  sheet.put(row, D, num(evaluation.target), "cellNumber", refs.formula(item, "target"), targetFormat);
  sheet.put(row, E, num(evaluation.realisasi), "cellNumber", refs.realisasi(item), numberFormat(evaluation.realisasiDecimals));
  const capaian =
    evaluation.capaian === null ? undefined : capaianFormula(evaluation, workbook.info.rumusTurun, a1(row, D), a1(row, E));
  sheet.put(row, F, num(evaluation.capaian), "cellNumber", capaian);
  sheet.merge({ top: row, left: G, bottom: row, right: H }, keterangan || null, "cellText");
  const predikat = evaluation.capaian === null ? undefined : predikatFormula(workbook.scale, a1(row, F));
  sheet.put(row, I, evaluation.predikat, "cellCenter", predikat);
  // The preparer's flags go to notes, which are not printed; the signed page carries none of them.
  for (const flag of item.flags) sheet.note(row, noteColumn(flag.medan), `${flag.tingkat.toUpperCase()}: ${flag.pesan}`);
}

function noteColumn(medan: string): number {
  if (medan === "target") return D;
  if (medan === "uraian") return B;
  if (["level", "indikator", "kolom", "arah", "keterangan"].includes(medan)) return C;
  if (medan === "anggaran" || medan === "realisasiAnggaran" || medan === "penyerapanStaf") return G;
  if (medan === "capaian" || medan === "capaianStaf") return F;
  return E;
}

/** Consecutive rows under one tujuan/sasaran on one page show it once, as the seed's merged cells do. */
function mergeRepeatedUraian(sheet: SheetBuilder, items: readonly EvaluatedIndicator[], rows: readonly number[]): void {
  let start = 0;
  for (let k = 1; k <= items.length; k++) {
    const continues =
      k < items.length &&
      items[k]!.row.uraian === items[start]!.row.uraian &&
      items[k]!.row.uraian !== "" &&
      rows[k] === rows[k - 1]! + 1;
    if (continues) continue;
    if (k - start > 1)
      sheet.merge({ top: rows[start]!, left: B, bottom: rows[k - 1]!, right: B }, items[start]!.row.uraian, "cellText");
    start = k;
  }
}

/** The rata-rata capaian of each tujuan and sasaran and of the unit, each a live AVERAGE over the capaian cells. */
function writeAverages(
  sheet: SheetBuilder,
  flow: PageFlow,
  section: (title: string, following: number) => void,
  workbook: WorkbookEvaluation,
  capaianRow: ReadonlyMap<EvaluatedIndicator, number>,
  tableRanges: readonly string[],
): void {
  const { averages, info, scale } = workbook;
  section("Rata-rata Capaian Kinerja", 3 * LINE_HEIGHT);
  const header = () => {
    const row = flow.row(2 * LINE_HEIGHT + 3);
    sheet.put(row, A, "No", "tableHeader");
    sheet.merge({ top: row, left: B, bottom: row, right: C }, "Tujuan / Sasaran", "tableHeader");
    sheet.put(row, D, "Jumlah Indikator", "tableHeader");
    sheet.put(row, E, "Rata-rata Capaian (%)", "tableHeader");
    sheet.merge({ top: row, left: F, bottom: row, right: G }, "Predikat", "tableHeader");
    sheet.merge({ top: row, left: H, bottom: row, right: I }, "Keterangan", "tableHeader");
  };
  flow.table(header);
  const write = (average: CapaianAverage, no: number | null, ranges: readonly string[]) => {
    const note = average.without.length > 0 ? `Tanpa capaian: ${average.without.map((w) => w.row.indikator).join("; ")}` : null;
    const label = no === null ? `Rata-rata capaian kinerja ${average.label}` : `${average.block}: ${average.label}`;
    const row = flow.row(Math.max(textHeight(label, sheet.width(B, C)), textHeight(note ?? "", sheet.width(H, I))));
    const style: StyleKey = no === null ? "tableHeader" : "cellText";
    sheet.put(row, A, no, "cellCenter");
    sheet.merge({ top: row, left: B, bottom: row, right: C }, label, style);
    sheet.put(row, D, average.members.length + average.without.length, "cellCenter");
    const formula = average.nilai === null ? null : averageFormula(ranges, info.batasCapaian);
    sheet.put(row, E, num(average.nilai), "cellNumber", formula ?? undefined);
    sheet.merge(
      { top: row, left: F, bottom: row, right: G },
      average.predikat,
      "cellCenter",
      formula ? predikatFormula(scale, a1(row, E)) : undefined,
    );
    sheet.merge({ top: row, left: H, bottom: row, right: I }, note, "cellText");
  };
  let no = 1;
  for (const average of [...averages.tujuan, ...averages.sasaran]) {
    write(average, no++, runsOf(average.members.map((m) => capaianRow.get(m)!)));
  }
  write(averages.unit, null, tableRanges);
  flow.endTable();
  if (info.batasCapaian !== null) {
    const text = `Dalam rata-rata, capaian di atas ${formatNumber(info.batasCapaian)} % dihitung ${formatNumber(info.batasCapaian)} % (Batas Capaian); capaian setiap indikator tetap seperti pada tabel.`;
    const row = flow.row(textHeight(text, sheet.width(A, LAST)));
    sheet.merge({ top: row, left: A, bottom: row, right: LAST }, text, "paragraph");
  }
}

/** Rows [12, 13, 14, 20] of column F as ranges: F13:F15, F21. */
function runsOf(rows: readonly number[]): string[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = 0;
  for (let k = 1; k <= sorted.length; k++) {
    if (k < sorted.length && sorted[k] === sorted[k - 1]! + 1) continue;
    const [top, bottom] = [sorted[start]!, sorted[k - 1]!];
    ranges.push(top === bottom ? a1(top, F) : `${a1(top, F)}:${a1(bottom, F)}`);
    start = k;
  }
  return ranges;
}

function writeCostTable(
  sheet: SheetBuilder,
  flow: PageFlow,
  workbook: WorkbookEvaluation,
  capaianRow: ReadonlyMap<EvaluatedIndicator, number>,
  refs: LiveRefs,
): Map<EvaluatedIndicator, string> {
  const penyerapan = new Map<EvaluatedIndicator, string>();
  const header = () => {
    const top = flow.row(LINE_HEIGHT);
    const second = flow.row(LINE_HEIGHT);
    for (const [column, text] of [
      [A, "No"],
      [B, "Tujuan / Sasaran"],
      [C, "Indikator"],
    ] as const) {
      sheet.merge({ top, left: column, bottom: second, right: column }, text, "tableHeader");
    }
    sheet.merge({ top, left: D, bottom: top, right: F }, "Anggaran", "tableHeader");
    sheet.merge({ top, left: G, bottom: top, right: I }, "Nilai Kinerja", "tableHeader");
    for (const [column, text] of [
      [D, "Anggaran (Rp)"],
      [E, "Realisasi (Rp)"],
      [F, "%"],
      [G, "T"],
      [H, "R"],
      [I, "%"],
    ] as const) {
      sheet.put(second, column, text, "tableHeader");
    }
    const numbered = flow.row(LINE_HEIGHT);
    ["1", "2", "3", "4", "5", "6 = 5/4", "7", "8", "9 = 8/7"].forEach((text, column) =>
      sheet.put(numbered, column, text, "columnNumber"),
    );
  };
  flow.table(header);
  workbook.indicators.forEach((item, index) => {
    const { evaluation } = item;
    const source = capaianRow.get(item)!;
    const row = flow.row(Math.max(textHeight(item.row.uraian, sheet.width(B)), textHeight(item.row.indikator, sheet.width(C))));
    sheet.put(row, A, index + 1, "cellCenter");
    sheet.put(row, B, item.row.uraian, "cellText");
    sheet.put(row, C, item.row.indikator, "cellText");
    sheet.put(row, D, num(evaluation.anggaran), "cellMoney", refs.formula(item, "anggaran"), moneyFormat(evaluation.anggaran));
    sheet.put(
      row,
      E,
      num(evaluation.realisasiAnggaran),
      "cellMoney",
      refs.formula(item, "realisasiAnggaran"),
      moneyFormat(evaluation.realisasiAnggaran),
    );
    sheet.put(
      row,
      F,
      num(evaluation.penyerapan),
      "cellNumber",
      evaluation.penyerapan ? penyerapanFormula(a1(row, D), a1(row, E)) : undefined,
    );
    if (evaluation.penyerapan) penyerapan.set(item, a1(row, F));
    const targetFormat = evaluation.target === null ? undefined : numberFormat(shownDecimals(evaluation.target));
    sheet.put(row, G, num(evaluation.target), "cellNumber", evaluation.target ? `=${a1(source, D)}` : undefined, targetFormat);
    sheet.put(
      row,
      H,
      num(evaluation.realisasi),
      "cellNumber",
      evaluation.realisasi ? `=${a1(source, E)}` : undefined,
      numberFormat(evaluation.realisasiDecimals),
    );
    const capaian = evaluation.capaian ? capaianFormula(evaluation, workbook.info.rumusTurun, a1(row, G), a1(row, H)) : undefined;
    sheet.put(row, I, num(evaluation.capaian), "cellNumber", capaian);
  });
  flow.endTable();
  return penyerapan;
}

const UNTICKED = "\u2610";

function writeTanggapan(
  sheet: SheetBuilder,
  flow: PageFlow,
  section: (title: string, following: number) => void,
  kept: ReadonlyMap<RegionKey, Grid>,
): void {
  section("Tanggapan Atasan Langsung", LINE_HEIGHT * (TANGGAPAN_OPTIONS.length + 2) + 60);
  const head = flow.row(LINE_HEIGHT);
  sheet.merge({ top: head, left: A, bottom: head, right: LAST }, "RUANG DISPOSISI / TANGGAPAN ATASAN LANGSUNG", "tableHeader");
  const ticks = keptColumn(kept.get("laporan.tanggapanCentang"));
  const first = flow.peek;
  TANGGAPAN_OPTIONS.forEach((option, i) => {
    const row = flow.row(LINE_HEIGHT);
    sheet.put(row, A, i < ticks.length ? ticks[i]! : UNTICKED, "cellCenter");
    sheet.merge({ top: row, left: B, bottom: row, right: LAST }, option, "box");
  });
  sheet.region("laporan.tanggapanCentang", { top: first, left: A, bottom: flow.peek - 1, right: A });
  const response = keptColumn(kept.get("laporan.tanggapanTeks"))[0] ?? null;
  const label = flow.row(LINE_HEIGHT);
  sheet.merge({ top: label, left: A, bottom: label, right: LAST }, "Catatan Atasan Langsung:", "box");
  const row = flow.row(60);
  sheet.put(row, A, null, "box");
  sheet.merge({ top: row, left: B, bottom: row, right: LAST }, response, "box");
  sheet.region("laporan.tanggapanTeks", { top: row, left: B, bottom: row, right: LAST });
  sheet.height(row, 60);
}

/** The first column of a kept region, as the text or number each row holds (an empty row stays empty). */
function keptColumn(grid: Grid | undefined): (string | number | null)[] {
  if (!grid) return [];
  return grid.map((row) => {
    const value = row[0] ?? null;
    if (value === null || typeof value === "string" || typeof value === "number") return value;
    return describeValue(value);
  });
}
