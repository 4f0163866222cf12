import type { CellValue, Grid } from "../workbook/cells";
import { isLapkinName, readMarks, type FoundName } from "../workbook/marks";
import type { RegionKey } from "../workbook/plan";
import { sheetsToRead, type FormatGrid, type SheetSnapshot, type WorkbookSnapshot } from "../workbook/snapshot";

export interface ExcelSheets {
  readonly snapshot: WorkbookSnapshot;
  /** Each sheet's tab position, to put a replaced LAPKIN sheet back where it was. */
  readonly positions: ReadonlyMap<string, number>;
  /** LAPKIN's defined names as found, to be removed before the new ones are written. */
  readonly lapkinNames: readonly string[];
}

/**
 * Reads what the pipeline needs in two round trips whatever the sheets' size: the sheet and
 * defined names first, then the used ranges of Info, Indikator and Skala (values and number
 * formats together) and LAPKIN's free-text places.
 */
export async function readSheets(context: Excel.RequestContext): Promise<ExcelSheets> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const names = context.workbook.names;
  names.load("items/name,items/value");
  await context.sync();

  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const found: FoundName[] = names.items.map((item) => ({ name: item.name, reference: String(item.value ?? "") }));
  const marks = readMarks(found, sheetNames);
  const wanted = sheetsToRead(sheetNames, marks);

  const used = (name: string | null) => {
    if (name === null) return null;
    const range = worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load("values,numberFormat,rowIndex,columnIndex");
    return { name, range };
  };
  const [info, indikator, skala] = [used(wanted.info), used(wanted.indikator), used(wanted.skala)];
  const regions = [...wanted.regions].map(([key, place]) => {
    const { top, left, bottom, right } = place.rect;
    const range = worksheets.getItem(place.sheet).getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
    range.load("values");
    return { key, range };
  });
  await context.sync();

  const snapshotOf = (read: ReturnType<typeof used>): SheetSnapshot | null =>
    read ? { name: read.name, ...gridsFromRange(read.range) } : null;
  return {
    snapshot: {
      sheetNames,
      marks,
      info: snapshotOf(info),
      indikator: snapshotOf(indikator),
      skala: snapshotOf(skala),
      regions: new Map<RegionKey, Grid>(regions.map(({ key, range }) => [key, range.values.map((row) => row.map(cellValue))])),
    },
    positions: new Map(worksheets.items.map((sheet) => [sheet.name, sheet.position])),
    lapkinNames: found.map((n) => n.name).filter(isLapkinName),
  };
}

const cellValue = (value: unknown): CellValue => (value === "" || value === undefined ? null : (value as CellValue));

/** A used range placed back at A1, so row and column indexes are the sheet's own. */
function gridsFromRange(range: Excel.Range): { grid: Grid; formats: FormatGrid } {
  if (range.isNullObject) return { grid: [], formats: [] };
  const pad = <T>(row: readonly T[], empty: T): T[] => [...Array<T>(range.columnIndex).fill(empty), ...row];
  const top = Array.from({ length: range.rowIndex }, () => []);
  const grid: CellValue[][] = [...top, ...(range.values as unknown[][]).map((row) => pad(row.map(cellValue), null))];
  const formats: (string | null)[][] = [
    ...top,
    ...(range.numberFormat as unknown[][]).map((row) =>
      pad(
        row.map((f) => (typeof f === "string" && f !== "General" ? f : null)),
        null,
      ),
    ),
  ];
  return { grid, formats };
}
