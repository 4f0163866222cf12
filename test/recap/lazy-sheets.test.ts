import ExcelJS from "exceljs";
import { buildRecap } from "../../src/recap/recap-pipeline";
import type { RecapSheetPlan } from "../../src/recap/recap-sheet";
import { workbookFromPlans } from "../../src/xlsx/generate";
import { seedGrids } from "../support/grids";
import { ALPHA, BETA, GAMMA, summaryOf } from "./support/units";

/**
 * Rekap Indikator and Masalah are long tables made each time they are read, so the file door
 * writes them without holding them. A person opening the file sees exactly what the plan says:
 * every cell, every row's height, the sheet's extent; and the plan gives the same cells each time.
 */
const plans = buildRecap({
  units: [
    summaryOf(GAMMA, "gamma.xlsx"),
    summaryOf(seedGrids(), "klakah.xlsx"),
    summaryOf(BETA, "beta.xlsx"),
    summaryOf(ALPHA, "alpha.xlsx"),
  ],
  skipped: [],
  expected: null,
});
const lazy = plans.sheets.filter((s): s is RecapSheetPlan => ["Rekap Indikator", "Masalah"].includes(s.name));

test("the long tables are made on demand, the same cells each time, in row order", () => {
  expect(lazy.map((s) => s.name)).toEqual(["Rekap Indikator", "Masalah"]);
  expect(lazy.every((s) => s.cellsInOrder !== undefined)).toBe(true);
  for (const sheet of lazy) {
    const first = sheet.cells;
    expect(sheet.cells).not.toBe(first);
    expect(sheet.cells).toEqual(first);
    expect([...sheet.cellsInOrder!()]).toEqual(first);
    const ordered = first.every(
      (c, i) => i === 0 || c.row > first[i - 1]!.row || (c.row === first[i - 1]!.row && c.column > first[i - 1]!.column),
    );
    expect(ordered).toBe(true);
    expect(sheet.extent!.lastRow).toBe(Math.max(...first.map((c) => c.row)));
    for (const cell of first) expect(sheet.rowHeights.has(cell.row)).toBe(true);
  }
});

test("written to a file, each long table reads back cell for cell with its rows' heights", async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(workbookFromPlans(plans) as unknown as ExcelJS.Buffer);
  for (const sheet of lazy) {
    const read = book.getWorksheet(sheet.name)!;
    expect(read.dimensions.bottom).toBe(sheet.extent!.lastRow + 1);
    for (const cell of sheet.cells) {
      const written = read.getCell(cell.row + 1, cell.column + 1);
      if (cell.formula) expect((written.value as ExcelJS.CellFormulaValue).formula).toBe(cell.formula.replace(/^=/, ""));
      else expect(written.value).toBe(cell.value);
    }
    for (const [row, height] of sheet.rowHeights) expect(read.getRow(row + 1).height).toBe(height);
  }
});
