import { QUARTERS, capaian, shownDecimals, type Decimal, type Quarter } from "../engine";
import { a1 } from "./a1";
import type { Grid } from "./cells";
import type { InputColumnKey } from "./contract";
import type { EvaluatedIndicator, WorkbookEvaluation } from "./evaluate-workbook";
import { LiveRefs } from "./live-refs";
import type { RegionKey, SheetPlan, StyleKey } from "./plan";
import { averageFormula, capaianFormula, numberFormat, predikatFormula } from "./report-formulas";
import { compactStyles } from "./report-styles";
import { ROMAN } from "./report-text";
import { LINE_HEIGHT, textHeight } from "./sheet-builder";
import type { SheetPlacement } from "./sheet-names";
import { SheetWriter } from "./sheet-writer";
import { placeAndDate, signatureBlock } from "./signatures";

/**
 * The Permendagri 86/2017 form (REGULATION.md section 3): columns 1-5, then K and Rp for each of
 * 6-15, the common local "Capaian Renja (%) = 13 / 8" and 16. Rp for a single quarter (9-12) is
 * not in the contract, so those columns stay empty and narrow.
 */
const TEXT_WIDTHS = [4, 16, 9, 20, 20];
const PAIR = { k: 8, rp: 13 };
const EMPTY_RP = 4;
const PAIRS = 10; // columns 6..15
const FIRST_PAIR = TEXT_WIDTHS.length;
const CAPAIAN_RENJA = FIRST_PAIR + 2 * PAIRS;
const UNIT = CAPAIAN_RENJA + 1;
const WIDTHS = [
  ...TEXT_WIDTHS,
  ...Array.from({ length: PAIRS }, (_, i) => [PAIR.k, i >= 3 && i <= 6 ? EMPTY_RP : PAIR.rp]).flat(),
  9,
  14,
];
const FONT = 9;
const STYLES = compactStyles(FONT);
const LAST = WIDTHS.length - 1;
/** Column K (the figure) and Rp of the form's numbered column n (6..15). */
const k = (n: number) => FIRST_PAIR + 2 * (n - 6);
const rp = (n: number) => k(n) + 1;

const CAPTIONS: Readonly<Record<number, string>> = {
  6: "Target Renstra PD pada akhir periode Renstra",
  7: "Realisasi capaian kinerja Renstra PD s.d. Renja tahun lalu",
  8: "Target kinerja dan anggaran Renja PD tahun berjalan",
  9: "Realisasi kinerja pada Triwulan I",
  10: "Realisasi kinerja pada Triwulan II",
  11: "Realisasi kinerja pada Triwulan III",
  12: "Realisasi kinerja pada Triwulan IV",
  13: "Realisasi capaian kinerja dan anggaran Renja PD yang dievaluasi",
  14: "Realisasi kinerja dan anggaran Renstra PD s.d. tahun ini",
  15: "Tingkat capaian kinerja dan realisasi anggaran Renstra PD s.d. tahun ini (%)",
};

const num = (value: Decimal | null) => (value === null ? null : value.toNumber());
const moneyFormat = (value: Decimal | null) => numberFormat(value !== null && !value.isInteger() ? 2 : 0);

/**
 * A count adds up over the Renstra years (column 14 = 7 + 13); a rate, an index or a percentage is
 * a level, whose latest value is the year's (REGULATION.md section 3).
 */
export function isCumulative(item: EvaluatedIndicator): boolean {
  return item.evaluation.agregasi === "jumlah" && !LEVEL_UNITS.test(item.row.satuan ?? "");
}

/** Units of a level rather than a count. */
const LEVEL_UNITS = /%|persen|indeks|nilai|rasio|skor|poin|predikat/i;

/** Column 14's K: the Renstra realisasi up to this year. */
export function renstraRealisasi(item: EvaluatedIndicator): Decimal | null {
  const year = item.evaluation.realisasi;
  if (year === null) return null;
  const before = item.row.numbers.get("realisasiSdTahunLalu")?.value ?? null;
  return isCumulative(item) && before !== null ? before.plus(year) : year;
}

