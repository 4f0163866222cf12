import ExcelJS from "exceljs";
import { buildRecap } from "../../src/recap/recap-pipeline";
import { workbookFromPlans } from "../../src/xlsx/generate";
import { unitFromBytes } from "../../src/xlsx/read-unit";
import { ALPHA, ALPHA_EXPECTED, summaryOf } from "../recap/support/units";

/** A unit's workbook as the recap reads it: its own report, or no unit's at all when it is a recap LAPKIN wrote. */
async function alphaWithRecapSheet(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Info").addRows(ALPHA.info as ExcelJS.CellValue[][]);
  book.addWorksheet("Indikator").addRows(ALPHA.indikator as ExcelJS.CellValue[][]);
  book.addWorksheet("Rekap Unit").addRow(["REKAP LAPORAN KINERJA"]);
  // The mark the pane leaves when it writes a recap into the open workbook.
  book.definedNames.add("'Rekap Unit'!$A$1", "_LAPKIN_SHEET_REKAP_UNIT");
  return new Uint8Array(await book.xlsx.writeBuffer());
}

test("a recap LAPKIN wrote is skipped, named as such, not read as a unit", async () => {
  const recap = buildRecap({ units: [summaryOf(ALPHA, "alpha.xlsx")], skipped: [], expected: null });
  const read = await unitFromBytes(workbookFromPlans(recap), "rekap-lama.xlsx");
  expect(read.ok).toBe(false);
  if (!read.ok) expect(read.problem).toMatchObject({ kode: "REKAP_DILEWATI", file: "rekap-lama.xlsx" });
});

test("a unit's workbook that also holds a recap written into it is still that unit's report", async () => {
  const read = await unitFromBytes(await alphaWithRecapSheet(), "alpha.xlsx");
  if (!read.ok) throw new Error(read.problem.pesan);
  expect([read.unit.unitKerja, read.unit.rataRataCapaian, read.unit.penyerapan]).toEqual([
    ALPHA_EXPECTED.unit,
    ALPHA_EXPECTED.rataRata,
    ALPHA_EXPECTED.penyerapan,
  ]);
});
