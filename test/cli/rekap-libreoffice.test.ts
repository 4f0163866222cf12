import ExcelJS from "exceljs";
import { mkdirSync } from "fs";
import { join } from "path";
import type { CellValue } from "../../src/workbook/cells";
import { lapkin, readBook, scratchDir, writeWorkbook } from "../support/cli-run";
import { seedGrids } from "../support/grids";
import { convertWithLibreOffice } from "../support/libreoffice";
import { isA4, printedPages, savePages } from "../support/pdf-pages";
import { indikatorOf } from "../support/workbooks";
import { shown } from "../recap/support/submissions";
import { ALPHA, BETA, GAMMA, unitInfo } from "../recap/support/units";

/**
 * LibreOffice, an independent spreadsheet engine, recomputes every native formula of the recap
 * (averages over Rekap Indikator, predikat, penyerapan, efisiensi, ranks, totals, each indicator's
 * capaian) to the value LAPKIN wrote; and prints the recap on A4 with each table's header on every
 * page. The pages are kept in test-artifacts/rekap-*.png to look at.
 */
jest.setTimeout(300_000);

const SHEETS = ["Rekap Unit", "Rekap Indikator", "Masalah"];

/** Every formula cell of the recap with LAPKIN's value and LibreOffice's recomputed one. */
async function recomputed(file: string, outDir: string) {
  const ours = await readBook(file);
  const theirs = await readBook(convertWithLibreOffice(file, "xlsx", outDir));
  const cells: { at: string; ours: unknown; theirs: unknown }[] = [];
  for (const name of SHEETS) {
    ours.getWorksheet(name)!.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string; result?: unknown } | null;
        if (!value || typeof value !== "object" || typeof value.formula !== "string") return;
        const again = shown(theirs.getWorksheet(name)!.getCell(cell.address).value as ExcelJS.CellValue);
        const expected = value.result ?? null;
        cells.push({
          at: `${name}!${cell.address}`,
          ours: expected,
          theirs: typeof expected === "number" ? Number(again) : again,
        });
      }),
    );
  }
  return cells;
}

/**
 * Unit i of a regency of 40: six indicators each, with the settings units really differ in: some
 * reckon lower-is-better as T/R, some rate on the "berhasil" scale, some cap capaian at 100 for
 * their average, some spend budgets with cents.
 */
function regencyUnit(i: number): { info: CellValue[][]; indikator: CellValue[][] } {
  const settings: Record<string, CellValue> = {};
  if (i % 5 === 0) settings["Rumus Arah Turun"] = "T/R";
  if (i % 7 === 0) settings["Skala Predikat"] = "berhasil";
  if (i % 6 === 0) settings["Batas Capaian"] = 100;
  const name = i % 3 === 0 ? `Kecamatan ${i}` : `Dinas ${i}`;
  return {
    info: unitInfo(name, {
      "Perangkat Daerah": i % 3 === 0 ? `Kecamatan ${i}` : `Perangkat Daerah ${Math.ceil(i / 4)}`,
      ...settings,
    }),
    indikator: indikatorOf(
      Array.from({ length: 6 }, (_, k) => ({
        Level: k === 0 ? "Tujuan" : "Sasaran",
        Uraian: `Sasaran ${k + 1} unit ${i}: meningkatnya kualitas pelayanan publik di wilayah kerja`,
        Indikator: `Persentase layanan ${k + 1} yang diselesaikan tepat waktu sesuai standar pelayanan`,
        Arah: k === 5 ? "Turun" : "Naik",
        Target: 80 + ((i + k) % 15),
        Agregasi: "Manual",
        Realisasi: 55 + ((i * 7 + k * 3) % 50) + (k % 2 ? 0.25 : 0),
        Anggaran: k % 2 ? 150_000_000 + i * 1_000_000 + k * 1000.5 : null,
        "Realisasi Anggaran": k % 2 ? 120_000_000 + i * 900_000 + k * 777.25 : null,
      })),
    ),
  };
}

describe("the recap in LibreOffice", () => {
  test("the four units of the hand-worked recap: every formula, the tie 87,305 -> 87,31 included, recomputes to LAPKIN's value", async () => {
    const dir = scratchDir();
    const folder = join(dir, "kiriman");
    mkdirSync(folder);
    await writeWorkbook(folder, "alpha.xlsx", ALPHA);
    await writeWorkbook(folder, "beta.xlsx", BETA);
    await writeWorkbook(folder, "gamma.xlsx", GAMMA);
    await writeWorkbook(folder, "klakah.xlsx", seedGrids());
    const output = join(dir, "rekap.xlsx");
    expect((await lapkin("rekap", folder, "-o", output)).status).toBe(1);
    const cells = await recomputed(output, join(dir, "lo"));
    expect(cells.filter((c) => c.ours !== c.theirs)).toEqual([]);
    expect(cells.length).toBeGreaterThan(40);
    expect(cells.map((c) => c.ours)).toContain(87.31);
  });

  describe("a regency of 40 units", () => {
    let dir = "";
    let output = "";
    beforeAll(async () => {
      dir = scratchDir();
      const folder = join(dir, "kiriman");
      mkdirSync(folder);
      for (let i = 1; i <= 40; i++) await writeWorkbook(folder, `unit-${i}.xlsx`, regencyUnit(i));
      output = join(dir, "rekap.xlsx");
      expect((await lapkin("rekap", folder, "-o", output)).status).toBeLessThan(2);
    });

    test("every formula (T/R, the berhasil scale, capped averages, money with cents) recomputes to LAPKIN's value", async () => {
      const cells = await recomputed(output, join(dir, "lo"));
      expect(cells.filter((c) => c.ours !== c.theirs)).toEqual([]);
      // 40 units x 7 formulas and 240 indicators x 3 at most: most of them are there.
      expect(cells.length).toBeGreaterThan(600);
    });

    test("printed on A4 landscape, each table's header (or Grafik Rekap's charts) at the top of each of its pages; the pages kept as PNGs", () => {
      const { pdf, pages } = printedPages(output, join(dir, "pdf"));
      expect(pages.length).toBeGreaterThanOrEqual(4);
      // Grafik Rekap is the last sheet: its pages are the ones from its title on.
      const grafikFrom = pages.findIndex((page) => page.text.includes("GRAFIK REKAP LAPORAN KINERJA"));
      expect(grafikFrom).toBeGreaterThan(0);
      for (const page of pages)
        expect({ page: page.number, a4: isA4(page), landscape: page.width > page.height }).toEqual({
          page: page.number,
          a4: true,
          landscape: true,
        });
      const headers = [/Peringkat/, /Realisasi\s+Anggaran/, /Tingkat\s+Kode\s+File/, /GRAFIK REKAP|per Unit \(%\)/];
      for (const page of pages) {
        const firstLines = page.text
          .split("\n")
          .filter((l) => l.trim())
          .slice(0, 6)
          .join(" ");
        expect({ page: page.number, header: headers.some((h) => h.test(firstLines)) }).toEqual({
          page: page.number,
          header: true,
        });
      }
      savePages(pdf, pages, "rekap");
    });
  });
});
