import { XMLValidator } from "fast-xml-parser";
import type { ComputedColumnsPlan } from "../../src/workbook/computed-columns";
import { readSheetCells } from "../../src/xlsx/read/sheet-cells";
import { spliceComputedColumns } from "../../src/xlsx/write/computed-splice";
import { NS } from "../support/package-fixture";

/**
 * LAPKIN's columns spliced into Indikator parts as other tools write them: the user's cells keep
 * their bytes and places, LAPKIN's land where the plan says, and the part stays well-formed.
 */
function gridOf(xml: string): unknown[][] {
  const grid: unknown[][] = [];
  readSheetCells(xml, { sharedStrings: [] }, (c) => {
    if (c.value !== null) (grid[c.row] ??= [])[c.column] = c.value;
  });
  return Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null));
}

const plan = (
  rows: { row: number; column: number; value: string | number | null }[],
  clearRows: ComputedColumnsPlan["clearRows"],
): ComputedColumnsPlan => ({
  sheet: "Indikator",
  headerRow: 0,
  columns: [
    { key: "capaian", column: 2, header: "Capaian (%)" },
    { key: "predikat", column: 3, header: "Predikat" },
  ],
  cells: rows.map((r) => ({ ...r, formula: null })),
  clearRows,
});

test("x: prefixes, rows and cells without r, a missing row, an earlier LAPKIN value and a user's cell right of the block", () => {
  const xml =
    `<?xml version="1.0"?><x:worksheet xmlns:x="${NS.main}"><x:dimension ref="A1:E3"/><x:sheetData>` +
    `<x:row><x:c t="inlineStr"><x:is><x:t>Indikator</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row>` +
    `<x:row r="3" spans="1:5"><x:c r="A3" s="0"><x:v>3</x:v></x:c><x:c r="D3" s="7"><x:v>99</x:v></x:c><x:c r="E3"><x:v>5</x:v></x:c></x:row>` +
    `</x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`;
  const { xml: out, cellsReplaced } = spliceComputedColumns(
    xml,
    plan(
      [
        { row: 1, column: 2, value: 50 },
        { row: 2, column: 2, value: 60 },
        { row: 2, column: 3, value: "Baik & <benar>" },
      ],
      { from: 1, to: 2 },
    ),
    4,
  );
  expect(XMLValidator.validate(out)).toBe(true);
  expect(gridOf(out)).toEqual([
    ["Indikator", 1, "Capaian (%)", "Predikat"],
    [null, null, 50],
    [3, null, 60, "Baik & <benar>", 5],
  ]);
  expect(cellsReplaced).toBe(1);
  // The user's cells keep their bytes; LAPKIN's earlier cell keeps the user's style; new rows and cells carry r.
  expect(out).toContain(`<x:c r="E3"><x:v>5</x:v></x:c>`);
  expect(out).toContain(`<x:c r="A3" s="0"><x:v>3</x:v></x:c>`);
  expect(out).toContain(`<x:c r="D3" s="7" t="inlineStr">`);
  expect(out).toContain(`<x:row r="1">`);
  expect(out).toContain(`<x:row r="2"><x:c r="C2"><x:v>50</x:v></x:c></x:row>`);
  expect(out).toContain(`spans="1:5"`);
  expect(out).toContain(`<x:dimension ref="A1:E3"/>`);
  expect(out).toContain(`<x:c r="C1" s="4" t="inlineStr"><x:is><x:t>Capaian (%)</x:t></x:is></x:c>`);
  expect(
    out.endsWith(
      `</x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`,
    ),
  ).toBe(true);
});

test("an empty row tag and a sheet without a dimension get LAPKIN's cells, and a dimension that covers them", () => {
  const xml = `<worksheet xmlns="${NS.main}"><sheetData><row r="1"><c r="A1"><v>7</v></c></row><row r="2"/></sheetData></worksheet>`;
  const { xml: out } = spliceComputedColumns(xml, plan([{ row: 1, column: 3, value: "Tinggi" }], null), 1);
  expect(XMLValidator.validate(out)).toBe(true);
  expect(gridOf(out)).toEqual([
    [7, null, "Capaian (%)", "Predikat"],
    [null, null, null, "Tinggi"],
  ]);
  expect(out).toContain(`<dimension ref="A1:D2"/><sheetData>`);
});

test("an empty sheetData receives LAPKIN's rows", () => {
  const xml = `<worksheet xmlns="${NS.main}"><sheetData/></worksheet>`;
  const { xml: out } = spliceComputedColumns(xml, plan([{ row: 2, column: 2, value: 1.5 }], null), 0);
  expect(XMLValidator.validate(out)).toBe(true);
  expect(gridOf(out)).toEqual([[null, null, "Capaian (%)", "Predikat"], [], [null, null, 1.5]]);
});
