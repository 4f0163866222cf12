import { Decimal, formatNumber, formatRupiah, shownDecimals } from "../engine";
import { a1, sheetA1 } from "./a1";
import { compare, comparisonSentences, earlierYears, type Comparisons } from "./comparisons";
import type { EvaluatedIndicator, WorkbookEvaluation } from "./evaluate-workbook";
import { cutFlags } from "./cut-flags";
import { writeReportCharts } from "./report-charts";
import { LiveRefs } from "./live-refs";
import type { Flag } from "../engine";
import type { SheetPlan } from "./plan";
import { programsOf } from "./pk-plan";
import { capaianFormula, numberFormat, penyerapanFormula, predikatFormula } from "./report-formulas";
import { REPORT_STYLES } from "./report-styles";
import { evaluationParagraph } from "./report-text";
import { LINE_HEIGHT, textHeight } from "./sheet-builder";
import type { SheetPlacement } from "./sheet-names";
import { SheetWriter } from "./sheet-writer";

/** Columns A..H: No, Indikator, then the figures of each table. */
const WIDTHS = [5, 44, 15, 15, 15, 15, 15, 22];
const [NO, INDIKATOR] = [0, 1] as const;
const FIGURES = 2;

const num = (value: Decimal | null) => (value === null ? null : value.toNumber());
const figureFormat = (value: Decimal | null) => (value === null ? undefined : numberFormat(shownDecimals(value)));

interface Group {
  readonly block: string;
  readonly uraian: string;
  readonly items: readonly EvaluatedIndicator[];
}

/**
 * For Periode Tahunan the Laporan sheet is the LKjIP's Bab III (PermenPAN-RB 53/2014; REGULATION.md
 * section 4): for each sasaran the capaian table, the comparisons with earlier years, with the
 * Renstra's end target and with the national standard (each a table of live formulas and a
 * paragraph that says it with its numbers), the unit's own words on causes and solutions, the
 * efficiency analysis and the supporting programs; then III.B, the budget per program.
 */
export function planLkjip(
  workbook: WorkbookEvaluation,
  place: SheetPlacement,
): { readonly plan: SheetPlan; readonly flags: readonly Flag[] } {
  const { info } = workbook;
  const year = info.tahun ?? "....";
  const writer = new SheetWriter(place, "laporan", WIDTHS, REPORT_STYLES, {
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: { first: 0, last: 0 },
  });
  const refs = new LiveRefs(workbook);
  writer.wide("BAB III AKUNTABILITAS KINERJA", "title");
  writer.wide(`LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN ${year}`, "subtitle");
  writer.wide(`${(info.unitKerja ?? "").toUpperCase()} ${(info.pemerintahDaerah ?? "").toUpperCase()}`.trim(), "subtitle");
  writer.section("A. Capaian Kinerja Organisasi");
  writer.wide(
    `Capaian kinerja ${info.unitKerja ?? "unit kerja"} tahun ${year} diukur untuk setiap sasaran dengan membandingkan realisasi dengan target tahun ini, dengan tahun-tahun sebelumnya, dengan target akhir Renstra dan dengan standar nasional, disertai analisis penyebab, efisiensi dan program pendukungnya.`,
    "paragraph",
  );
  const capaianCells = new Map<EvaluatedIndicator, { row: number; realisasi: string }>();
  groupsOf(workbook).forEach((group, index) => writeGroup(writer, refs, workbook, group, index + 1, capaianCells));
  const penyerapan = writeBudget(writer, refs, workbook);
  const capaian = new Map(
    [...capaianCells]
      .filter(([item]) => item.evaluation.capaian !== null)
      .map(([item, cell]) => [item, a1(cell.row, FIGURES + 2)] as const),
  );
  writeReportCharts(writer, workbook, refs, { capaian, penyerapan }, { left: [0, 3], right: [4, WIDTHS.length - 1] });
  return { plan: writer.build(), flags: cutFlags(writer.sheet, workbook, new Map()) };
}

function groupsOf(workbook: WorkbookEvaluation): Group[] {
  const groups: Group[] = [];
  for (const item of workbook.indicators) {
    const last = groups[groups.length - 1];
    if (last && last.uraian === item.row.uraian && last.block === item.row.block) (last.items as EvaluatedIndicator[]).push(item);
    else groups.push({ block: item.row.block, uraian: item.row.uraian, items: [item] });
  }
  return groups;
}

