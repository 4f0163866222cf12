import type { SheetPlan } from "../workbook/plan";
import { rectAddress } from "./area-addresses";
import { areaSteps, type FormatWrite } from "./area-steps";
import type { HostCapabilities } from "./capabilities";
import { formulaCell } from "./cell-text";
import { heightSteps, mergeSteps, widthSteps } from "./layout-steps";
import { matrixSteps, type MatrixCell } from "./matrix-steps";
import { noteSteps } from "./note-steps";
import { pageSteps } from "./page-steps";
import { actionBytes, pathBytes } from "./request-size";
import { styleAreas } from "./style-areas";
import { styleWrite } from "./style-write";
import { WORKBOOK, WORKSHEETS, type WriteStep } from "./write-step";

/**
 * A plan written as a new, hidden worksheet under a temporary name, step by step: number formats
 * and formulas as blocks of rows, each style on all its rectangles at once, merges, widths and
 * heights, notes, page setup. Nothing here syncs; swap-step.ts later gives the sheet its name and
 * place in one go. Any sheet plan will do, whatever its kind (a report's or a recap's).
 */
export function sheetSteps(plan: Omit<SheetPlan, "kind">, sheet: string, capabilities: HostCapabilities): WriteStep[] {
  return [
    addSheetStep(sheet),
    ...contentSteps(plan, sheet),
    ...[...styleAreas(plan.cells)].flatMap(([style, rects]) =>
      areaSteps(
        sheet,
        rects.map((rect) => ({ address: rectAddress(rect), rect })),
        styleWrite(plan.styles[style]),
        capabilities.rangeAreas,
      ),
    ),
    ...mergeSteps(plan, sheet),
    ...widthSteps(plan, sheet, capabilities.rangeAreas),
    ...heightSteps(plan, sheet, capabilities.rangeAreas),
    ...noteSteps(plan, sheet, capabilities),
    ...(capabilities.pageLayout ? pageSteps(plan, sheet) : []),
  ];
}

function addSheetStep(sheet: string): WriteStep {
  return {
    bytes: pathBytes("method", "Add", [sheet]) + actionBytes("set", "Visibility", ["Hidden"]),
    shares: [WORKBOOK, WORKSHEETS],
    queue: (scope) => {
      // Hidden until it is complete: the user never sees a half-written sheet.
      scope.context.workbook.worksheets.add(sheet).visibility = "Hidden";
    },
  };
}

/** Number formats, then formulas and values, as matrices of the used rectangle; the sheet's font on all of it. */
function contentSteps(plan: Omit<SheetPlan, "kind">, sheet: string): WriteStep[] {
  const rows = plan.cells.reduce((max, c) => Math.max(max, c.row + 1), 0);
  const columns = plan.cells.reduce((max, c) => Math.max(max, c.column + 1), plan.columnWidths.length);
  if (rows === 0) return [];
  const formulas: MatrixCell[][] = Array.from({ length: rows }, () => Array<MatrixCell>(columns).fill(""));
  // null leaves a cell's format as it is: General, on a new sheet.
  const formats: MatrixCell[][] = Array.from({ length: rows }, () => Array<MatrixCell>(columns).fill(null));
  for (const cell of plan.cells) {
    formulas[cell.row]![cell.column] = formulaCell(cell.value, cell.formula);
    formats[cell.row]![cell.column] =
      cell.numberFormat ?? (cell.style ? plan.styles[cell.style].numberFormat : undefined) ?? null;
  }
  const whole = { address: "", rect: { top: 0, left: 0, bottom: rows - 1, right: columns - 1 } };
  return [
    ...matrixSteps(sheet, 0, 0, formats, "numberFormat", { skip: (row) => row.every((f) => f === null) }),
    ...matrixSteps(sheet, 0, 0, formulas, "formulas", { skip: (row) => row.every((v) => v === "") }),
    ...areaSteps(sheet, [whole], SHEET_FONT, false),
  ];
}

const SHEET_FONT: FormatWrite = {
  bytes: pathBytes("property", "Font") + actionBytes("set", "Name", ["Calibri"]) + actionBytes("set", "Size", [11]),
  apply: (format) => {
    format.font.name = "Calibri";
    format.font.size = 11;
  },
};