/**
 * Sheet Evaluasi Renja: the form, row by row in Indikator's order, its footer (rata-rata capaian,
 * predikat, the unit's own words on what drove and held back the results and what follows), and
 * the "Dievaluasi" and "Disusun" signatures. Figures are formulas over Indikator's cells; 14 and 15
 * over the form's own columns.
 *
 * The form is one table, so its three header rows are written once and made the sheet's print
 * titles: Excel and LibreOffice print them at the top of every further page, and the table stays a
 * plain block of rows to sort, filter or insert into. The page breaks between indicator rows are
 * still placed by the page flow (whose pages after the first keep room for the repeated header),
 * so Excel and LibreOffice break on the same rows and the signatures are kept whole on one page.
 */
export function planEvaluasiRenja(
  workbook: WorkbookEvaluation,
  place: SheetPlacement,
  kept: ReadonlyMap<RegionKey, Grid>,
): SheetPlan {
  const { info } = workbook;
  const writer = new SheetWriter(place, "evaluasiRenja", WIDTHS, STYLES, {
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: null,
  });
  const { sheet, flow } = writer;
  const refs = new LiveRefs(workbook);
  writer.wide(
    `EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH ${info.tahunan ? "" : `TRIWULAN ${ROMAN[info.quarter]} `}TAHUN ${info.tahun ?? "...."}`,
    "title",
  );
  writer.wide((info.perangkatDaerah ?? info.unitKerja ?? "(Perangkat Daerah belum diisi)").toUpperCase(), "subtitle");
  writer.wide((info.pemerintahDaerah ?? "").toUpperCase(), "subtitle");
  flow.gap();
  writer.printTitles(writeHeader(writer));
  let sasaran = "";
  const rows = workbook.indicators.map((item, index) => {
    if (item.row.block === "Tujuan" || item.row.block === "Sasaran") sasaran = item.row.uraian;
    return writeRow(writer, refs, workbook, item, index, sasaran);
  });
  writeFooter(writer, workbook, rows, kept);

  const { penanggungJawab } = info.signatories;
  const block = signatureBlock(
    {
      captions: ["Dievaluasi,"],
      office: `Kepala Bappeda ${info.pemerintahDaerah ?? ""}`.trim(),
      signatory: { nama: null, nip: null, pangkat: null },
    },
    { captions: ["Disusun,"], office: penanggungJawab.jabatan ?? "Kepala Perangkat Daerah", signatory: penanggungJawab },
    placeAndDate(info),
  );
  flow.gap();
  flow.keep(block.height);
  block.write(sheet, flow, { left: { left: 1, right: 4 }, right: { left: k(13), right: LAST } });
  return writer.build();
}

/** The form's header: captions, K / Rp, the column numbers. Returns its rows. */
function writeHeader(writer: SheetWriter): { first: number; last: number } {
  const { sheet, flow } = writer;
  const captionHeight = Math.max(...Object.values(CAPTIONS).map((c) => textHeight(c, PAIR.k + PAIR.rp, FONT)), 3 * LINE_HEIGHT);
  const top = flow.row(captionHeight);
  const sub = flow.row(LINE_HEIGHT);
  const numbers = flow.row(LINE_HEIGHT);
  // Set outright, as the flow counted them: they are printed again at the top of every page.
  sheet.height(top, captionHeight);
  const texts: [number, string][] = [
    [0, "No"],
    [1, "Sasaran"],
    [2, "Kode"],
    [3, "Urusan / Bidang Urusan / Program / Kegiatan"],
    [4, "Indikator Kinerja Program (outcome) / Kegiatan (output)"],
  ];
  for (const [column, text] of texts) sheet.merge({ top, left: column, bottom: sub, right: column }, text, "tableHeader");
  for (let n = 6; n <= 15; n++) {
    sheet.merge({ top, left: k(n), bottom: top, right: rp(n) }, CAPTIONS[n]!, "tableHeader");
    sheet.put(sub, k(n), "K", "tableHeader");
    sheet.put(sub, rp(n), n === 15 ? "Rp (%)" : "Rp", "tableHeader");
  }
  sheet.merge(
    { top, left: CAPAIAN_RENJA, bottom: sub, right: CAPAIAN_RENJA },
    "Tingkat capaian kinerja Renja (%)",
    "tableHeader",
  );
  sheet.merge({ top, left: UNIT, bottom: sub, right: UNIT }, "Perangkat Daerah penanggung jawab", "tableHeader");
  texts.forEach(([column], i) => sheet.put(numbers, column, String(i + 1), "columnNumber"));
  for (let n = 6; n <= 15; n++) {
    const label = n === 14 ? "14 = 7 + 13" : n === 15 ? "15 = 14 / 6 x 100" : String(n);
    sheet.merge({ top: numbers, left: k(n), bottom: numbers, right: rp(n) }, label, "columnNumber");
  }
  sheet.put(numbers, CAPAIAN_RENJA, "13 / 8 x 100", "columnNumber");
  sheet.put(numbers, UNIT, "16", "columnNumber");
  return { first: top, last: numbers };
}

