import ExcelJS from "exceljs";
import { sampleGrids, templateGrids } from "../../src/workbook/sample-workbook";
import { LINE_HEIGHT, textHeight } from "../../src/workbook/sheet-builder";
import { workbookFromGrids } from "../../src/xlsx/generate";
import { gridByExcelJs } from "../support/exceljs-grid";

/**
 * The sample workbook (`lapkin contoh`, the pane's "contoh") is laid out to be read: its values
 * exactly as the grids hold them, each column as wide as its longest entry (within 8 to 48
 * characters), a longer text wrapped with its row tall enough, amounts with thousands separators.
 * Read back by ExcelJS, independently of LAPKIN's writer.
 */
async function written(grids: ReturnType<typeof sampleGrids>) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await workbookFromGrids(grids)) as unknown as ExcelJS.Buffer);
  return { info: book.getWorksheet("Info")!, indikator: book.getWorksheet("Indikator")! };
}

const lengthOf = (value: unknown) => (value === null ? 0 : value instanceof Date ? 10 : String(value).length);

test.each([
  ["the sample", sampleGrids()],
  ["the empty template", templateGrids()],
])("%s: every value as in its grid, every column wide enough or its text wrapped", async (_, grids) => {
  const sheets = await written(grids);
  for (const [sheet, grid] of [
    [sheets.info, grids.info],
    [sheets.indikator, grids.indikator],
  ] as const) {
    const serial = (v: unknown) => (v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : v);
    const expected = grid.map((row) => row.map(serial));
    const dense = (rows: unknown[][]) =>
      rows
        .map((row) => {
          const r = [...row];
          while (r.length && r[r.length - 1] === null) r.pop();
          return r;
        })
        .filter((r, i, all) => r.length || all.slice(i).some((x) => x.length));
    expect(dense(gridByExcelJs(sheet).grid)).toEqual(dense(expected));

    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        // The file stores a width with Excel's few pixels of cell padding (48 characters as 48.71).
        const width = Math.floor(sheet.getColumn(c + 1).width!);
        expect(width).toBeGreaterThanOrEqual(8);
        expect(width).toBeLessThanOrEqual(48);
        const cell = sheet.getCell(r + 1, c + 1);
        if (typeof value !== "string" || lengthOf(value) + 2 <= width) return;
        // Too long for the widest column: wrapped, and its row as tall as the wrapped lines need.
        expect(cell.alignment?.wrapText).toBe(true);
        const needed = textHeight(value, width);
        if (needed > LINE_HEIGHT) expect(sheet.getRow(r + 1).height).toBeGreaterThanOrEqual(needed);
      }),
    );
  }
});

test("labels are bold; amounts print with thousands separators and the year as it is written", async () => {
  const grids = sampleGrids();
  const { info, indikator } = await written(grids);
  expect(info.getCell("A1").font?.bold).toBe(true);
  expect(info.getCell("B1").font?.bold).toBeFalsy();
  expect(indikator.getCell("A1").font?.bold).toBe(true);
  const tahun = grids.info.findIndex((row) => row[0] === "Tahun");
  expect(info.getCell(tahun + 1, 2).numFmt ?? "General").not.toContain("#,##0");
  const header = grids.indikator[0]!;
  for (const title of ["Anggaran", "Realisasi Anggaran s.d. Tahun Lalu"]) {
    const anggaran = header.indexOf(title);
    expect(anggaran).toBeGreaterThanOrEqual(0);
    const amounts = grids.indikator
      .slice(1)
      .map((row, i) => [row[anggaran], i + 2] as const)
      .filter(([v]) => typeof v === "number" && v >= 1000);
    expect(amounts.length).toBeGreaterThan(0);
    for (const [, row] of amounts) expect(indikator.getCell(row, anggaran + 1).numFmt).toBe("#,##0");
  }
});
