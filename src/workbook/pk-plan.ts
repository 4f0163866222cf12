import { Decimal, shownDecimals } from "../engine";
import { a1 } from "./a1";
import type { EvaluatedIndicator, WorkbookEvaluation } from "./evaluate-workbook";
import { LiveRefs } from "./live-refs";
import type { SheetPlan } from "./plan";
import { numberFormat } from "./report-formulas";
import { REPORT_STYLES } from "./report-styles";
import { LINE_HEIGHT, textHeight } from "./sheet-builder";
import type { SheetPlacement } from "./sheet-names";
import { SheetWriter } from "./sheet-writer";
import { placeAndDate, signatureBlock } from "./signatures";

/** Columns A..E of the PK: No, Sasaran / Program, Indikator / Keterangan, Target / Anggaran, Satuan. */
const WIDTHS = [5, 32, 42, 16, 14];
const [A, B, C, D, E] = [0, 1, 2, 3, 4] as const;
const LABEL_SPLIT = 2;

const PIHAK_PERTAMA_JANJI =
  "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.";
const PIHAK_KEDUA_JANJI =
  "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.";

/**
 * Sheet PK, the Perjanjian Kinerja (PermenPAN-RB 53/2014; REGULATION.md section 1): the statement
 * with both parties and their promises, signed; then the Lampiran with the sasaran, indikator and
 * target table and, where the workbook has budgets, the program table with its total, signed again.
 * Targets and budgets are formulas that refer to their Indikator cells.
 */
export function planPk(workbook: WorkbookEvaluation, place: SheetPlacement): SheetPlan {
  const { info } = workbook;
  const year = info.tahun ?? "....";
  const unit = info.unitKerja ?? "(Unit Kerja belum diisi)";
  const writer = new SheetWriter(place, "pk", WIDTHS, REPORT_STYLES, {
    orientation: "portrait",
    fitToWidth: true,
    repeatRows: null,
  });
  const { sheet, flow } = writer;
  const refs = new LiveRefs(workbook);
  const { penanggungJawab, atasanLangsung } = info.signatories;
  const signatures = () => {
    const block = signatureBlock(
      { captions: ["PIHAK KEDUA,"], office: atasanLangsung.jabatan ?? "Atasan Langsung", signatory: atasanLangsung },
      { captions: ["PIHAK PERTAMA,"], office: penanggungJawab.jabatan ?? "Penanggung Jawab", signatory: penanggungJawab },
      placeAndDate(info),
    );
    flow.gap();
    flow.keep(block.height);
    block.write(sheet, flow, { left: { left: A, right: B }, right: { left: D, right: E } });
  };

  writer.wide(`PERJANJIAN KINERJA TAHUN ${year}`, "title");
  writer.wide(unit.toUpperCase(), "subtitle");
  writer.wide((info.pemerintahDaerah ?? "").toUpperCase(), "subtitle");
  flow.gap();
  writer.wide(
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "paragraph",
  );
  writer.labelled("Nama", `: ${penanggungJawab.nama ?? ".........................................."}`, LABEL_SPLIT);
  writer.labelled("Jabatan", `: ${penanggungJawab.jabatan ?? "Penanggung Jawab"}`, LABEL_SPLIT);
  writer.wide("selanjutnya disebut pihak pertama.", "paragraph");
  writer.labelled("Nama", `: ${atasanLangsung.nama ?? ".........................................."}`, LABEL_SPLIT);
  writer.labelled("Jabatan", `: ${atasanLangsung.jabatan ?? "Atasan Langsung"}`, LABEL_SPLIT);
  writer.wide("selaku atasan pihak pertama, selanjutnya disebut pihak kedua.", "paragraph");
  flow.gap();
  writer.wide(PIHAK_PERTAMA_JANJI, "paragraph");
  flow.gap();
  writer.wide(PIHAK_KEDUA_JANJI, "paragraph");
  signatures();

  // The Lampiran begins a page of its own.
  flow.newPage();
  writer.wide(`LAMPIRAN PERJANJIAN KINERJA TAHUN ${year}`, "title");
  writer.wide(unit.toUpperCase(), "subtitle");
  writer.section("Sasaran, Indikator Kinerja dan Target");
  writeTargets(writer, workbook, refs);
  const programs = programsOf(workbook);
  if (programs.length > 0) {
    writer.section("Program / Kegiatan dan Anggaran");
    writeBudgets(writer, programs, refs);
  }
  signatures();
  return writer.build();
}

