import type { CellValue, Grid } from "../workbook/cells";
import { isReportMark, readMarks } from "../workbook/marks";
import type { Rect, RegionKey } from "../workbook/plan";
import { sheetsToRead, type FormatGrid, type SheetSnapshot, type WorkbookSnapshot } from "../workbook/snapshot";
import { readBlocks, type BlockCells, type CellBlock } from "./read-blocks";
import { readOutline } from "./read-outline";
import { isTemporaryMark, leftoverSheets } from "./temporary-sheets";

export interface ExcelSheets {
  readonly snapshot: WorkbookSnapshot;
  /** Each sheet's tab position, to put a replaced LAPKIN sheet back where it was. */
  readonly positions: ReadonlyMap<string, number>;
  /**
   * The unit report's defined names and any temporary marks, as found: removed before the report's
   * new names are written. LAPKIN's other marks (a recap's) are not among them and stay.
   */
  readonly reportNames: readonly string[];
  /** Temporary sheets an interrupted earlier run left behind, to be removed. */
  readonly leftovers: readonly string[];
}

/**
 * Reads what the pipeline needs, within Excel's read limits whatever the sheets' size: the sheet
 * and defined names first; then how far the used ranges of Info, Indikator and Skala reach; then
 * their values and number formats, and LAPKIN's free-text places, in blocks of rows (read-blocks.ts).
 */
export async function readSheets(context: Excel.RequestContext): Promise<ExcelSheets> {
  const { sheetNames, positions, names: found } = await readOutline(context);
  const worksheets = context.workbook.worksheets;
  const marks = readMarks(found, sheetNames);
  const wanted = sheetsToRead(sheetNames, marks);

  const used = [wanted.info, wanted.indikator, wanted.skala].map((name) => {
    if (name === null) return null;
    const range = worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name, range };
  });
  await context.sync();

  const extents = used.map((u) => {
    if (!u || u.range.isNullObject) return u && { name: u.name, rect: null };
    const { rowIndex, columnIndex, rowCount, columnCount } = u.range;
    return {
      name: u.name,
      rect: { top: rowIndex, left: columnIndex, bottom: rowIndex + rowCount - 1, right: columnIndex + columnCount - 1 },
    };
  });
  const regions = [...wanted.regions];
  const blocks: CellBlock[] = [
    ...extents.flatMap((e) => (e?.rect ? [{ sheet: e.name, rect: e.rect, formats: true }] : [])),
    ...regions.map(([, place]) => ({ sheet: place.sheet, rect: place.rect, formats: false })),
  ];
  const cells = await readBlocks(context, blocks);

  let next = 0;
  const sheetOf = (extent: (typeof extents)[number]): SheetSnapshot | null => {
    if (!extent) return null;
    if (!extent.rect) return { name: extent.name, grid: [], formats: [] };
    return { name: extent.name, ...placedAtA1(extent.rect, cells[next++]!) };
  };
  const [info, indikator, skala] = extents.map(sheetOf) as [SheetSnapshot | null, SheetSnapshot | null, SheetSnapshot | null];
  return {
    snapshot: {
      sheetNames,
      marks,
      info,
      indikator,
      skala,
      regions: new Map<RegionKey, Grid>(regions.map(([key]) => [key, cells[next++]!.values.map((row) => row.map(cellValue))])),
    },
    positions,
    reportNames: found.map((n) => n.name).filter((name) => isReportMark(name) || isTemporaryMark(name)),
    leftovers: leftoverSheets(found, sheetNames),
  };
}

const cellValue = (value: unknown): CellValue => (value === "" || value === undefined ? null : (value as CellValue));

/** A used range placed back at A1, so row and column indexes are the sheet's own. */
function placedAtA1(rect: Rect, cells: BlockCells): { grid: Grid; formats: FormatGrid } {
  const pad = <T>(row: readonly T[], empty: T): T[] => [...Array<T>(rect.left).fill(empty), ...row];
  const top = Array.from({ length: rect.top }, () => []);
  const grid: CellValue[][] = [...top, ...cells.values.map((row) => pad(row.map(cellValue), null))];
  const formats: (string | null)[][] = [
    ...top,
    ...(cells.formats ?? []).map((row) =>
      pad(
        row.map((f) => (typeof f === "string" && f !== "General" ? f : null)),
        null,
      ),
    ),
  ];
  return { grid, formats };
}