function writeGroup(
  writer: SheetWriter,
  refs: LiveRefs,
  workbook: WorkbookEvaluation,
  group: Group,
  number: number,
  capaianCells: Map<EvaluatedIndicator, { row: number; realisasi: string }>,
): void {
  const { info } = workbook;
  const year = info.tahun ?? "....";
  const label = group.block === "Tujuan" ? "Tujuan" : "Sasaran";
  writer.section(`${label} ${number}: ${group.uraian}`, 4 * LINE_HEIGHT);

  subsection(writer, `1. Capaian kinerja tahun ${year}`);
  writeCapaianTable(writer, refs, workbook, group, capaianCells);
  const comparisons = new Map(group.items.map((item) => [item, compare(item, info.tahunAngka, info.rumusTurun)] as const));

  if (group.items.some((item) => comparisons.get(item)!.years)) {
    subsection(writer, `2. Perbandingan realisasi dengan tahun-tahun sebelumnya`);
    writeYearsTable(writer, workbook, group, comparisons, capaianCells);
  }
  if (group.items.some((item) => comparisons.get(item)!.renstra)) {
    subsection(writer, `3. Perbandingan dengan target akhir Renstra`);
    writeRenstraTable(writer, refs, workbook, group, comparisons, capaianCells);
  }
  if (group.items.some((item) => comparisons.get(item)!.standard)) {
    subsection(writer, `4. Perbandingan dengan standar nasional`);
    writeStandardTable(writer, refs, workbook, group, comparisons, capaianCells);
  }
  for (const item of group.items) {
    const words = [evaluationParagraph(item, info), ...comparisonSentences(item, comparisons.get(item)!, year)];
    writer.wide(words.join(" "), "paragraph");
  }

  const pendorong = distinct(group.items, "faktorPendorong");
  const penghambat = distinct(group.items, "faktorPenghambat");
  const tindakLanjut = distinct(group.items, "tindakLanjut");
  if (pendorong.length + penghambat.length + tindakLanjut.length > 0) {
    writer.wide("5. Analisis penyebab keberhasilan atau kegagalan dan solusi yang telah dilakukan", "paragraph");
    if (pendorong.length) writer.wide(`Faktor pendorong: ${pendorong.join("; ")}.`, "paragraph");
    if (penghambat.length) writer.wide(`Faktor penghambat: ${penghambat.join("; ")}.`, "paragraph");
    if (tindakLanjut.length) writer.wide(`Solusi dan tindak lanjut: ${tindakLanjut.join("; ")}.`, "paragraph");
  }
  const budgeted = group.items.filter((item) => item.evaluation.penyerapan !== null);
  if (budgeted.length > 0) {
    writer.wide("6. Analisis efisiensi penggunaan sumber daya", "paragraph");
    for (const item of budgeted) writer.wide(efficiencySentence(item), "paragraph");
  }
  const programs = programsOf({ ...workbook, indicators: group.items });
  if (programs.length > 0) {
    writer.wide("7. Program dan kegiatan yang mendukung pencapaian sasaran", "paragraph");
    for (const program of programs) {
      const e = program.item.evaluation;
      const spent = e.realisasiAnggaran ? `, terealisasi ${formatRupiah(e.realisasiAnggaran)}` : "";
      const share = e.penyerapan ? ` (${formatNumber(e.penyerapan)} %)` : "";
      writer.wide(`- ${program.label}: anggaran ${formatRupiah(e.anggaran!)}${spent}${share}.`, "paragraph");
    }
  }
}

/** A numbered analysis's title, kept on one page with its table's header and first row. */
function subsection(writer: SheetWriter, title: string): void {
  writer.flow.keep(LINE_HEIGHT * 5);
  writer.wide(title, "paragraph");
}

function distinct(items: readonly EvaluatedIndicator[], key: "faktorPendorong" | "faktorPenghambat" | "tindakLanjut"): string[] {
  return [
    ...new Set(
      items
        .map((i) => i.row.texts.get(key))
        .filter((t): t is string => Boolean(t))
        .map((t) => t.replace(/\.$/, "")),
    ),
  ];
}

