import { Utf8Chunks } from "../../src/xlsx/xml/utf8-chunks";
import { writeWorksheet, type WorksheetCell } from "../../src/xlsx/write/worksheet-xml";

/** Cells made as they are written must come in a sheet's order; a fault of the caller is said, never written. */
const sheet = (cells: Iterable<WorksheetCell>) => ({
  cells,
  styleOf: (cell: WorksheetCell) => cell.style,
  extent: { lastRow: 3, lastColumn: 2 },
  merges: [],
  columnWidths: [10, 10, 10],
  rowHeights: new Map([[0, 15]]),
  print: null,
  rowBreaks: [],
  frozenRows: 0,
  selected: true,
  legacyDrawing: null,
  drawing: null,
});
const cell = (row: number, column: number, value: string | number): WorksheetCell => ({ row, column, value, style: 0 });
function* made(...cells: WorksheetCell[]) {
  yield* cells;
}
const written = (cells: Iterable<WorksheetCell>) => {
  const out = new Utf8Chunks();
  writeWorksheet(sheet(cells), out);
  return new TextDecoder().decode(out.bytes());
};

test("cells given in order, as an iterator, are written row by row with the extent given", () => {
  const xml = written(made(cell(0, 0, "a"), cell(0, 2, 1), cell(3, 1, "b")));
  expect(xml).toContain('<dimension ref="A1:C4"/>');
  expect(xml).toContain(
    '<sheetData><row r="1" ht="15" customHeight="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="C1"><v>1</v></c></row>' +
      '<row r="4"><c r="B4" t="inlineStr"><is><t>b</t></is></c></row></sheetData>',
  );
});

test("a cell out of a sheet's order is refused, not written", () => {
  expect(() => written(made(cell(2, 0, "a"), cell(1, 0, "b")))).toThrow(/out of order/);
  expect(() => written(made(cell(0, 1, "a"), cell(0, 1, "b")))).toThrow(/out of order/);
  expect(() => written(made(cell(0, 2, "a"), cell(0, 1, "b")))).toThrow(/out of order/);
});

test("cells in an array are sorted into order, as before", () => {
  expect(written([cell(3, 1, "b"), cell(0, 0, "a")])).toContain('<c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="4">');
});
