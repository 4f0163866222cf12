import { execFileSync } from "child_process";
import { mkdirSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { generateInExcel } from "../../src/excel/generate-in-excel";
import { scratchDir } from "../support/cli-run";
import { seedGrids } from "../support/grids";
import { convertWithLibreOffice } from "../support/libreoffice";
import { ALL_CAPABILITIES, excelWith } from "../support/office-double/run";
import { sheetToXlsx } from "../support/office-double/to-xlsx";

/**
 * What the Office.js door wrote into the double, rendered by LibreOffice as a printed page (its
 * native formulas recomputed there), kept in test-artifacts/laporan-excel-*.png to look at.
 */
const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts");
jest.setTimeout(180_000);

test("the Laporan sheet written through Office.js renders as the report, its figures recomputed", async () => {
  const grids = seedGrids();
  const { double, context } = excelWith({ Info: grids.info, Indikator: grids.indikator });
  await generateInExcel(context, ALL_CAPABILITIES);
  const dir = scratchDir();
  const file = join(dir, "laporan-excel.xlsx");
  writeFileSync(file, await sheetToXlsx(double.sheet("Laporan")!));
  const pdf = convertWithLibreOffice(file, "pdf", join(dir, "pdf"));
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync("pdftoppm", ["-png", "-r", "80", pdf, join(ARTIFACTS, "laporan-excel")]);
  expect(readdirSync(ARTIFACTS).some((f) => /^laporan-excel-\d+\.png$/.test(f))).toBe(true);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  expect(text).toContain("LAPORAN KINERJA TRIWULAN IV TAHUN 2023");
  // The seed's figures (shared/seed): Indonesian number formats, the derived ones computed by LibreOffice.
  for (const figure of ["2.180.922.481", "2.066.201.000", "94,74", "84,87", "94,30", "98,34"]) expect(text).toContain(figure);
});
