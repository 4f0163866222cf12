import { generateInExcel } from "../../src/excel/generate-in-excel";
import { columnLetters } from "../../src/workbook/a1";
import { COMPUTED_COLUMNS } from "../../src/workbook/contract";
import { seedGrids } from "../support/grids";
import { parseAddress } from "../support/office-double/address";
import type { ExcelDouble } from "../support/office-double/excel-double";
import { ALL_CAPABILITIES, contentsOf, excelWith } from "../support/office-double/run";

/**
 * What staff have in their workbook stays theirs through any number of runs (issue 9, the Excel
 * side): their columns, their sheets, what they typed in the report's free-text places.
 */
const HEADERS = COMPUTED_COLUMNS.map((c) => c.header);
/** LAPKIN's block starts right of the sample's input columns. */
const START = seedGrids().indikator[0]!.length;
const block = (start: number) => [0, 1, 2, 3, 4, 5].map((i) => start + i);
const seedExcel = () => {
  const grids = seedGrids();
  return excelWith({ Info: grids.info, Indikator: grids.indikator });
};
const run = async (context: Excel.RequestContext) => {
  const result = await generateInExcel(context, ALL_CAPABILITIES);
  if (!result.ok) throw new Error(result.message);
  return result;
};
const at = (double: ExcelDouble, sheet: string, row: number, column: number) => {
  const cell = double.sheet(sheet)!.peek(row, column);
  return cell?.formula ?? cell?.value ?? null;
};
const headerRow = (double: ExcelDouble) => {
  const width = Math.max(...[...double.sheet("Indikator")!.cells.keys()].map((k) => Number(k.split(":")[1]))) + 1;
  return Array.from({ length: width }, (_, c) => at(double, "Indikator", 0, c));
};
/** Where a LAPKIN mark points, read from the double's defined names. */
const marked = (double: ExcelDouble, name: string) => {
  const entry = double.names.find((n) => n.name === name);
  return entry ? parseAddress(entry.reference.replace(/^=/, "")) : null;
};
const markedColumns = (double: ExcelDouble) =>
  ["REALISASI", "CAPAIAN", "PREDIKAT", "PENYERAPAN", "EFISIENSI", "CATATAN"].map(
    (k) => marked(double, `_LAPKIN_KOLOM_${k}`)?.rect.left,
  );

