import { describeValue, type Decimal } from "../engine";
import type { Grid } from "./cells";
import type { SheetPlacement } from "./sheet-names";
import { a1 } from "./a1";
import { LEVEL_BLOCKS } from "./contract";
import type { EvaluatedIndicator, WorkbookEvaluation } from "./evaluate-workbook";
import type { RegionKey, SheetPlan } from "./plan";
import { capaianFormula, penyerapanFormula, predikatFormula, realisasiFormula } from "./report-formulas";
import { REPORT_STYLES } from "./report-styles";
import {
  evaluationParagraph,
  keteranganText,
  periodSentence,
  periodTitle,
  RENCANA_TINDAK_LANJUT_HINT,
  TANGGAPAN_OPTIONS,
} from "./report-text";
import { SheetBuilder } from "./sheet-builder";

/** Columns A..I of the report: widths in characters. */
const WIDTHS = [5, 24, 34, 16, 16, 12, 14, 14, 16];
const [A, B, C, D, E, F, G, H, I] = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
const LAST = I;

const num = (value: Decimal | null) => (value === null ? null : value.toNumber());
const upper = (text: string | null, fallback: string) => (text ?? fallback).toUpperCase();

/**
 * The Laporan sheet, laid out as the seed report and PermenPANRB 53/2014's chapter on
 * Akuntabilitas Kinerja: title, Tabel Capaian Kinerja per level, Tabel Cost per outcome, Evaluasi
 * dan Analisis Kinerja, Rencana Tindak Lanjut, Tanggapan Atasan Langsung and the signatures.
 */
export function planReport(
  workbook: WorkbookEvaluation,
  place: SheetPlacement,
  kept: ReadonlyMap<RegionKey, Grid> = new Map(),
): SheetPlan {
  const { info } = workbook;
  const sheet = new SheetBuilder(place.name, "laporan", WIDTHS, REPORT_STYLES);
  const wide = (row: number, value: string, style: "title" | "subtitle" | "section" | "paragraph") =>
    sheet.merge({ top: row, left: A, bottom: row, right: LAST }, value, style);

  let row = 0;
  wide(row++, periodTitle(info), "title");
  wide(row++, upper(info.unitKerja, "(Unit Kerja belum diisi)"), "subtitle");
  wide(row++, upper(info.pemerintahDaerah, "(Pemerintah Daerah belum diisi)"), "subtitle");
  row++;

  wide(row++, "Tabel Capaian Kinerja", "section");
  wide(row++, periodSentence(info), "paragraph");
  const capaianRow = new Map<EvaluatedIndicator, number>();
  for (const block of orderedBlocks(workbook.indicators)) {
    const labels = LEVEL_BLOCKS.find((b) => b.block === block.name) ?? { uraian: block.name, indikator: "Indikator Kinerja" };
    const headers: [number, string][] = [
      [B, labels.uraian],
      [C, labels.indikator],
      [D, "Target"],
      [E, "Realisasi"],
      [F, "Capaian (%)"],
      [I, "Predikat"],
    ];
    for (const [column, text] of headers) sheet.put(row, column, text, "tableHeader");
    sheet.merge({ top: row, left: G, bottom: row, right: H }, "Keterangan", "tableHeader");
    row++;
    for (const [column, text] of [
      [B, "1"],
      [C, "2"],
      [D, "3"],
      [E, "4"],
      [F, "5 = 4/3"],
      [I, "7"],
    ] as const) {
      sheet.put(row, column, text, "columnNumber");
    }
    sheet.merge({ top: row, left: G, bottom: row, right: H }, "6", "columnNumber");
    row++;

    const first = row;
    for (const item of block.items) {
      capaianRow.set(item, row);
      writeCapaianRow(sheet, row, item, workbook);
      row++;
    }
    mergeRepeatedUraian(sheet, block.items, first);
    row++;
  }

  wide(row++, "Tabel Cost per outcome", "section");
  row = writeCostTable(sheet, row, workbook, capaianRow);
  row++;

  wide(row++, "Evaluasi dan Analisis Kinerja", "section");
  for (const item of workbook.indicators) wide(row++, evaluationParagraph(item, info), "paragraph");
  row++;

  wide(row++, "Rencana Tindak Lanjut", "section");
  wide(row++, RENCANA_TINDAK_LANJUT_HINT, "paragraph");
  // What staff wrote here last time comes back; as many lines as they wrote, at least three.
  const plans = keptColumn(kept.get("laporan.rencanaTindakLanjut"));
  const lines = Math.max(3, plans.length);
  sheet.region("laporan.rencanaTindakLanjut", { top: row, left: A, bottom: row + lines - 1, right: LAST });
  for (let n = 1; n <= lines; n++) {
    const text =
      n <= plans.length ? plans[n - 1]! : `${n}. ........................................................................`;
    wide(row++, text as string, "paragraph");
  }
  row++;

  wide(row++, "Tanggapan Atasan Langsung", "section");
  sheet.merge({ top: row, left: A, bottom: row, right: LAST }, "RUANG DISPOSISI / TANGGAPAN ATASAN LANGSUNG", "tableHeader");
  row++;
  const ticks = keptColumn(kept.get("laporan.tanggapanCentang"));
  sheet.region("laporan.tanggapanCentang", { top: row, left: A, bottom: row + TANGGAPAN_OPTIONS.length - 1, right: A });
  TANGGAPAN_OPTIONS.forEach((option, i) => {
    sheet.put(row, A, i < ticks.length ? ticks[i]! : UNTICKED, "cellCenter");
    sheet.merge({ top: row, left: B, bottom: row, right: LAST }, option, "box");
    row++;
  });
  const response = keptColumn(kept.get("laporan.tanggapanTeks"))[0] ?? null;
  sheet.put(row, A, "Catatan:", "cellText");
  sheet.merge({ top: row, left: B, bottom: row, right: LAST }, response, "box");
  sheet.region("laporan.tanggapanTeks", { top: row, left: B, bottom: row, right: LAST });
  sheet.height(row, 60);
  row += 2;

  writeSignatures(sheet, row, workbook);
  // The title repeats on every printed page, so a loose page still says whose report it is.
  return sheet.build(
    { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: 0, last: 0 } },
    place.replaces,
  );
}