function writeRow(
  writer: SheetWriter,
  refs: LiveRefs,
  workbook: WorkbookEvaluation,
  item: EvaluatedIndicator,
  index: number,
  sasaran: string,
): number {
  const { sheet, flow } = writer;
  const { evaluation } = item;
  const program = item.row.block === "Tujuan" || item.row.block === "Sasaran" ? "" : item.row.uraian;
  const unit = item.row.texts.get("penanggungJawab") ?? workbook.info.unitKerja ?? "";
  const height = Math.max(
    textHeight(sasaran, WIDTHS[1]!, FONT),
    textHeight(program, WIDTHS[3]!, FONT),
    textHeight(item.row.indikator, WIDTHS[4]!, FONT),
    textHeight(unit, WIDTHS[UNIT]!, FONT),
  );
  const row = flow.row(height);
  sheet.put(row, 0, index + 1, "cellCenter");
  sheet.put(row, 1, sasaran, "cellText");
  sheet.put(row, 2, item.row.texts.get("kode") ?? null, "cellText");
  sheet.put(row, 3, program || null, "cellText");
  sheet.put(row, 4, item.row.indikator, "cellText");

  const figure = (column: number, key: InputColumnKey, style: StyleKey = "cellNumber") => {
    const value = item.row.numbers.get(key)?.value ?? null;
    const format = value === null ? undefined : style === "cellMoney" ? moneyFormat(value) : numberFormat(shownDecimals(value));
    sheet.put(row, column, num(value), style, refs.formula(item, key), format);
  };
  figure(k(6), "targetRenstra");
  figure(rp(6), "anggaranRenstra", "cellMoney");
  figure(k(7), "realisasiSdTahunLalu");
  figure(rp(7), "realisasiAnggaranSdTahunLalu", "cellMoney");
  figure(k(8), "target");
  figure(rp(8), "anggaran", "cellMoney");
  QUARTERS.forEach((tw: Quarter, i) => {
    const n = 9 + i;
    if (tw <= workbook.info.quarter) figure(k(n), `tw${tw}` as InputColumnKey);
    else sheet.put(row, k(n), null, "cellNumber");
    sheet.put(row, rp(n), null, "cellMoney");
  });
  sheet.put(
    row,
    k(13),
    num(evaluation.realisasi),
    "cellNumber",
    refs.realisasi(item),
    numberFormat(evaluation.realisasiDecimals),
  );
  figure(rp(13), "realisasiAnggaran", "cellMoney");

  // 14 = 7 + 13: a count adds up over the Renstra years; a level's is this year's. Rp always adds.
  const cumulative = isCumulative(item);
  const k14 = renstraRealisasi(item);
  sheet.put(
    row,
    k(14),
    num(k14),
    "cellNumber",
    k14 === null ? undefined : cumulative ? `=${a1(row, k(7))}+${a1(row, k(13))}` : `=${a1(row, k(13))}`,
    numberFormat(evaluation.realisasiDecimals),
  );
  const rp7 = item.row.numbers.get("realisasiAnggaranSdTahunLalu")?.value ?? null;
  const rp13 = evaluation.realisasiAnggaran;
  const rp14 = rp13 === null ? null : rp13.plus(rp7 ?? 0);
  sheet.put(
    row,
    rp(14),
    num(rp14),
    "cellMoney",
    rp14 === null ? undefined : `=${a1(row, rp(7))}+${a1(row, rp(13))}`,
    moneyFormat(rp14),
  );

  // 15 = 14 / 6 x 100, the Renstra progress; for a lower-is-better indicator by the capaian formula.
  const renstra = item.row.numbers.get("targetRenstra")?.value ?? null;
  const k15 =
    renstra !== null && k14 !== null && renstra.greaterThan(0)
      ? capaian(renstra, k14, { arah: evaluation.arah, rumusTurun: workbook.info.rumusTurun }).value
      : null;
  sheet.put(
    row,
    k(15),
    num(k15),
    "cellNumber",
    k15 === null ? undefined : capaianFormula(evaluation, workbook.info.rumusTurun, a1(row, k(6)), a1(row, k(14))),
  );
  const anggaranRenstra = item.row.numbers.get("anggaranRenstra")?.value ?? null;
  const rp15 =
    anggaranRenstra !== null && rp14 !== null && anggaranRenstra.greaterThan(0)
      ? rp14.dividedBy(anggaranRenstra).times(100).toDecimalPlaces(2)
      : null;
  sheet.put(
    row,
    rp(15),
    num(rp15),
    "cellNumber",
    rp15 === null ? undefined : `=ROUND(${a1(row, rp(14))}/${a1(row, rp(6))}*100,2)`,
  );

  sheet.put(
    row,
    CAPAIAN_RENJA,
    num(evaluation.capaian),
    "cellNumber",
    evaluation.capaian === null ? undefined : capaianFormula(evaluation, workbook.info.rumusTurun, a1(row, k(8)), a1(row, k(13))),
  );
  sheet.put(row, UNIT, unit || null, "cellText");
  return row;
}