describe("a user's own data around LAPKIN's", () => {
  test("a user table ending in Realisasi and Capaian (%) keeps every value through three runs", async () => {
    const grid = [
      ["Level", "Uraian", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      ["Tujuan", "Meningkatnya Kepuasan Masyarakat", "Nilai IKM Kecamatan", "nilai", 90, 84.87, 94.3],
      ["Sasaran", "Mengoptimalkan fasilitasi", "Persentase hasil fasilitasi", "%", 95.23, 93.65, 98.34],
    ];
    const { double, context } = excelWith({ Info: seedGrids().info, Indikator: grid });
    const theirs = contentsOf(double, "Indikator");
    for (let i = 0; i < 3; i++) await run(context);
    expect(contentsOf(double, "Indikator", (c) => c < 7)).toEqual(theirs);
    expect(headerRow(double)).toEqual([...grid[0]!, ...HEADERS]);
    expect(markedColumns(double)).toEqual([7, 8, 9, 10, 11, 12]);
  });

  test("a user column right of LAPKIN's Catatan: one LAPKIN block, the same result on every run", async () => {
    const { double, context } = seedExcel();
    await run(context);
    const catatan = markedColumns(double)[5]!;
    const indikator = double.sheet("Indikator")!;
    indikator.write(0, catatan + 1, "Verifikasi");
    [1, 2, 3].forEach((row) => indikator.write(row, catatan + 1, `diperiksa ${row}`));

    await run(context);
    const second = contentsOf(double, "Indikator");
    await run(context);
    expect(contentsOf(double, "Indikator")).toEqual(second);
    expect(headerRow(double).slice(START)).toEqual([...HEADERS, "Verifikasi"]);
    expect(markedColumns(double)).toEqual(block(START));
    expect([0, 1, 2, 3].map((row) => at(double, "Indikator", row, catatan + 1))).toEqual([
      "Verifikasi",
      "diperiksa 1",
      "diperiksa 2",
      "diperiksa 3",
    ]);
  });

  test("a user's sheet called Laporan is left as it is; the report goes to Laporan (LAPKIN), once", async () => {
    const grids = seedGrids();
    const { double, context } = excelWith({
      Info: grids.info,
      Indikator: grids.indikator,
      Laporan: [["Catatan rapat"], ["jangan dihapus"]],
    });
    const theirs = contentsOf(double, "Laporan");
    const first = await run(context);
    await run(context);
    expect(contentsOf(double, "Laporan")).toEqual(theirs);
    expect(double.sheets.map((s) => s.name)).toEqual([
      "Info",
      "Indikator",
      "Laporan",
      "Laporan (LAPKIN)",
      "PK",
      "Rencana Aksi",
      "Evaluasi Renja",
      "Pemeriksaan",
    ]);
    expect(at(double, "Laporan (LAPKIN)", 0, 0)).toBe("LAPORAN KINERJA TRIWULAN IV TAHUN 2023");
    expect(first.notices.map((n) => n.id).join(" ")).toContain("Laporan (LAPKIN)");
  });

  test("what staff type in Rencana Tindak Lanjut and Tanggapan Atasan survives two regenerations, as the report grows", async () => {
    const grids = seedGrids();
    const { double, context } = excelWith({ Info: grids.info, Indikator: grids.indikator });
    await run(context);
    const laporan = double.sheet("Laporan")!;
    const place = (key: string) => marked(double, `_LAPKIN_TEKS_LAPORAN_${key}`)!.rect;
    const typed = {
      rtl: ["1. Menambah rapat koordinasi dengan desa", "2. Memantau tindak lanjut tiap bulan", "3. Melatih petugas layanan"],
      tick: "\u2611",
      response: "Agar rapat koordinasi dijadwalkan sebelum akhir Januari.",
    };
    typed.rtl.forEach((text, i) => laporan.write(place("RTL").top + i, 0, text));
    laporan.write(place("CENTANG").top + 1, 0, typed.tick);
    laporan.write(place("TANGGAPAN").top, place("TANGGAPAN").left, typed.response);

    await run(context);
    // A fourth indicator: the tables grow and every free-text place moves down.
    const before = place("RTL").top;
    double.sheet("Indikator")!.write(4, 0, "Sasaran");
    [1, 2, 5, 7, 10].forEach((c) => double.sheet("Indikator")!.write(4, c, double.sheet("Indikator")!.peek(3, c)?.value ?? null));
    double.sheet("Indikator")!.write(4, 2, "Persentase desa yang dibina");
    await run(context);

    const after = double.sheet("Laporan")!;
    expect(place("RTL").top).toBeGreaterThan(before);
    expect(typed.rtl.map((_, i) => after.peek(place("RTL").top + i, 0)?.value)).toEqual(typed.rtl);
    expect(after.peek(place("CENTANG").top + 1, 0)?.value).toBe(typed.tick);
    expect(after.peek(place("TANGGAPAN").top, place("TANGGAPAN").left)?.value).toBe(typed.response);
  });

  test("LAPKIN's columns after the user inserted a column before them are found where they now are and replaced in place", async () => {
    const { double, context } = seedExcel();
    await run(context);
    expect(markedColumns(double)).toEqual(block(START));

    double.insertColumn("Indikator", 2);
    const indikator = double.sheet("Indikator")!;
    ["Kode Lokal", "K-01", "K-02", "K-03"].forEach((text, row) => indikator.write(row, 2, text));
    const theirs = contentsOf(double, "Indikator", (c) => c <= START);
    await run(context);

    expect(markedColumns(double)).toEqual(block(START + 1));
    expect(headerRow(double).slice(START + 1)).toEqual(HEADERS);
    expect(contentsOf(double, "Indikator", (c) => c <= START)).toEqual(theirs);
    // Target moved from F to G, Arah from E to F, LAPKIN's Realisasi one column right.
    expect(at(double, "Indikator", 1, START + 2)).toBe(`=LAPKIN.CAPAIAN(G2,${columnLetters(START + 1)}2,F2,Info!$B$7)`);
  });
});
