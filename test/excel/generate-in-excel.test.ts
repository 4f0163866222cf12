import { readFileSync } from "fs";
import { join } from "path";
import { fillComputedColumns, generateInExcel } from "../../src/excel/generate-in-excel";
import { insertTemplate } from "../../src/excel/read-in-excel";
import { a1, columnLetters } from "../../src/workbook/a1";
import { COMPUTED_COLUMNS } from "../../src/workbook/contract";
import { cellsOf, lapkin, readBook, scratchDir, writeWorkbook } from "../support/cli-run";
import { indicatorRows, seedGrids, withCell } from "../support/grids";
import { ALL_CAPABILITIES, contentsOf, excelWith, NO_CAPABILITIES } from "../support/office-double/run";

const seedExcel = () => {
  const grids = seedGrids();
  return excelWith({ Info: grids.info, Indikator: grids.indikator });
};
/** LAPKIN's block starts right of the sample's input columns. */
const COMPUTED_START = seedGrids().indikator[0]!.length;
const own = (offset: number) => columnLetters(COMPUTED_START + offset);
/** The sheets LAPKIN makes for the sample: every document of the SAKIP year, then Pemeriksaan. */
const SAMPLE_DOCUMENTS = ["Laporan", "PK", "Rencana Aksi", "Evaluasi Renja", "Pemeriksaan"];