function efficiencySentence(item: EvaluatedIndicator): string {
  const e = item.evaluation;
  const parts = [
    `Indikator ${item.row.indikator}: capaian ${formatNumber(e.capaian ?? new Decimal(0))} % dengan penyerapan anggaran ${formatNumber(e.penyerapan!)} %`,
  ];
  if (e.efisiensi) parts.push(`sehingga penggunaan anggarannya ${e.efisiensi.kategori}`);
  if (e.biayaPerUnit) parts.push(`dengan biaya ${formatRupiah(e.biayaPerUnit)} per satuan hasil`);
  return `${parts.join(", ")}.`;
}

/** A table under a group: its header row, then a row per indicator from `write`, header repeated on new pages. */
function table(
  writer: SheetWriter,
  headers: readonly string[],
  items: readonly EvaluatedIndicator[],
  write: (item: EvaluatedIndicator, row: number) => void,
): void {
  const { sheet, flow } = writer;
  const height = Math.max(
    ...headers.map((h, i) => textHeight(h, WIDTHS[i + FIGURES]!)),
    textHeight("Indikator Kinerja", WIDTHS[INDIKATOR]!),
    2 * LINE_HEIGHT,
  );
  flow.keep(height + LINE_HEIGHT * 2);
  flow.table(() => {
    const row = flow.row(height);
    sheet.put(row, NO, "No", "tableHeader");
    sheet.put(row, INDIKATOR, "Indikator Kinerja", "tableHeader");
    headers.forEach((text, i) => sheet.put(row, FIGURES + i, text, "tableHeader"));
  });
  items.forEach((item, index) => {
    const row = flow.row(textHeight(item.row.indikator, WIDTHS[INDIKATOR]!));
    sheet.put(row, NO, index + 1, "cellCenter");
    sheet.put(row, INDIKATOR, item.row.indikator, "cellText");
    // Every cell of the row is drawn, so a figure an indicator lacks leaves an empty box, not a gap.
    headers.forEach((_, i) => sheet.put(row, FIGURES + i, null, "cellNumber"));
    write(item, row);
  });
  flow.endTable();
  flow.gap();
}

function writeCapaianTable(
  writer: SheetWriter,
  refs: LiveRefs,
  workbook: WorkbookEvaluation,
  group: Group,
  capaianCells: Map<EvaluatedIndicator, { row: number; realisasi: string }>,
): void {
  const { sheet } = writer;
  const [T, R, C, P] = [FIGURES, FIGURES + 1, FIGURES + 2, FIGURES + 3];
  table(writer, ["Target", "Realisasi", "Capaian (%)", "Predikat"], group.items, (item, row) => {
    const e = item.evaluation;
    sheet.put(row, T, num(e.target), "cellNumber", refs.formula(item, "target"), figureFormat(e.target));
    sheet.put(row, R, num(e.realisasi), "cellNumber", refs.realisasi(item), numberFormat(e.realisasiDecimals));
    sheet.put(
      row,
      C,
      num(e.capaian),
      "cellNumber",
      e.capaian ? capaianFormula(e, workbook.info.rumusTurun, a1(row, T), a1(row, R)) : undefined,
    );
    sheet.put(row, P, e.predikat, "cellCenter", e.capaian ? predikatFormula(workbook.scale, a1(row, C)) : undefined);
    capaianCells.set(item, { row, realisasi: a1(row, R) });
  });
}

