import { QUARTERS, shownDecimals, type Decimal } from "../engine";
import { a1 } from "./a1";
import type { EvaluatedIndicator, WorkbookEvaluation } from "./evaluate-workbook";
import { LiveRefs } from "./live-refs";
import type { SheetPlan } from "./plan";
import { quarterProgress } from "./quarter-progress";
import { capaianFormula, numberFormat } from "./report-formulas";
import { ROMAN } from "./report-text";
import { REPORT_STYLES } from "./report-styles";
import { LINE_HEIGHT, textHeight } from "./sheet-builder";
import type { SheetPlacement } from "./sheet-names";
import { SheetWriter } from "./sheet-writer";

/**
 * Columns: No, Sasaran, Indikator, Target tahunan, Target TW I..IV, Realisasi s.d. TW I..IV,
 * Capaian TW I..IV (%), Keterangan.
 */
const WIDTHS = [4, 24, 30, 11, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 22];
const [NO, SASARAN, INDIKATOR, TAHUNAN] = [0, 1, 2, 3] as const;
const TARGET_TW = 4;
const REALISASI_TW = 8;
const CAPAIAN_TW = 12;
const KETERANGAN = 16;

const num = (value: Decimal | null) => (value === null ? null : value.toNumber());

/**
 * Sheet Rencana Aksi (REGULATION.md section 2): each indicator's target for the end of every
 * quarter, the realisasi so far against it and the capaian, quarter by quarter up to the period.
 * Targets refer to Indikator's Target TW cells and realisasi to its TW cells, so a corrected value
 * updates the sheet on recalculation.
 */
export function planRencanaAksi(workbook: WorkbookEvaluation, place: SheetPlacement): SheetPlan {
  const { info } = workbook;
  const writer = new SheetWriter(place, "rencanaAksi", WIDTHS, REPORT_STYLES, {
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: { first: 0, last: 0 },
  });
  const { sheet, flow } = writer;
  const refs = new LiveRefs(workbook);
  writer.wide(`RENCANA AKSI TAHUN ${info.tahun ?? "...."}`, "title");
  writer.wide((info.unitKerja ?? "(Unit Kerja belum diisi)").toUpperCase(), "subtitle");
  writer.wide(
    `Realisasi dan capaian s.d. Triwulan ${ROMAN[info.quarter]}; target setiap triwulan adalah target yang harus dicapai sampai akhir triwulan itu.`,
    "paragraph",
  );
  flow.gap();
  flow.table(() => {
    const top = flow.row(LINE_HEIGHT);
    const bottom = flow.row(LINE_HEIGHT);
    for (const [column, text] of [
      [NO, "No"],
      [SASARAN, "Sasaran"],
      [INDIKATOR, "Indikator Kinerja"],
      [TAHUNAN, "Target Tahunan"],
      [KETERANGAN, "Keterangan"],
    ] as const) {
      sheet.merge({ top, left: column, bottom, right: column }, text, "tableHeader");
    }
    for (const [left, text] of [
      [TARGET_TW, "Target"],
      [REALISASI_TW, "Realisasi s.d."],
      [CAPAIAN_TW, "Capaian (%)"],
    ] as const) {
      sheet.merge({ top, left, bottom: top, right: left + 3 }, text, "tableHeader");
      QUARTERS.forEach((tw, i) => sheet.put(bottom, left + i, `TW ${ROMAN[tw]}`, "tableHeader"));
    }
  });
  workbook.indicators.forEach((item, index) => writeIndicator(writer, refs, workbook, item, index));
  flow.endTable();
  return writer.build();
}

function writeIndicator(
  writer: SheetWriter,
  refs: LiveRefs,
  workbook: WorkbookEvaluation,
  item: EvaluatedIndicator,
  index: number,
): void {
  const { sheet, flow } = writer;
  const height = Math.max(
    textHeight(item.row.uraian, sheet.width(SASARAN)),
    textHeight(item.row.indikator, sheet.width(INDIKATOR)),
    textHeight(item.row.keterangan ?? "", sheet.width(KETERANGAN)),
  );
  const row = flow.row(height);
  const { target } = item.evaluation;
  sheet.put(row, NO, index + 1, "cellCenter");
  sheet.put(row, SASARAN, item.row.uraian, "cellText");
  sheet.put(row, INDIKATOR, item.row.indikator, "cellText");
  sheet.put(
    row,
    TAHUNAN,
    num(target),
    "cellNumber",
    refs.formula(item, "target"),
    target ? numberFormat(shownDecimals(target)) : undefined,
  );
  for (const progress of quarterProgress(item, workbook.info.quarter, workbook.info.rumusTurun)) {
    const i = progress.tw - 1;
    const targetCell = TARGET_TW + i;
    const realisasiCell = REALISASI_TW + i;
    sheet.put(
      row,
      targetCell,
      num(progress.target),
      "cellNumber",
      refs.formula(item, `targetTw${progress.tw}` as never),
      progress.target ? numberFormat(shownDecimals(progress.target)) : undefined,
    );
    sheet.put(
      row,
      realisasiCell,
      num(progress.realisasi),
      "cellNumber",
      refs.realisasiUpTo(item, progress),
      numberFormat(progress.decimals),
    );
    const formula =
      progress.capaian === null
        ? undefined
        : capaianFormula(item.evaluation, workbook.info.rumusTurun, a1(row, targetCell), a1(row, realisasiCell));
    sheet.put(row, CAPAIAN_TW + i, num(progress.capaian), "cellNumber", formula);
  }
  sheet.put(row, KETERANGAN, item.row.keterangan, "cellText");
}
