import { a1, sheetA1 } from "../workbook/a1";
import type { SheetPlan } from "../workbook/plan";
import { columnsAddress, indexRuns, rectAddress, rowsAddress } from "./area-addresses";
import { areaSteps, type Area } from "./area-steps";
import type { HostCapabilities } from "./capabilities";
import { formulaCell } from "./cell-text";
import { mergeCalls } from "./merge-calls";
import { matrixSteps, type MatrixCell } from "./matrix-steps";
import { actionBytes, pathBytes } from "./request-size";
import { styleAreas } from "./style-areas";
import { styleWrite } from "./style-write";
import {
  sharedOfSheet,
  sharedOfWorkbook,
  sharedSheet,
  WORKBOOK,
  WORKSHEETS,
  type SharedObject,
  type WriteStep,
} from "./write-step";

/** Excel column width in characters to the points Range.format.columnWidth takes. */
const pointsForCharacters = (characters: number) => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

/**
 * A plan written as a new, hidden worksheet under a temporary name, step by step: number formats
 * and formulas as blocks of rows, each style on all its rectangles at once, merges, widths and
 * heights, notes (ExcelApi 1.18) or comments (1.10), page setup and breaks (1.9). Nothing here
 * syncs; swap-step.ts later gives the sheet its name and place in one go.
 */
export function sheetSteps(plan: SheetPlan, sheet: string, capabilities: HostCapabilities): WriteStep[] {
  const rows = plan.cells.reduce((max, c) => Math.max(max, c.row + 1), 0);
  const columns = plan.cells.reduce((max, c) => Math.max(max, c.column + 1), plan.columnWidths.length);
  const formulas: MatrixCell[][] = Array.from({ length: rows }, () => Array<MatrixCell>(columns).fill(""));
  // null leaves a cell's format as it is: General, on a new sheet.
  const formats: MatrixCell[][] = Array.from({ length: rows }, () => Array<MatrixCell>(columns).fill(null));
  for (const cell of plan.cells) {
    formulas[cell.row]![cell.column] = formulaCell(cell.value, cell.formula);
    formats[cell.row]![cell.column] =
      cell.numberFormat ?? (cell.style ? plan.styles[cell.style].numberFormat : undefined) ?? null;
  }
  const whole: Area = { address: "", rect: { top: 0, left: 0, bottom: Math.max(0, rows - 1), right: Math.max(0, columns - 1) } };

  return [
    addSheetStep(sheet),
    ...matrixSteps(sheet, 0, 0, formats, "numberFormat", { skip: (row) => row.every((f) => f === null) }),
    ...matrixSteps(sheet, 0, 0, formulas, "formulas", { skip: (row) => row.every((v) => v === "") }),
    ...(rows > 0 ? areaSteps(sheet, [whole], fontWrite("Calibri", 11), false) : []),
    ...[...styleAreas(plan.cells)].flatMap(([style, rects]) =>
      areaSteps(
        sheet,
        rects.map((rect) => ({ address: rectAddress(rect), rect })),
        styleWrite(plan.styles[style]),
        capabilities.rangeAreas,
      ),
    ),
    ...mergeCalls(plan.merges).map(({ rect, across }) => {
      const args = [rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1] as const;
      return step(
        sharedSheet(sheet),
        pathBytes("method", "GetRangeByIndexes", args) + actionBytes("call", "Merge", [across]),
        (scope) =>
          scope
            .sheet(sheet)
            .getRangeByIndexes(...args)
            .merge(across),
      );
    }),
    ...groupBy(plan.columnWidths.map((width, column) => [column, pointsForCharacters(width)] as const)).flatMap(
      ([points, indexes]) =>
        areaSteps(
          sheet,
          indexRuns(indexes).map(([left, right]) => ({
            address: columnsAddress(left, right),
            rect: { top: 0, left, bottom: 0, right },
          })),
          { bytes: actionBytes("set", "ColumnWidth", [points]), apply: (format) => (format.columnWidth = points) },
          capabilities.rangeAreas,
        ),
    ),
    ...groupBy([...plan.rowHeights]).flatMap(([height, indexes]) =>
      areaSteps(
        sheet,
        indexRuns(indexes).map(([top, bottom]) => ({
          address: rowsAddress(top, bottom),
          rect: { top, left: 0, bottom, right: 0 },
        })),
        { bytes: actionBytes("set", "RowHeight", [height]), apply: (format) => (format.rowHeight = height) },
        capabilities.rangeAreas,
      ),
    ),
    ...plan.notes.flatMap((note) => noteSteps(sheet, note.row, note.column, note.text, capabilities)),
    ...(capabilities.pageLayout ? pageSteps(plan, sheet) : []),
  ];
}

