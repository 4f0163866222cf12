import ExcelJS from "exceljs";
import { join } from "path";
import { generateInExcel } from "../../src/excel/generate-in-excel";
import type { CellValue } from "../../src/workbook/cells";
import { lapkin, readBook, scratchDir } from "../support/cli-run";
import { seedGrids } from "../support/grids";
import { convertWithLibreOffice } from "../support/libreoffice";
import { ALL_CAPABILITIES, excelWith } from "../support/office-double/run";
import { SEED_FASILITASI } from "../support/seed";

/**
 * Issue 8's figures through every door: the command line over a real .xlsx, the Office.js door
 * (test double), and LibreOffice recomputing the report's native formulas. Typed figures are used
 * exactly as typed; percent cells mean what they show; a date where a number belongs is a galat.
 */
jest.setTimeout(180_000);

const HEADER = ["Level", "Uraian", "Indikator", "Arah", "Target", "TW1", "TW2", "TW3", "TW4", "Agregasi", "Realisasi"];
const PRECISE: CellValue[][] = [
  HEADER,
  ["Sasaran", "S", "Dokumen yang selesai", null, 4, null, null, null, null, null, 3.638],
  ["Sasaran", "S", "Indeks gini", "Turun", 0.025, null, null, null, null, null, 0.0189],
  ["Sasaran", "S", "Rasio ketergantungan", "Turun", 0.288, null, null, null, null, null, 0.269],
  ["Sasaran", "S", "Rasio elektrifikasi", null, 0.37, null, null, null, null, null, 0.293],
  ["Sasaran", "S", "Indeks rata-rata", null, 0.35, 0.321, 0.334, null, null, "Rata-rata", null],
];
/** The sample's Info, at TW II for the two-quarter mean. */
const INFO_TW2 = seedGrids().info.map((r) => (r[0] === "Periode" ? ["Periode", "TW II"] : [...r]));
const INFO = seedGrids().info;
/** Published reports' capaian for these figures (issue 8), and the mean 0,328 / 0,35 x 100 = 93,71. */
const CAPAIAN = [90.95, 124.4, 106.6, 79.19, 93.71];

/** The seed's fasilitasi row with every figure stored as a fraction in a cell formatted 0.00%. */
const fraction = (n: number) => Number((n / 100).toFixed(6));
const PERCENT: CellValue[][] = [
  HEADER,
  [
    "Sasaran",
    "Mengoptimalkan fasilitasi dan Koordinasi Kecamatan",
    "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
    null,
    fraction(SEED_FASILITASI.input.target),
    ...SEED_FASILITASI.input.tw.map(fraction),
    "Jumlah",
    null,
  ],
];
const PERCENT_COLUMNS = [4, 5, 6, 7, 8];

async function fileOf(
  dir: string,
  name: string,
  indikator: CellValue[][],
  formats: (column: number) => string | null,
  infoGrid: readonly (readonly CellValue[])[] = INFO,
) {
  const book = new ExcelJS.Workbook();
  const info = book.addWorksheet("Info");
  infoGrid.forEach((r) => info.addRow([...r]));
  const sheet = book.addWorksheet("Indikator");
  indikator.forEach((r, i) => {
    const row = sheet.addRow([...r]);
    if (i === 0) return;
    r.forEach((_, c) => {
      const format = formats(c);
      if (format) row.getCell(c + 1).numFmt = format;
    });
  });
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return path;
}

type Json = { indikator: { realisasi: number | null; capaian: number | null }[]; flags: { kode: string; sel: string | null }[] };