const UNTICKED = "\u2610";

/** The first column of a kept region, as the text or number each row holds (an empty row stays empty). */
function keptColumn(grid: Grid | undefined): (string | number | null)[] {
  if (!grid) return [];
  return grid.map((row) => {
    const value = row[0] ?? null;
    if (value === null || typeof value === "string" || typeof value === "number") return value;
    return describeValue(value);
  });
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

function writeCapaianRow(sheet: SheetBuilder, row: number, item: EvaluatedIndicator, workbook: WorkbookEvaluation): void {
  const { evaluation } = item;
  sheet.put(row, B, item.row.uraian, "cellText");
  sheet.put(row, C, item.row.indikator, "cellText");
  sheet.put(row, D, num(evaluation.target), "cellNumber");
  sheet.put(row, E, num(evaluation.realisasi), "cellNumber", realisasiFormula(evaluation) ?? undefined);
  const capaian =
    evaluation.capaian === null ? undefined : capaianFormula(evaluation, workbook.info.rumusTurun, a1(row, D), a1(row, E));
  sheet.put(row, F, num(evaluation.capaian), "cellNumber", capaian);
  sheet.merge({ top: row, left: G, bottom: row, right: H }, keteranganText(item) || null, "cellText");
  const predikat = evaluation.capaian === null ? undefined : predikatFormula(workbook.info.skala, a1(row, F));
  sheet.put(row, I, evaluation.predikat, "cellCenter", predikat);
  for (const flag of item.flags) sheet.note(row, noteColumn(flag.medan), `${flag.tingkat.toUpperCase()}: ${flag.pesan}`);
}

function noteColumn(medan: string): number {
  if (medan === "target") return D;
  if (medan === "uraian") return B;
  if (["level", "indikator", "kolom", "arah"].includes(medan)) return C;
  if (medan === "anggaran" || medan === "realisasiAnggaran") return G;
  return E;
}

/** Consecutive rows under one tujuan/sasaran show it once, as the seed's merged cells do. */
function mergeRepeatedUraian(sheet: SheetBuilder, items: readonly EvaluatedIndicator[], firstRow: number): void {
  let start = 0;
  for (let k = 1; k <= items.length; k++) {
    if (k < items.length && items[k]!.row.uraian === items[start]!.row.uraian && items[k]!.row.uraian !== "") continue;
    if (k - start > 1)
      sheet.merge({ top: firstRow + start, left: B, bottom: firstRow + k - 1, right: B }, items[start]!.row.uraian, "cellText");
    start = k;
  }
}

function writeCostTable(
  sheet: SheetBuilder,
  start: number,
  workbook: WorkbookEvaluation,
  capaianRow: ReadonlyMap<EvaluatedIndicator, number>,
): number {
  let row = start;
  for (const [column, text] of [
    [A, "No"],
    [B, "Tujuan / Sasaran"],
    [C, "Indikator"],
  ] as const) {
    sheet.merge({ top: row, left: column, bottom: row + 1, right: column }, text, "tableHeader");
  }
  sheet.merge({ top: row, left: D, bottom: row, right: F }, "Anggaran", "tableHeader");
  sheet.merge({ top: row, left: G, bottom: row, right: I }, "Nilai Kinerja", "tableHeader");
  row++;
  for (const [column, text] of [
    [D, "Anggaran (Rp)"],
    [E, "Realisasi (Rp)"],
    [F, "%"],
    [G, "T"],
    [H, "R"],
    [I, "%"],
  ] as const) {
    sheet.put(row, column, text, "tableHeader");
  }
  row++;
  const numbers = ["1", "2", "3", "4", "5", "6 = 5/4", "7", "8", "9 = 8/7"];
  numbers.forEach((text, column) => sheet.put(row, column, text, "columnNumber"));
  row++;

  workbook.indicators.forEach((item, index) => {
    const { evaluation } = item;
    const source = capaianRow.get(item)!;
    sheet.put(row, A, index + 1, "cellCenter");
    sheet.put(row, B, item.row.uraian, "cellText");
    sheet.put(row, C, item.row.indikator, "cellText");
    sheet.put(row, D, num(evaluation.anggaran), "cellMoney");
    sheet.put(row, E, num(evaluation.realisasiAnggaran), "cellMoney");
    sheet.put(
      row,
      F,
      num(evaluation.penyerapan),
      "cellNumber",
      evaluation.penyerapan ? penyerapanFormula(a1(row, D), a1(row, E)) : undefined,
    );
    sheet.put(row, G, num(evaluation.target), "cellNumber", evaluation.target ? `=${a1(source, D)}` : undefined);
    sheet.put(row, H, num(evaluation.realisasi), "cellNumber", evaluation.realisasi ? `=${a1(source, E)}` : undefined);
    const capaian = evaluation.capaian ? capaianFormula(evaluation, workbook.info.rumusTurun, a1(row, G), a1(row, H)) : undefined;
    sheet.put(row, I, num(evaluation.capaian), "cellNumber", capaian);
    row++;
  });
  return row;
}

function writeSignatures(sheet: SheetBuilder, start: number, workbook: WorkbookEvaluation): void {
  const { info } = workbook;
  const left = { left: B, right: C };
  const right = { left: G, right: I };
  const lines: [typeof left, string, "signature" | "signatureName"][] = [
    [left, "Mengetahui,", "signature"],
    [left, "Atasan Langsung", "signature"],
    [left, upper(info.atasanLangsung, "Atasan Langsung"), "signature"],
  ];
  let row = start;
  for (const [side, text, style] of lines) sheet.merge({ top: row, bottom: row++, ...side }, text, style);
  sheet.merge({ top: start + 1, bottom: start + 1, ...right }, "Penanggung Jawab", "signature");
  sheet.merge({ top: start + 2, bottom: start + 2, ...right }, upper(info.penanggungJawab, "Penanggung Jawab"), "signature");
  row += 3;
  sheet.merge({ top: row, bottom: row, ...left }, "(....................................)", "signatureName");
  sheet.merge({ top: row, bottom: row, ...right }, "(....................................)", "signatureName");
}
