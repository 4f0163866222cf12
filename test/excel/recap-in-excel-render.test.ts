import { execFileSync } from "child_process";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { writeRecapInExcel } from "../../src/excel/recap-in-excel";
import { buildRecap } from "../../src/recap/recap-pipeline";
import { scratchDir } from "../support/cli-run";
import { seedGrids } from "../support/grids";
import { convertWithLibreOffice } from "../support/libreoffice";
import { ARTIFACTS } from "../support/pdf-pages";
import { ALL_CAPABILITIES, excelWith } from "../support/office-double/run";
import { sheetsToXlsx } from "../support/office-double/to-xlsx";
import { ALPHA, BETA, GAMMA, summaryOf } from "../recap/support/units";

/**
 * The recap the Office.js door wrote into a unit's workbook, its three sheets rendered by
 * LibreOffice as printed pages: every figure below is LibreOffice's, computed from the written
 * formulas (Rekap Unit's averages from Rekap Indikator's capaian formulas), and kept in
 * test-artifacts/rekap-excel-*.png to look at.
 */
jest.setTimeout(180_000);

test("the recap written through Office.js prints with the figures worked out by hand for Alpha, Beta and Gamma", async () => {
  const grids = seedGrids();
  const { double, context } = excelWith({ Info: grids.info, Indikator: grids.indikator });
  const plans = buildRecap({
    units: [summaryOf(ALPHA, "kiriman/alpha.xlsx"), summaryOf(BETA, "kiriman/beta.xlsx"), summaryOf(GAMMA, "kiriman/gamma.xlsx")],
    skipped: [],
    expected: null,
  });
  const { sheets } = await writeRecapInExcel(context, ALL_CAPABILITIES, plans);
  const dir = scratchDir();
  const file = join(dir, "rekap-excel.xlsx");
  writeFileSync(file, await sheetsToXlsx(sheets.map((name) => double.sheet(name)!)));
  const pdf = convertWithLibreOffice(file, "pdf", join(dir, "pdf"));
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync("pdftoppm", ["-png", "-r", "70", pdf, join(ARTIFACTS, "rekap-excel")]);
  const lines = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\n");
  const rowOf = (unit: string) => lines.find((line) => line.includes(unit) && line.includes("kiriman/"))!;

  expect(lines.join("\n")).toContain("REKAP LAPORAN KINERJA TRIWULAN IV TAHUN 2023");
  // units.ts: Alpha (90 + 110) / 2 = 100,00, Sangat Tinggi, 1.050 / 1.200 = 87,50 %, efisien;
  // Beta (80 + 80 + 65) / 3 = 75,00, Sedang, 400 / 500 = 80,00 %; Gamma 75,00 from its one capaian.
  expect(rowOf("Dinas Alpha")).toMatch(/100,00\s+Sangat Tinggi\s+1\.200\.000\.000\s+1\.050\.000\.000\s+87,50\s+efisien/);
  expect(rowOf("Dinas Beta")).toMatch(/75,00\s+Sedang\s+500\.000\.000\s+400\.000\.000\s+80,00/);
  expect(rowOf("Kecamatan Gamma")).toMatch(/75,00\s+Sedang/);
  // The last row, recomputed here: (100 + 75 + 75) / 3 = 83,33; 1.450.000.000 / 1.700.000.000 = 85,29 %.
  const total = lines.find((line) => line.includes("Jumlah / Rata-rata"))!;
  expect(total).toMatch(/83,33.*1\.700\.000\.000\s+1\.450\.000\.000\s+85,29/);
});
