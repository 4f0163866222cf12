import { formatNumber, raiseFlag, type Flag } from "../engine";
import { a1 } from "./a1";
import type { EvaluatedIndicator, WorkbookEvaluation } from "./evaluate-workbook";
import { flagAtCell, flagOnWorkbook } from "./place";
import { MAX_CELL_TEXT, type SheetBuilder } from "./sheet-builder";

/** A text cut to Excel's 32,767 characters is flagged at the indicator whose words made it so long. */
export function cutFlags(
  sheet: SheetBuilder,
  workbook: WorkbookEvaluation,
  sourceOfRow: ReadonlyMap<number, EvaluatedIndicator>,
): Flag[] {
  const { name, layout } = workbook.indikator;
  return sheet.cuts.map((cut) => {
    const flag = raiseFlag("TEKS_TERPOTONG", "keterangan", {
      panjang: formatNumber(cut.length, { decimals: 0 }),
      batas: formatNumber(MAX_CELL_TEXT, { decimals: 0 }),
    });
    const item = sourceOfRow.get(cut.row);
    if (!item) return flagOnWorkbook(flag, `Sel ${sheet.name}!${a1(cut.row, cut.column)}`);
    const column = layout.input.get("keterangan") ?? layout.input.get("indikator")!;
    return flagAtCell(flag, name, item.row.row, column);
  });
}
