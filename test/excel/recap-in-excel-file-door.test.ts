import ExcelJS from "exceljs";
import { buildWorkbook } from "../../src/workbook/pipeline";
import { generateReport, workbookFromGrids } from "../../src/xlsx/generate";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { seedGrids } from "../support/grids";
import { partText } from "../support/package-fixture";

/**
 * A unit workbook that got the kabupaten recap inside Excel, then saved and given to `lapkin
 * laporan` (the file door): the report's marks are rewritten, the recap's stay as Excel left them.
 */
const RECAP_MARKS = {
  _LAPKIN_SHEET_REKAP_UNIT: "'Rekap Unit'!$A$1",
  _LAPKIN_SHEET_REKAP_INDIKATOR: "'Rekap Indikator'!$A$1",
  _LAPKIN_SHEET_MASALAH: "Masalah!$A$1",
};

/** The seed unit's workbook with three recap sheets and their marks, as Excel saves them. */
async function unitWithRecap(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await workbookFromGrids(seedGrids())) as unknown as ExcelJS.Buffer);
  for (const [name, reference] of Object.entries(RECAP_MARKS)) {
    const sheet = book.addWorksheet(reference.split("!")[0]!.replace(/'/g, ""));
    sheet.getCell("A1").value = `REKAP ${sheet.name}`;
    book.definedNames.add(reference, name);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function laporan(file: Uint8Array): Promise<Uint8Array> {
  const loaded = await loadWorkbook(file, "unit.xlsx");
  if (!loaded.ok) throw new Error(loaded.message);
  const plans = buildWorkbook(loaded.snapshot);
  if (!plans.ok) throw new Error(plans.message);
  return generateReport(loaded.handle, plans);
}

/** Every defined name of workbook.xml as name -> text. */
function definedNames(file: Uint8Array): [string, string][] {
  const xml = partText(file, "xl/workbook.xml");
  return [...xml.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)<\/definedName>/g)].map((m) => [
    m[1]!,
    m[2]!.replace(/&apos;/g, "'"),
  ]);
}

test("lapkin laporan on a workbook holding a recap keeps the recap's marks, once each, through two regenerations", async () => {
  const first = await laporan(await unitWithRecap());
  const second = await laporan(first);
  for (const output of [first, second]) {
    const names = definedNames(output);
    const lapkin = names.filter(([name]) => name.startsWith("_LAPKIN_")).map(([name]) => name);
    expect(new Set(lapkin).size).toBe(lapkin.length);
    for (const [name, reference] of Object.entries(RECAP_MARKS)) expect(names).toContainEqual([name, reference]);
    expect(names).toContainEqual(["_LAPKIN_SHEET_LAPORAN", "Laporan!$A$1"]);
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(second as unknown as ExcelJS.Buffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(["Info", "Indikator", "Rekap Unit", "Rekap Indikator", "Masalah", "Laporan"]),
  );
  expect(book.getWorksheet("Rekap Unit")!.getCell("A1").value).toBe("REKAP Rekap Unit");
});