function writeYearsTable(
  writer: SheetWriter,
  workbook: WorkbookEvaluation,
  group: Group,
  comparisons: ReadonlyMap<EvaluatedIndicator, Comparisons>,
  capaianCells: ReadonlyMap<EvaluatedIndicator, { row: number; realisasi: string }>,
): void {
  const { sheet } = writer;
  const { info } = workbook;
  // The earlier years any indicator of the group has, the latest three, oldest first.
  const years = [...new Set(group.items.flatMap((i) => earlierYears(i, info.tahunAngka).map((y) => y.year)))]
    .sort((a, b) => a - b)
    .slice(-3);
  const now = FIGURES + years.length;
  const [change, trend] = [now + 1, now + 2];
  table(
    writer,
    [...years.map((y) => `Realisasi ${y}`), `Realisasi ${info.tahun ?? ""}`, "Perubahan", "Keterangan"],
    group.items,
    (item, row) => {
      const comparison = comparisons.get(item)!.years;
      const figures = new Map(earlierYears(item, info.tahunAngka).map((y) => [y.year, y.realisasi] as const));
      years.forEach((year, i) => {
        const value = figures.get(year) ?? null;
        sheet.put(row, FIGURES + i, num(value), "cellNumber", yearFormula(workbook, item, year), figureFormat(value));
      });
      const e = item.evaluation;
      sheet.put(
        row,
        now,
        num(e.realisasi),
        "cellNumber",
        e.realisasi ? `=${capaianCells.get(item)!.realisasi}` : undefined,
        numberFormat(e.realisasiDecimals),
      );
      const latest = comparison ? years.indexOf(comparison.years[comparison.years.length - 1]!.year) : -1;
      sheet.put(
        row,
        change,
        num(comparison?.change ?? null),
        "cellNumber",
        comparison && latest >= 0 ? `=${a1(row, now)}-${a1(row, FIGURES + latest)}` : undefined,
        comparison ? numberFormat(Math.max(2, comparison.change.decimalPlaces())) : undefined,
      );
      sheet.put(row, trend, comparison ? `${comparison.trend}${e.arah === "turun" ? " (arah turun)" : ""}` : null, "cellCenter");
    },
  );
}

/** "Realisasi YYYY" columns refer to Indikator; "Realisasi Tahun Lalu" standing for last year likewise. */
function yearFormula(workbook: WorkbookEvaluation, item: EvaluatedIndicator, year: number): string | undefined {
  const { layout, name } = workbook.indikator;
  const column = layout.years.get(year);
  const value = column !== undefined ? item.row.years.get(year) : item.row.numbers.get("realisasiTahunLalu");
  const at = column ?? (workbook.info.tahunAngka === year + 1 ? layout.input.get("realisasiTahunLalu") : undefined);
  if (at === undefined || !value || value.value === null) return undefined;
  if (value.text !== undefined) return undefined;
  const ref = sheetA1(name, item.row.row, at);
  return value.fromPercent ? `=ROUND(${ref}*100,10)` : `=${ref}`;
}

function writeRenstraTable(
  writer: SheetWriter,
  refs: LiveRefs,
  workbook: WorkbookEvaluation,
  group: Group,
  comparisons: ReadonlyMap<EvaluatedIndicator, Comparisons>,
  capaianCells: ReadonlyMap<EvaluatedIndicator, { row: number; realisasi: string }>,
): void {
  const { sheet } = writer;
  const [T, R, C, G] = [FIGURES, FIGURES + 1, FIGURES + 2, FIGURES + 3];
  table(writer, ["Target Akhir Renstra", "Realisasi s.d. Tahun Ini", "Capaian Renstra (%)", "Sisa"], group.items, (item, row) => {
    const renstra = comparisons.get(item)!.renstra;
    if (!renstra) return;
    const e = item.evaluation;
    const before = refs.figure(item, "realisasiSdTahunLalu");
    const cumulative = !renstra.realisasi.equals(e.realisasi!);
    sheet.put(row, T, num(renstra.target), "cellNumber", refs.formula(item, "targetRenstra"), figureFormat(renstra.target));
    const now = capaianCells.get(item)!.realisasi;
    sheet.put(
      row,
      R,
      num(renstra.realisasi),
      "cellNumber",
      cumulative && before ? `=${before}+${now}` : `=${now}`,
      numberFormat(e.realisasiDecimals),
    );
    sheet.put(
      row,
      C,
      num(renstra.capaian),
      "cellNumber",
      renstra.capaian ? capaianFormula(e, workbook.info.rumusTurun, a1(row, T), a1(row, R)) : undefined,
    );
    const gap = e.arah === "naik" ? `=MAX(0,${a1(row, T)}-${a1(row, R)})` : `=MAX(0,${a1(row, R)}-${a1(row, T)})`;
    sheet.put(row, G, num(renstra.gap), "cellNumber", gap, numberFormat(Math.max(2, renstra.gap.decimalPlaces())));
  });
}

