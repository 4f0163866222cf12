import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "fs";
import { join } from "path";
import { benchGrids } from "../../bench/generate";
import { generateInExcel } from "../../src/excel/generate-in-excel";
import { lapkin, readBook, scratchDir, writeWorkbook } from "../support/cli-run";
import { ALL_CAPABILITIES, contentsOf, excelWith } from "../support/office-double/run";

/**
 * Evaluasi Renja's header printed on every page as print titles, in both doors: the file written
 * by `lapkin laporan` names exactly the header's rows in its `_xlnm.Print_Titles`, the Office.js
 * door sets them as the sheet's print title rows, and in each the header's texts are written once.
 */
jest.setTimeout(60_000);

const SHEET = "Evaluasi Renja";
const INDICATORS = 200;
/** Texts of each of the header's three rows: a caption, K / Rp, the column numbers. */
const CAPTION = "Indikator Kinerja Program (outcome) / Kegiatan (output)";
const LAST_CAPTION = "Perangkat Daerah penanggung jawab";
const COLUMN_NUMBERS = ["14 = 7 + 13", "15 = 14 / 6 x 100", "13 / 8 x 100", "16"];

/** Rows (1-based) holding `text`, from "r:c" (0-based) keys of a sheet's contents. */
const rowsWith = (contents: Map<string, unknown>, text: string) =>
  [...contents].filter(([, value]) => value === text).map(([key]) => Number(key.split(":")[0]) + 1);

describe(`Evaluasi Renja of ${INDICATORS} indicators, its header as print titles`, () => {
  test("the file door: _xlnm.Print_Titles of the sheet names its header rows, 5 to 7, and the header is written once", async () => {
    const dir = scratchDir();
    const input = await writeWorkbook(dir, "dua-ratus.xlsx", benchGrids(INDICATORS));
    const output = join(dir, "hasil.xlsx");
    expect((await lapkin("laporan", input, "-o", output, "--dokumen", "evaluasi")).status).toBeLessThan(2);

    const workbook = strFromU8(unzipSync(readFileSync(output))["xl/workbook.xml"]!);
    const sheets = [...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    const titles = [...workbook.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d+)">([^<]*)</g)]
      .filter((m) => sheets[Number(m[1])] === SHEET)
      .map((m) => m[2]);
    expect(titles).toEqual([`'${SHEET}'!$5:$7`]);

    // The rows it names hold the header: captions on 5, K / Rp on 6, the column numbers on 7; each text once.
    const sheet = (await readBook(output)).getWorksheet(SHEET)!;
    const contents = new Map<string, unknown>();
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (!cell.isMerged || cell.master.address === cell.address) contents.set(`${r - 1}:${c - 1}`, cell.value);
      }),
    );
    expect(rowsWith(contents, "No")).toEqual([5]);
    expect(rowsWith(contents, CAPTION)).toEqual([5]);
    expect(rowsWith(contents, LAST_CAPTION)).toEqual([5]);
    expect(rowsWith(contents, "K")).toEqual(Array(10).fill(6));
    for (const text of COLUMN_NUMBERS) expect(rowsWith(contents, text)).toEqual([7]);
    expect(sheet.pageSetup.printTitlesRow).toBe("5:7");
  });

  test("the Excel door: the sheet's print title rows are its header rows, 5 to 7, and the header is written once", async () => {
    const { info, indikator } = benchGrids(INDICATORS);
    const { double, context } = excelWith({ Info: info, Indikator: indikator });
    expect((await generateInExcel(context, ALL_CAPABILITIES, { documents: ["evaluasi"] })).ok).toBe(true);

    expect(double.sheet(SHEET)!.pageLayout.printTitleRows).toBe("$5:$7");
    const contents = contentsOf(double, SHEET);
    expect(rowsWith(contents, "No")).toEqual([5]);
    expect(rowsWith(contents, CAPTION)).toEqual([5]);
    expect(rowsWith(contents, LAST_CAPTION)).toEqual([5]);
    expect(rowsWith(contents, "K")).toEqual(Array(10).fill(6));
    for (const text of COLUMN_NUMBERS) expect(rowsWith(contents, text)).toEqual([7]);
    // The header's merges written once: a handful, not one set per printed page.
    const merged = double.operations.filter((op) => op.startsWith("merge ")).length;
    expect(merged).toBeLessThan(50);
  });
});
