import ExcelJS from "exceljs";
import fc from "fast-check";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import type { CellValue } from "../../src/workbook/cells";
import { gridByExcelJs } from "../support/exceljs-grid";

/**
 * The reader against ExcelJS's reader: random Info and Indikator sheets written by ExcelJS (numbers,
 * text with XML's special characters and any Unicode, booleans, formulas with cached results,
 * percent and date formats, empty rows and columns) read by both give the same values and formats.
 */
jest.setTimeout(120_000);

type Written = { value: ExcelJS.CellValue; numFmt?: string };

// Text without control characters (ExcelJS writes them raw, which no reader accepts) and without
// Excel's _xHHHH_ escapes (Excel reads "_x0041_" as "A"; ExcelJS keeps it as written).
const text = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom("<", ">", "&", '"', "'", " ", "\n", "é", "₹", "漢", "😀", "Rp", "84,87"),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
    ),
  })
  // eslint-disable-next-line no-control-regex -- control characters are what is filtered out
  .filter((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(s) && !/_x[0-9a-fA-F]{4}_/.test(s));

const number = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);

const cell: fc.Arbitrary<Written | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: number.map((value) => ({ value })) },
  { weight: 3, arbitrary: text.filter((s) => s.length > 0).map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.boolean().map((value) => ({ value })) },
  { weight: 1, arbitrary: number.map((result) => ({ value: { formula: "1+1", result } })) },
  { weight: 1, arbitrary: text.filter((s) => s.length > 0).map((result) => ({ value: { formula: '"a"&"b"', result } })) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 2, noNaN: true }).map((value) => ({ value, numFmt: "0.00%" })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1 }).map((value) => ({ value, numFmt: "0%" })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 60000 }).map((value) => ({ value, numFmt: "dd/mm/yyyy" })) },
  { weight: 1, arbitrary: fc.constant({ value: { error: "#N/A" } as ExcelJS.CellErrorValue }) },
);

const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });

async function written(info: (Written | null)[][], indikator: (Written | null)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of [
    ["Info", info],
    ["Indikator", indikator],
  ] as const) {
    const sheet = book.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c) return;
        const target = sheet.getCell(r + 1, col + 1);
        target.value = c.value;
        if (c.numFmt) target.numFmt = c.numFmt;
      }),
    );
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Dates ExcelJS hands back pass through milliseconds: compared to the millisecond. */
const rounded = (rows: readonly (readonly CellValue[])[]) =>
  rows.map((row) => row.map((v) => (typeof v === "number" ? Math.round(v * 86_400_000) / 86_400_000 : v)));

test("random sheets read the same by LAPKIN's reader and by ExcelJS", async () => {
  await fc.assert(
    fc.asyncProperty(grid, grid, async (info, indikator) => {
      const bytes = await written(info, indikator);
      const ours = await loadWorkbook(bytes, "acak.xlsx");
      if (!ours.ok) throw new Error(ours.message);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      for (const [name, sheet] of [
        ["Info", ours.snapshot.info],
        ["Indikator", ours.snapshot.indikator],
      ] as const) {
        const theirs = gridByExcelJs(book.getWorksheet(name)!);
        expect(rounded(sheet!.grid)).toEqual(rounded(theirs.grid));
        expect(sheet!.formats).toEqual(theirs.formats);
      }
    }),
    { numRuns: 60 },
  );
});
