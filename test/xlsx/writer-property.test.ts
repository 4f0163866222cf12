import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellValue } from "../../src/workbook/cells";
import { workbookFromGrids } from "../../src/xlsx/generate";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { gridByExcelJs } from "../support/exceljs-grid";

/**
 * Whatever a user typed comes back as typed: random grids written by LAPKIN's writer read the same
 * by LAPKIN's reader and by ExcelJS. Characters XML 1.0 cannot hold are the one loss, and they are
 * dropped rather than written into a file Excel would refuse.
 */
jest.setTimeout(120_000);

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom("<", ">", "&", '"', "'", " ", "\n", "\t", "\u0001", "\ufffe", "_x0041_", "_x", "=", "+62", "é", "漢", "😀"),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
});
const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  text,
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
);
const grid = fc.array(fc.array(value, { maxLength: 6 }), { minLength: 1, maxLength: 8 });

/** The grid as typed, less the forbidden characters; an empty text as no value where the reader says so. */
const typed = (rows: CellValue[][], emptyTextAsNone = false) => {
  const out: CellValue[][] = rows.map((row) =>
    row.map((v) => (typeof v === "string" ? v.replace(FORBIDDEN, "") : v)).map((v) => (emptyTextAsNone && v === "" ? null : v)),
  );
  // What a reader sees: rows trimmed after their last value, trailing empty rows gone.
  const trimmed = out.map((row) =>
    row.slice(
      0,
      row.reduce<number>((last, v, i) => (v === null ? last : i + 1), 0),
    ),
  );
  while (trimmed.length && trimmed[trimmed.length - 1]!.length === 0) trimmed.pop();
  return trimmed;
};

test("random text, numbers and booleans written by LAPKIN read back as typed, by LAPKIN and by ExcelJS", async () => {
  await fc.assert(
    fc.asyncProperty(grid, async (info) => {
      const bytes = await workbookFromGrids({ info, indikator: [["Level"]] });
      const loaded = await loadWorkbook(bytes, "acak.xlsx");
      if (!loaded.ok) throw new Error(loaded.message);
      expect(loaded.snapshot.info!.grid).toEqual(typed(info));
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      // ExcelJS doesn't read Excel's _xHHHH_ escapes back, and takes an empty text for an empty cell.
      if (!info.flat().some((v) => typeof v === "string" && /_x[0-9a-fA-F]{4}_/.test(v))) {
        expect(gridByExcelJs(book.getWorksheet("Info")!).grid).toEqual(typed(info, true));
      }
    }),
    { numRuns: 80 },
  );
});