function writeTargets(writer: SheetWriter, workbook: WorkbookEvaluation, refs: LiveRefs): void {
  const { sheet, flow } = writer;
  flow.table(() => {
    const row = flow.row(LINE_HEIGHT);
    [
      [A, "No"],
      [B, "Sasaran"],
      [C, "Indikator Kinerja"],
      [D, "Target"],
      [E, "Satuan"],
    ].forEach(([column, text]) => sheet.put(row, column as number, text as string, "tableHeader"));
  });
  workbook.indicators.forEach((item, index) => {
    const height = Math.max(textHeight(item.row.uraian, sheet.width(B)), textHeight(item.row.indikator, sheet.width(C)));
    const row = flow.row(height);
    const { target } = item.evaluation;
    sheet.put(row, A, index + 1, "cellCenter");
    sheet.put(row, B, item.row.uraian, "cellText");
    sheet.put(row, C, item.row.indikator, "cellText");
    sheet.put(
      row,
      D,
      target === null ? null : target.toNumber(),
      "cellNumber",
      refs.formula(item, "target"),
      target === null ? undefined : numberFormat(shownDecimals(target)),
    );
    sheet.put(row, E, item.row.satuan, "cellCenter");
  });
  flow.endTable();
}

interface Program {
  readonly label: string;
  readonly item: EvaluatedIndicator;
  readonly keterangan: string | null;
}

/**
 * The budget lines of the workbook: each row with an Anggaran, named by its Kode and uraian; several
 * indicators of one program with one budget are one line.
 */
export function programsOf(workbook: WorkbookEvaluation): Program[] {
  const seen = new Set<string>();
  const programs: Program[] = [];
  for (const item of workbook.indicators) {
    const anggaran = item.evaluation.anggaran;
    if (anggaran === null) continue;
    const kode = item.row.texts.get("kode");
    const label = kode ? `${kode} ${item.row.uraian}` : item.row.uraian;
    const key = `${label}\u0000${anggaran.toString()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    programs.push({ label, item, keterangan: item.row.texts.get("penanggungJawab") ?? null });
  }
  return programs;
}

function writeBudgets(writer: SheetWriter, programs: readonly Program[], refs: LiveRefs): void {
  const { sheet, flow } = writer;
  flow.table(() => {
    const row = flow.row(LINE_HEIGHT);
    sheet.put(row, A, "No", "tableHeader");
    sheet.merge({ top: row, left: B, bottom: row, right: C }, "Program / Kegiatan / Sub Kegiatan", "tableHeader");
    sheet.put(row, D, "Anggaran (Rp)", "tableHeader");
    sheet.put(row, E, "Keterangan", "tableHeader");
  });
  const rows = programs.map((program, index) => {
    const row = flow.row(textHeight(program.label, sheet.width(B, C)));
    const anggaran = program.item.evaluation.anggaran!;
    sheet.put(row, A, index + 1, "cellCenter");
    sheet.merge({ top: row, left: B, bottom: row, right: C }, program.label, "cellText");
    sheet.put(
      row,
      D,
      anggaran.toNumber(),
      "cellMoney",
      refs.formula(program.item, "anggaran"),
      numberFormat(anggaran.isInteger() ? 0 : 2),
    );
    sheet.put(row, E, program.keterangan, "cellText");
    return row;
  });
  const total = Decimal.sum(...programs.map((p) => p.item.evaluation.anggaran!)).toNumber();
  const row = flow.row(LINE_HEIGHT);
  sheet.merge({ top: row, left: A, bottom: row, right: C }, "Jumlah", "tableHeader");
  sheet.put(row, D, total, "cellMoney", `=SUM(${a1(rows[0]!, D)}:${a1(rows[rows.length - 1]!, D)})`);
  sheet.put(row, E, null, "cellText");
  flow.endTable();
}
