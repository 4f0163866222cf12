import { TINGKAT_ORDER, type Flag } from "../engine";
import type { WorkbookEvaluation } from "./evaluate-workbook";
import type { SheetPlan } from "./plan";
import { REPORT_STYLES } from "./report-styles";
import { periodTitle } from "./report-text";
import { SheetBuilder } from "./sheet-builder";
import type { SheetPlacement } from "./sheet-names";

const WIDTHS = [5, 12, 26, 18, 100];
const HEADERS = ["No", "Tingkat", "Kode", "Sel", "Pesan"];

/**
 * Sheet Pemeriksaan: every flag, for the person preparing the report (the signed Laporan carries
 * none): No | Tingkat | Kode | Sel | Pesan, galat first, then peringatan, then info, each in sheet
 * order. Its header row repeats on every printed page.
 */
export function planPemeriksaan(workbook: WorkbookEvaluation, flags: readonly Flag[], place: SheetPlacement): SheetPlan {
  const sheet = new SheetBuilder(place.name, "pemeriksaan", WIDTHS, REPORT_STYLES);
  const last = WIDTHS.length - 1;
  sheet.merge({ top: 0, left: 0, bottom: 0, right: last }, `PEMERIKSAAN DATA: ${periodTitle(workbook.info)}`, "title");
  const unit = [workbook.info.unitKerja, workbook.info.pemerintahDaerah].filter(Boolean).join(", ");
  sheet.merge(
    { top: 1, left: 0, bottom: 1, right: last },
    `${unit ? `${unit}. ` : ""}Untuk penyusun laporan: periksa setiap baris sebelum laporan ditandatangani. Sheet ini tidak termasuk dokumen yang ditandatangani.`,
    "paragraph",
  );
  const header = 3;
  HEADERS.forEach((text, column) => sheet.put(header, column, text, "tableHeader"));

  const sorted = [...flags].sort((a, b) => TINGKAT_ORDER.indexOf(a.tingkat) - TINGKAT_ORDER.indexOf(b.tingkat));
  if (sorted.length === 0)
    sheet.merge({ top: header + 1, left: 0, bottom: header + 1, right: last }, "Tidak ada yang perlu diperiksa.", "box");
  sorted.forEach((flag, i) => {
    const row = header + 1 + i;
    sheet.put(row, 0, i + 1, "cellCenter");
    sheet.put(row, 1, flag.tingkat, "cellText");
    sheet.put(row, 2, flag.kode, "cellText");
    sheet.put(row, 3, flag.sel, "cellText");
    sheet.put(row, 4, flag.pesan, "cellText");
  });
  return sheet.build(
    { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: header, last: header } },
    place.replaces,
  );
}
