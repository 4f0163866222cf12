import type { PlanCell, SheetPlan } from "../workbook/plan";
import { REPORT_STYLES } from "../workbook/report-styles";
import { LINE_HEIGHT, SheetBuilder } from "../workbook/sheet-builder";
import { TableRows } from "./table-rows";

/** The recap's sheets, by kind, and the names they get in the recap workbook. */
export type RecapSheetKind = "rekapUnit" | "rekapIndikator" | "masalah" | "grafik";

export const RECAP_SHEETS: Readonly<Record<RecapSheetKind, string>> = {
  rekapUnit: "Rekap Unit",
  rekapIndikator: "Rekap Indikator",
  masalah: "Masalah",
  grafik: "Grafik Rekap",
};

/** A recap sheet as data, written by a door like any SheetPlan; its title and header rows stay in view while scrolling. */
export interface RecapSheetPlan extends Omit<SheetPlan, "kind"> {
  readonly kind: RecapSheetKind;
  /** Rows kept on screen at the top (the titles and the table header). */
  readonly frozenRows: number;
}

/** A table body made on demand: each row's height known beforehand, its cells made when asked for. */
export interface LazyBody {
  readonly heights: ReadonlyMap<number, number>;
  readonly lastRow: number;
  readonly cells: () => Iterable<PlanCell>;
}

/** A recap sheet being laid down: titles across the top, one table header, then a row per item. */
export interface RecapTable {
  /** The titles and the header. */
  readonly sheet: SheetBuilder;
  /** Everything below the header, row by row. */
  readonly rows: TableRows;
  /** The header's row; the table's first row is the one below it. */
  readonly header: number;
  readonly last: number;
}

export interface TitleLine {
  readonly text: string;
  readonly style: "title" | "subtitle" | "paragraph";
}

/**
 * A sheet with titles, a blank row and a table header. A recap is one long table to sort, filter
 * and sum, so its rows run on without repeated headers inside it: the header is printed on every
 * page as the print titles instead.
 */
export function startTable(
  kind: RecapSheetKind,
  widths: readonly number[],
  titles: readonly TitleLine[],
  headers: readonly string[],
): RecapTable {
  // SheetBuilder names the unit workbook's kinds only; the recap's kind replaces it in finishTable.
  const sheet = new SheetBuilder(RECAP_SHEETS[kind], "pemeriksaan", widths, REPORT_STYLES);
  const last = widths.length - 1;
  titles.forEach((line, row) => {
    sheet.merge({ top: row, left: 0, bottom: row, right: last }, line.text, line.style);
    if (line.style !== "paragraph") sheet.height(row, line.style === "title" ? 21 : 18);
  });
  const header = titles.length + 1;
  headers.forEach((text, column) => sheet.put(header, column, text, "tableHeader"));
  sheet.height(header, 2 * LINE_HEIGHT + 3);
  return { sheet, rows: new TableRows(widths), header, last };
}

export function finishTable(table: RecapTable, kind: RecapSheetKind): RecapSheetPlan {
  const top = table.sheet.build(
    { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: table.header, last: table.header } },
    null,
  );
  const { rows } = table;
  return {
    ...top,
    // The titles' cells joined with the body's, as an array: the builder's own order covers the titles alone.
    cells: top.cells.concat(rows.cells),
    cellsInOrder: undefined,
    extent: undefined,
    merges: [...top.merges, ...rows.merges],
    rowHeights: new Map([...top.rowHeights, ...rows.heights]),
    kind,
    frozenRows: table.header + 1,
  };
}

/**
 * A sheet whose body is made each time it is read: a recap of 500 units lists 25,000 indicators,
 * and holding their 275,000 cells while the file is written is what made the recap's memory grow
 * with the number of units.
 */
export function finishLazyTable(table: RecapTable, kind: RecapSheetKind, body: LazyBody): RecapSheetPlan {
  const top = table.sheet.build(
    { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: table.header, last: table.header } },
    null,
  );
  const lastTopRow = top.cells.reduce((max, c) => Math.max(max, c.row), 0);
  function* cellsInOrder(): Iterable<PlanCell> {
    yield* top.cells;
    yield* body.cells();
  }
  return {
    ...top,
    get cells() {
      return [...cellsInOrder()];
    },
    cellsInOrder,
    extent: { lastRow: Math.max(lastTopRow, body.lastRow), lastColumn: top.columnWidths.length - 1 },
    rowHeights: new Map([...top.rowHeights, ...body.heights]),
    kind,
    frozenRows: table.header + 1,
  };
}