function addSheetStep(sheet: string): WriteStep {
  return step(
    [WORKBOOK, WORKSHEETS],
    pathBytes("method", "Add", [sheet]) + actionBytes("set", "Visibility", ["Hidden"]),
    (scope) => {
      // Hidden until it is complete: the user never sees a half-written sheet.
      scope.context.workbook.worksheets.add(sheet).visibility = "Hidden";
    },
  );
}

function noteSteps(sheet: string, row: number, column: number, text: string, capabilities: HostCapabilities): WriteStep[] {
  const cell = a1(row, column);
  if (capabilities.notes) {
    return [
      step(sharedOfSheet(sheet, "Notes"), pathBytes("method", "Add", [cell, text]), (scope) =>
        scope.sheet(sheet).notes.add(cell, text),
      ),
    ];
  }
  if (capabilities.comments) {
    // A comment's address names its sheet.
    const address = sheetA1(sheet, row, column);
    return [
      step(sharedOfWorkbook("Comments"), pathBytes("method", "Add", [address, text, null]), (scope) =>
        scope.context.workbook.comments.add(address, text),
      ),
    ];
  }
  // Without either, the flags are still written out in the Keterangan column.
  return [];
}

function pageSteps(plan: SheetPlan, sheet: string): WriteStep[] {
  const orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
  const zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const titles = plan.print.repeatRows ? `$${plan.print.repeatRows.first + 1}:$${plan.print.repeatRows.last + 1}` : null;
  const setup = step(
    sharedOfSheet(sheet, "PageLayout"),
    actionBytes("set", "PaperSize", ["A4"]) +
      actionBytes("set", "Orientation", [orientation]) +
      (plan.print.fitToWidth ? actionBytes("set", "Zoom", [zoom]) : 0) +
      (titles ? actionBytes("call", "SetPrintTitleRows", [titles]) : 0),
    (scope) => {
      const layout = scope.sheet(sheet).pageLayout;
      layout.paperSize = "A4";
      layout.orientation = orientation;
      if (plan.print.fitToWidth) layout.zoom = zoom;
      if (titles) layout.setPrintTitleRows(titles);
    },
  );
  const breaks = plan.rowBreaks.map((row) =>
    step(sharedOfSheet(sheet, "HorizontalPageBreaks"), pathBytes("method", "Add", [`A${row + 1}`]), (scope) =>
      scope.sheet(sheet).horizontalPageBreaks.add(`A${row + 1}`),
    ),
  );
  return [setup, ...breaks];
}

function fontWrite(name: string, size: number) {
  return {
    bytes: pathBytes("property", "Font") + actionBytes("set", "Name", [name]) + actionBytes("set", "Size", [size]),
    apply: (format: Excel.RangeFormat) => {
      format.font.name = name;
      format.font.size = size;
    },
  };
}

function step(shares: readonly SharedObject[], bytes: number, queue: WriteStep["queue"]): WriteStep {
  return { bytes, shares, queue };
}

/** [index, value] pairs grouped by value: the rows of each height, the columns of each width. */
function groupBy(pairs: readonly (readonly [number, number])[]): [number, number[]][] {
  const groups = new Map<number, number[]>();
  for (const [index, value] of pairs) {
    const list = groups.get(value) ?? [];
    list.push(index);
    groups.set(value, list);
  }
  return [...groups];
}