function writeStandardTable(
  writer: SheetWriter,
  refs: LiveRefs,
  workbook: WorkbookEvaluation,
  group: Group,
  comparisons: ReadonlyMap<EvaluatedIndicator, Comparisons>,
  capaianCells: ReadonlyMap<EvaluatedIndicator, { row: number; realisasi: string }>,
): void {
  const { sheet } = writer;
  const [S, R, C] = [FIGURES, FIGURES + 1, FIGURES + 2];
  table(writer, ["Standar Nasional", "Realisasi", "Capaian thd Standar (%)"], group.items, (item, row) => {
    const standard = comparisons.get(item)!.standard;
    if (!standard) return;
    const e = item.evaluation;
    sheet.put(
      row,
      S,
      num(standard.standard),
      "cellNumber",
      refs.formula(item, "standarNasional"),
      figureFormat(standard.standard),
    );
    sheet.put(row, R, num(e.realisasi), "cellNumber", `=${capaianCells.get(item)!.realisasi}`, numberFormat(e.realisasiDecimals));
    sheet.put(
      row,
      C,
      num(standard.capaian),
      "cellNumber",
      standard.capaian ? capaianFormula(e, workbook.info.rumusTurun, a1(row, S), a1(row, R)) : undefined,
    );
  });
}

/** III.B: the budget of each program, its realisasi and penyerapan, and their total. */
function writeBudget(writer: SheetWriter, refs: LiveRefs, workbook: WorkbookEvaluation): Map<EvaluatedIndicator, string> {
  const penyerapan = new Map<EvaluatedIndicator, string>();
  const programs = programsOf(workbook);
  if (programs.length === 0) return penyerapan;
  const { sheet, flow } = writer;
  writer.section("B. Realisasi Anggaran", 4 * LINE_HEIGHT);
  const [P, R, S] = [FIGURES, FIGURES + 1, FIGURES + 2];
  flow.table(() => {
    const row = flow.row(2 * LINE_HEIGHT);
    sheet.put(row, NO, "No", "tableHeader");
    sheet.put(row, INDIKATOR, "Program / Kegiatan", "tableHeader");
    sheet.put(row, P, "Pagu (Rp)", "tableHeader");
    sheet.put(row, R, "Realisasi (Rp)", "tableHeader");
    sheet.put(row, S, "Penyerapan (%)", "tableHeader");
  });
  const rows = programs.map((program, index) => {
    const e = program.item.evaluation;
    const row = flow.row(textHeight(program.label, WIDTHS[INDIKATOR]!));
    sheet.put(row, NO, index + 1, "cellCenter");
    sheet.put(row, INDIKATOR, program.label, "cellText");
    sheet.put(row, P, num(e.anggaran), "cellMoney", refs.formula(program.item, "anggaran"));
    sheet.put(row, R, num(e.realisasiAnggaran), "cellMoney", refs.formula(program.item, "realisasiAnggaran"));
    sheet.put(row, S, num(e.penyerapan), "cellNumber", e.penyerapan ? penyerapanFormula(a1(row, P), a1(row, R)) : undefined);
    if (e.penyerapan) penyerapan.set(program.item, a1(row, S));
    return row;
  });
  const total = flow.row(LINE_HEIGHT);
  const sum = (column: number) => `=SUM(${a1(rows[0]!, column)}:${a1(rows[rows.length - 1]!, column)})`;
  const pagu = Decimal.sum(...programs.map((p) => p.item.evaluation.anggaran!));
  const spentItems = programs.filter((p) => p.item.evaluation.realisasiAnggaran !== null);
  const spent = spentItems.length ? Decimal.sum(...spentItems.map((p) => p.item.evaluation.realisasiAnggaran!)) : null;
  sheet.merge({ top: total, left: NO, bottom: total, right: INDIKATOR }, "Jumlah", "tableHeader");
  sheet.put(total, P, pagu.toNumber(), "cellMoney", sum(P));
  sheet.put(total, R, num(spent), "cellMoney", spent ? sum(R) : undefined);
  const share = spent && pagu.greaterThan(0) ? spent.dividedBy(pagu).times(100).toDecimalPlaces(2) : null;
  sheet.put(total, S, num(share), "cellNumber", share ? penyerapanFormula(a1(total, P), a1(total, R)) : undefined);
  flow.endTable();
  return penyerapan;
}