describe("the command line and LibreOffice", () => {
  let dir = "";
  beforeAll(() => {
    dir = scratchDir();
  });

  test("3,638 / 4 -> 90,95; 0,0189 vs 0,025 turun -> 124,40; 0,269 vs 0,288 turun -> 106,60; 0,293 / 0,37 -> 79,19; mean 0,328", async () => {
    const input = await fileOf(dir, "presisi.xlsx", PRECISE, () => null, INFO_TW2);
    const run = await lapkin("laporan", input, "--json");
    const json = JSON.parse(run.stdout) as Json;
    expect(json.indikator.map((i) => i.capaian)).toEqual(CAPAIAN);
    expect(json.indikator[4]!.realisasi).toBe(0.328);

    // LibreOffice, recalculating every formula, gets the same realisasi and capaian from the report's own formulas.
    const recomputed = await readBook(convertWithLibreOffice(join(dir, "presisi-laporan.xlsx"), "xlsx", join(dir, "lo")));
    const laporan = recomputed.getWorksheet("Laporan")!;
    const shown: Record<string, [unknown, unknown]> = {};
    laporan.eachRow((row) => {
      const name = row.getCell(3).value;
      const [realisasi, capaian] = [row.getCell(5).value, row.getCell(6).value].map(
        (v) => (v as { result?: unknown })?.result ?? v,
      );
      if (typeof name === "string" && typeof capaian === "number" && !(name in shown)) shown[name] = [realisasi, capaian];
    });
    expect(PRECISE.slice(1).map((r) => shown[String(r[2])]![1])).toEqual(CAPAIAN);
    expect(shown["Indeks rata-rata"]![0]).toBe(0.328);
  });

  test("the seed's fasilitasi with every cell formatted 0.00% gives 93,65 and 98,34; a date in a TW cell is a galat", async () => {
    const input = await fileOf(dir, "persen.xlsx", PERCENT, (c) => (PERCENT_COLUMNS.includes(c) ? "0.00%" : null));
    const json = JSON.parse((await lapkin("periksa", input, "--json")).stdout) as Json;
    expect([json.indikator[0]!.realisasi, json.indikator[0]!.capaian]).toEqual([93.65, 98.34]);

    const dated = await fileOf(dir, "tanggal.xlsx", PERCENT, (c) =>
      c === 8 ? "dd/mm/yyyy" : PERCENT_COLUMNS.includes(c) ? "0.00%" : null,
    );
    const run = await lapkin("periksa", dated, "--json");
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as Json).flags.find((f) => f.kode === "TANGGAL_BUKAN_ANGKA")?.sel).toBe("Indikator!I2");
  });
});

describe("the Office.js door", () => {
  const cellsOf = (grid: CellValue[][], format: (row: number, column: number) => string | null) =>
    grid.map((r, i) => r.map((_, c) => (i === 0 ? null : format(i, c))));

  test("the same five figures, in Laporan and in LAPKIN's Indikator columns", async () => {
    const { double, context } = excelWith({ Info: INFO_TW2, Indikator: PRECISE });
    const run = await generateInExcel(context, ALL_CAPABILITIES);
    expect(run.ok).toBe(true);
    const laporan = double.sheet("Laporan")!;
    const byName = new Map<string, number>();
    for (const [key, cell] of laporan.cells) {
      const [r, c] = key.split(":").map(Number) as [number, number];
      if (c === 2 && typeof cell.value === "string" && !byName.has(cell.value)) byName.set(cell.value, r);
    }
    // Capaian is a formula in Excel; its cached value was computed by LAPKIN (the double doesn't calculate).
    const capaianFormula = (name: string) => laporan.peek(byName.get(name)!, 5)?.formula;
    expect(capaianFormula("Indeks gini")).toMatch(/^=MAX\(0,ROUND\(\(2\*D\d+-E\d+\)\/D\d+\*100,2\)\)$/);
    expect(laporan.peek(byName.get("Indeks rata-rata")!, 4)?.formula).toBe("=ROUND(AVERAGE(Indikator!F6:G6),3)");
    expect(run.ok && run.workbook.indicators.map((i) => i.evaluation.capaian?.toNumber())).toEqual(CAPAIAN);
  });

  test("percent-formatted cells (number formats read with the values) give 93,65 and 98,34; a date-formatted TW is a galat", async () => {
    const percent = cellsOf(PERCENT, (_, c) => (PERCENT_COLUMNS.includes(c) ? "0.00%" : null));
    const first = excelWith({ Info: INFO, Indikator: PERCENT }, { formats: { Indikator: percent } });
    const run = await generateInExcel(first.context, ALL_CAPABILITIES);
    expect(
      run.ok && [
        run.workbook.indicators[0]!.evaluation.realisasi?.toNumber(),
        run.workbook.indicators[0]!.evaluation.capaian?.toNumber(),
      ],
    ).toEqual([93.65, 98.34]);

    const dated = cellsOf(PERCENT, (_, c) => (c === 8 ? "m/d/yyyy" : PERCENT_COLUMNS.includes(c) ? "0.00%" : null));
    const second = excelWith({ Info: INFO, Indikator: PERCENT }, { formats: { Indikator: dated } });
    const datedRun = await generateInExcel(second.context, ALL_CAPABILITIES);
    expect(datedRun.ok && datedRun.workbook.flags.find((f) => f.kode === "TANGGAL_BUKAN_ANGKA")).toMatchObject({
      tingkat: "galat",
      sel: "Indikator!I2",
    });
  });
});