const FOOTER_TEXTS: readonly { label: string; key: InputColumnKey | null; region: RegionKey }[] = [
  { label: "Faktor pendorong keberhasilan pencapaian", key: "faktorPendorong", region: "evaluasi.faktorPendorong" },
  { label: "Faktor penghambat pencapaian kinerja", key: "faktorPenghambat", region: "evaluasi.faktorPenghambat" },
  {
    label: "Tindak lanjut yang diperlukan dalam triwulan berikutnya",
    key: "tindakLanjut",
    region: "evaluasi.tindakLanjutTriwulan",
  },
  {
    label: "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya",
    key: null,
    region: "evaluasi.tindakLanjutRenja",
  },
];

/** Under the table: the rata-rata capaian of the year and its predikat, then the unit's words. */
function writeFooter(
  writer: SheetWriter,
  workbook: WorkbookEvaluation,
  rows: readonly number[],
  kept: ReadonlyMap<RegionKey, Grid>,
): void {
  const { sheet, flow } = writer;
  const label = (text: string, height: number) => {
    const row = flow.row(height);
    // Set outright: a box left empty for the staff to write in is as tall as the flow counted it.
    sheet.height(row, height);
    sheet.merge({ top: row, left: 0, bottom: row, right: 4 }, text, "tableHeader");
    return row;
  };
  const average = workbook.averages.unit;
  const range = rows.length === 0 ? [] : [`${a1(rows[0]!, CAPAIAN_RENJA)}:${a1(rows[rows.length - 1]!, CAPAIAN_RENJA)}`];
  const averageRow = label("Rata-rata capaian kinerja (%)", LINE_HEIGHT);
  const formula = average.nilai === null ? null : averageFormula(range, workbook.info.batasCapaian);
  sheet.put(averageRow, k(6), num(average.nilai), "cellNumber", formula ?? undefined);
  sheet.merge({ top: averageRow, left: k(6) + 1, bottom: averageRow, right: LAST }, null, "box");
  const predikatRow = label("Predikat kinerja", LINE_HEIGHT);
  sheet.merge(
    { top: predikatRow, left: k(6), bottom: predikatRow, right: LAST },
    average.predikat,
    "box",
    formula ? predikatFormula(workbook.scale, a1(averageRow, k(6))) : undefined,
  );

  for (const { label: text, key, region } of FOOTER_TEXTS) {
    const words =
      key === null
        ? []
        : [...new Set(workbook.indicators.map((i) => i.row.texts.get(key)).filter((t): t is string => Boolean(t)))];
    const written = kept.get(region)?.[0]?.[0];
    const value =
      words.length > 0 ? words.map((w, i) => `${i + 1}. ${w}`).join("\n") : typeof written === "string" ? written : null;
    const height = Math.max(
      textHeight(text, sheet.width(0, 4), FONT),
      textHeight(value ?? "", sheet.width(k(6), LAST), FONT),
      2 * LINE_HEIGHT,
    );
    const row = label(text, height);
    sheet.merge({ top: row, left: k(6), bottom: row, right: LAST }, value, "box");
    // Where the unit's columns don't say it, the staff write it here, and it is kept next time.
    if (words.length === 0) sheet.region(region, { top: row, left: k(6), bottom: row, right: LAST });
  }
}