describe("Buat Laporan through the Office.js door", () => {
  test("writes the Laporan sheet with the seed's figures and activates it, in four syncs: three to read, one to write", async () => {
    const { double, context } = seedExcel();
    const run = await generateInExcel(context, ALL_CAPABILITIES, { documents: ["laporan"] });
    expect(run.ok).toBe(true);
    expect(double.syncs).toBe(4);
    expect(double.requests.map((r) => r.writes > 0)).toEqual([false, false, false, true]);
    const laporan = double.sheet("Laporan")!;
    expect(laporan.active).toBe(true);
    const values = [...laporan.cells.values()].map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(["LAPORAN KINERJA TRIWULAN IV TAHUN 2023", "KECAMATAN KLAKAH"]));
    // Every figure is a formula that refers to its Indikator cell (targets F, budgets O and P), so Excel keeps it live.
    const formulas = [...laporan.cells.values()].map((c) => c.formula).filter(Boolean);
    expect(formulas).toEqual(
      expect.arrayContaining([
        "=Indikator!F2",
        "=Indikator!F3",
        "=Indikator!O3",
        "=Indikator!P3",
        "=Indikator!O4",
        "=ROUND(AVERAGE(Indikator!G2:J2),2)",
        "=ROUND(SUM(Indikator!G3:J3),2)",
        "=ROUND(Indikator!L4/Indikator!M4*100,2)",
      ]),
    );
    expect(laporan.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Landscape" });
  });

  test("fills LAPKIN's columns on Indikator with live =LAPKIN.* formulas and changes no other cell", async () => {
    const { double, context } = seedExcel();
    const mine = (c: number) => c < COMPUTED_START;
    const before = contentsOf(double, "Indikator", mine);
    const info = contentsOf(double, "Info");
    await generateInExcel(context, ALL_CAPABILITIES);
    expect(contentsOf(double, "Indikator", mine)).toEqual(before);
    expect(contentsOf(double, "Info")).toEqual(info);

    const indikator = double.sheet("Indikator")!;
    const at = (row: number, column: number) => indikator.peek(row, column)?.formula ?? indikator.peek(row, column)?.value;
    expect(COMPUTED_COLUMNS.map((_, i) => at(0, COMPUTED_START + i))).toEqual(COMPUTED_COLUMNS.map((c) => c.header));
    // Row 2 of the sheet: the IKM, TW 1..4 in G..J, Agregasi in K, LAPKIN's block right of the
    // sample's columns; Info's Periode in B4, Rumus in B7, Skala in B8.
    const [realisasi, capaian, , penyerapan] = [0, 1, 2, 3].map(own);
    expect(at(1, COMPUTED_START)).toBe("=LAPKIN.REALISASI(G2:J2,K2,Info!$B$4)");
    expect(at(1, COMPUTED_START + 1)).toBe(`=LAPKIN.CAPAIAN(F2,${realisasi}2,E2,Info!$B$7)`);
    expect(at(1, COMPUTED_START + 2)).toBe(`=LAPKIN.PREDIKAT(${capaian}2,Info!$B$8)`);
    expect(at(2, COMPUTED_START + 3)).toBe("=LAPKIN.PENYERAPAN(O3,P3)");
    expect(at(2, COMPUTED_START + 4)).toBe(`=LAPKIN.EFISIENSI(${capaian}3,${penyerapan}3)`);
    expect(at(3, COMPUTED_START)).toBe("=ROUND(LAPKIN.ANGKA(L4)/LAPKIN.ANGKA(M4)*100,2)");
    expect(String(at(1, COMPUTED_START + 5))).toContain("Nilai TW 4 belum tersedia");
    expect(String(at(3, COMPUTED_START + 5))).toContain("tidak sama dengan Pembilang 36");
  });

  test("holds the same Laporan cells as the .xlsx written by lapkin laporan", async () => {
    const { double, context } = seedExcel();
    await generateInExcel(context, ALL_CAPABILITIES);
    const dir = scratchDir();
    const input = await writeWorkbook(dir, "sample.xlsx", seedGrids());
    await lapkin("laporan", input, "-o", join(dir, "out.xlsx"));
    const file = cellsOf((await readBook(join(dir, "out.xlsx"))).getWorksheet("Laporan"));
    const fromFile = new Map<string, unknown>(
      [...file].map(([address, value]) => {
        const formula = (value as { formula?: string }).formula;
        return [address, formula ? `=${formula}` : value] as const;
      }),
    );
    const fromExcel = new Map<string, unknown>(
      [...contentsOf(double, "Laporan")].map(([key, value]) => {
        const [r, c] = key.split(":").map(Number) as [number, number];
        return [a1(r, c), value] as const;
      }),
    );
    expect(fromExcel.size).toBeGreaterThan(100);
    const differences = [...new Set([...fromExcel.keys(), ...fromFile.keys()])]
      .filter((a) => fromExcel.get(a) !== fromFile.get(a))
      .map((a) => ({ cell: a, excel: fromExcel.get(a), file: fromFile.get(a) }));
    expect(differences).toEqual([]);
  });

  test.each([10, 2000])("takes four syncs for %i indicators: the whole report fits one request", async (count) => {
    const { double, context } = excelWith({ Info: seedGrids().info, Indikator: indicatorRows(count) });
    const run = await generateInExcel(context, ALL_CAPABILITIES, { documents: ["laporan"] });
    expect(run.ok && run.workbook.indicators.length).toBe(count);
    expect(double.syncs).toBe(4);
  });

  test("user text that looks like a formula is written as text", async () => {
    const grids = seedGrids();
    withCell(grids.indikator, 1, "indikator", '=HYPERLINK("http://contoh.invalid","klik")');
    withCell(grids.indikator, 2, "keterangan", "+62 812 3456 7890");
    const { double, context } = excelWith({ Info: grids.info, Indikator: grids.indikator });
    await generateInExcel(context, ALL_CAPABILITIES);
    const cells = [...double.sheet("Laporan")!.cells.values()];
    expect(cells.some((c) => c.value === '=HYPERLINK("http://contoh.invalid","klik")')).toBe(true);
    expect(cells.filter((c) => c.formula !== null).every((c) => !/HYPERLINK|812/.test(c.formula!))).toBe(true);
  });

  test("notes where ExcelApi 1.18 is there, comments where only 1.10 is, Keterangan words always", async () => {
    const notes = seedExcel();
    await generateInExcel(notes.context, ALL_CAPABILITIES);
    expect(notes.double.sheet("Laporan")!.notes.some((n) => n.text.includes("TW 4"))).toBe(true);

    const comments = seedExcel();
    await generateInExcel(comments.context, { ...NO_CAPABILITIES, comments: true, names: true });
    expect(comments.double.sheet("Laporan")!.comments.length).toBeGreaterThan(0);
    expect(comments.double.sheet("Laporan")!.pageLayout).toEqual({});

    const neither = seedExcel();
    await generateInExcel(neither.context, NO_CAPABILITIES);
    const laporan = neither.double.sheet("Laporan")!;
    expect(laporan.notes.length + laporan.comments.length).toBe(0);
    expect([...laporan.cells.values()].some((c) => String(c.value).includes("Nilai TW 4 belum tersedia"))).toBe(true);
  });

  test("a second run replaces Laporan and LAPKIN's columns, adding nothing", async () => {
    const { double, context } = seedExcel();
    await generateInExcel(context, ALL_CAPABILITIES);
    const first = contentsOf(double, "Indikator");
    await generateInExcel(context, ALL_CAPABILITIES);
    expect(double.sheets.map((s) => s.name)).toEqual(["Info", "Indikator", ...SAMPLE_DOCUMENTS]);
    expect(contentsOf(double, "Indikator")).toEqual(first);
  });

  test("an unusable workbook writes nothing and says why", async () => {
    const { double, context } = excelWith({ Info: seedGrids().info });
    const run = await generateInExcel(context, ALL_CAPABILITIES);
    expect(run).toEqual({ ok: false, reason: "no-sheet", message: expect.stringContaining("Sheet Indikator tidak ada") });
    expect(double.operations).toEqual([]);
  });

  test("Isi Kolom Hitung fills the columns without a report", async () => {
    const { double, context } = seedExcel();
    await fillComputedColumns(context, ALL_CAPABILITIES);
    expect(double.sheet("Laporan")).toBeUndefined();
    expect(double.sheet("Indikator")!.peek(1, COMPUTED_START + 1)?.formula).toBe(`=LAPKIN.CAPAIAN(F2,${own(0)}2,E2,Info!$B$7)`);
  });

  test("Sisipkan Templat adds the missing sheets with the contract's headers, once", async () => {
    const { double, context } = excelWith({});
    expect((await insertTemplate(context)).added).toEqual(["Info", "Indikator"]);
    expect(double.sheet("Indikator")!.peek(0, 5)?.value).toBe("Target");
    expect(double.sheet("Info")!.peek(3, 0)?.value).toBe("Periode");
    expect((await insertTemplate(context)).added).toEqual([]);
  });
});

test("the README names the formulas the Indikator columns use", () => {
  const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
  for (const name of ["LAPKIN.REALISASI", "LAPKIN.CAPAIAN", "LAPKIN.PREDIKAT", "LAPKIN.PENYERAPAN", "LAPKIN.EFISIENSI"])
    expect(readme).toContain(name);
});
