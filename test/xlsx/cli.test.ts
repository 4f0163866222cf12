import ExcelJS from "exceljs";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { COMPUTED_COLUMNS } from "../../src/workbook/contract";
import { cellsOf, lapkin, readBook, scratchDir, writeWorkbook } from "../support/cli-run";
import { columnOf, seedGrids, withCell } from "../support/grids";

describe("lapkin contoh, laporan and periksa on the sample", () => {
  let dir = "";
  let input = "";
  let inputBytes: Buffer;
  beforeAll(async () => {
    dir = scratchDir();
    input = join(dir, "klakah.xlsx");
    expect((await lapkin("contoh", "-o", input)).status).toBe(0);
    inputBytes = readFileSync(input);
  });

  test("laporan writes IN-laporan.xlsx with a Laporan sheet and leaves IN's bytes untouched", async () => {
    const run = await lapkin("laporan", input);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("klakah-laporan.xlsx");
    expect(readFileSync(input).equals(inputBytes)).toBe(true);
    const book = await readBook(join(dir, "klakah-laporan.xlsx"));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Info",
      "Indikator",
      "Laporan",
      "PK",
      "Rencana Aksi",
      "Evaluasi Renja",
      "Pemeriksaan",
    ]);
  });

  test("the output's Info and Indikator equal the input's cell by cell, but for LAPKIN's columns", async () => {
    const output = join(dir, "salinan.xlsx");
    await lapkin("laporan", input, "-o", output);
    const [before, after] = [await readBook(input), await readBook(output)];
    const computedStart = seedGrids().indikator[0]!.length;
    const owned = (c: number) => c >= computedStart && c < computedStart + COMPUTED_COLUMNS.length;
    expect(cellsOf(after.getWorksheet("Info"))).toEqual(cellsOf(before.getWorksheet("Info")));
    expect(cellsOf(after.getWorksheet("Indikator"), owned)).toEqual(cellsOf(before.getWorksheet("Indikator"), owned));
    const header = after.getWorksheet("Indikator")!.getRow(1);
    expect(COMPUTED_COLUMNS.map((_, i) => header.getCell(computedStart + i + 1).value)).toEqual(
      COMPUTED_COLUMNS.map((c) => c.header),
    );
    const capaian = COMPUTED_COLUMNS.findIndex((c) => c.key === "capaian");
    expect([2, 3, 4].map((r) => after.getWorksheet("Indikator")!.getCell(r, computedStart + capaian + 1).value)).toEqual([
      94.3, 98.34, 105.01,
    ]);
  });

  test("running laporan on its own output replaces LAPKIN's columns instead of adding more", async () => {
    const first = join(dir, "pertama.xlsx");
    const second = join(dir, "kedua.xlsx");
    await lapkin("laporan", input, "-o", first);
    const again = await lapkin("laporan", first, "-o", second);
    expect(again.status).toBe(0);
    const [a, b] = [await readBook(first), await readBook(second)];
    expect(cellsOf(b.getWorksheet("Indikator"))).toEqual(cellsOf(a.getWorksheet("Indikator")));
    expect(b.worksheets.map((s) => s.name)).toEqual([
      "Info",
      "Indikator",
      "Laporan",
      "PK",
      "Rencana Aksi",
      "Evaluasi Renja",
      "Pemeriksaan",
    ]);
  });

  test("--json prints the contract's shape with the seed's figures", async () => {
    const run = await lapkin("periksa", input, "--json");
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.indikator.map((i: Record<string, unknown>) => [i.baris, i.target, i.realisasi, i.capaian, i.predikat])).toEqual([
      [2, 90, 84.87, 94.3, "Sangat Tinggi"],
      [3, 95.23, 93.65, 98.34, "Sangat Tinggi"],
      [4, 95.23, 100, 105.01, "Sangat Tinggi"],
    ]);
    expect(json.indikator[1]).toMatchObject({
      anggaran: 2180922481,
      realisasiAnggaran: 2066201000,
      penyerapan: 94.74,
      efisiensi: "cukup efisien",
    });
    expect(json.indikator[0]).toMatchObject({ anggaran: null, penyerapan: null });
    expect(json.flags).toContainEqual({
      kode: "TW_HILANG",
      tingkat: "peringatan",
      pesan: expect.stringContaining("Bagian Organisasi"),
      sel: "Indikator!J2",
    });
    expect(json.info).toMatchObject({ unitKerja: "Kecamatan Klakah", tahun: "2023", periode: "TW IV" });
  });

  test("periksa writes nothing", async () => {
    const before = readdirSync(dir).sort();
    expect((await lapkin("periksa", input)).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

test("an Indikator sheet kept as an Excel table stays a table, with LAPKIN's columns beside it", async () => {
  const dir = scratchDir();
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Info").addRows(seedGrids().info.map((r) => [...r]));
  const [header, ...rows] = seedGrids().indikator;
  book.addWorksheet("Indikator").addTable({
    name: "TabelIndikator",
    ref: "A1",
    headerRow: true,
    columns: header!.map((name) => ({ name: String(name) })),
    rows: rows.map((r) => [...r]),
  });
  const input = join(dir, "tabel.xlsx");
  await book.xlsx.writeFile(input);
  const run = await lapkin("laporan", input, "--json");
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout).indikator.map((i: { capaian: number }) => i.capaian)).toEqual([94.3, 98.34, 105.01]);
  const out = (await readBook(join(dir, "tabel-laporan.xlsx"))).getWorksheet("Indikator")!;
  expect(Object.keys((out as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["TabelIndikator"]);
  expect(out.getRow(1).getCell(header!.length + 2).value).toBe("Capaian (%)");
});

describe("lapkin on bad input", () => {
  const files = () => readdirSync(dir).sort();
  let dir = "";
  beforeEach(() => {
    dir = scratchDir();
  });

  async function expectUnusable(path: string, fragment: string) {
    const before = files();
    const run = await lapkin("laporan", path);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(fragment);
    expect(files()).toEqual(before);
  }

  test("a workbook without an Indikator sheet: exit 2, one line, no output", async () => {
    const path = await writeWorkbook(dir, "tanpa.xlsx", { info: seedGrids().info, indikator: [] });
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    book.removeWorksheet(book.getWorksheet("Indikator")!.id);
    await book.xlsx.writeFile(path);
    await expectUnusable(path, "Sheet Indikator tidak ada");
  });

  test("a required column missing: exit 2 naming it", async () => {
    const grids = seedGrids();
    grids.indikator[0]![columnOf("indikator")] = "Nama";
    await expectUnusable(
      await writeWorkbook(dir, "kolom.xlsx", grids),
      "Kolom wajib tidak ada di sheet Indikator (baris judul 1): Indikator;",
    );
  });

  test("a truncated .xlsx, bytes that aren't one, an old .xls: exit 2 and no output file", async () => {
    const good = readFileSync(await writeWorkbook(dir, "baik.xlsx", seedGrids()));
    writeFileSync(join(dir, "potong.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
    await expectUnusable(join(dir, "potong.xlsx"), "rusak atau tidak lengkap");
    writeFileSync(join(dir, "teks.xlsx"), "Target,Realisasi\n90,84\n");
    await expectUnusable(join(dir, "teks.xlsx"), "bukan file .xlsx");
    writeFileSync(join(dir, "lama.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await expectUnusable(join(dir, "lama.xls"), ".xls lama");
    await expectUnusable(join(dir, "tidak-ada.xlsx"), "tidak ditemukan");
  });

  test("text where a number belongs and an empty target: computed with galat, exit 1, flags named by cell", async () => {
    const grids = seedGrids();
    withCell(grids.indikator, 2, "target", "sembilan puluh lima");
    withCell(grids.indikator, 1, "target", null);
    const path = await writeWorkbook(dir, "galat.xlsx", grids);
    const bytes = readFileSync(path);
    const run = await lapkin("laporan", path, "--json");
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(run.status).toBe(1);
    const flags = JSON.parse(run.stdout).flags;
    expect(flags).toContainEqual(expect.objectContaining({ kode: "BUKAN_ANGKA", sel: "Indikator!F3", tingkat: "galat" }));
    expect(flags).toContainEqual(expect.objectContaining({ kode: "TARGET_KOSONG", sel: "Indikator!F2", tingkat: "galat" }));
    expect(existsSync(join(dir, "galat-laporan.xlsx"))).toBe(true);
  });

  test("'=HYPERLINK(...)' and '+62 812 ...' typed as text come back as text, never as formulas", async () => {
    const grids = seedGrids();
    withCell(grids.indikator, 1, "indikator", '=HYPERLINK("http://contoh.invalid","klik")');
    withCell(grids.indikator, 2, "keterangan", "+62 812 3456 7890");
    withCell(grids.indikator, 3, "uraian", "-lihat lampiran");
    const path = await writeWorkbook(dir, "teks.xlsx", grids);
    const bytes = readFileSync(path);
    expect((await lapkin("laporan", path)).status).toBe(0);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    const laporan = (await readBook(join(dir, "teks-laporan.xlsx"))).getWorksheet("Laporan")!;
    const texts: unknown[] = [];
    laporan.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as unknown;
        if (typeof value === "object" && value !== null && "formula" in value) {
          expect((value as { formula: string }).formula).not.toMatch(/HYPERLINK|812|lampiran/);
        } else if (typeof value === "string" && /HYPERLINK|\+62|lihat lampiran/.test(value)) texts.push(value);
      }),
    );
    expect(texts).toEqual(expect.arrayContaining(['=HYPERLINK("http://contoh.invalid","klik")', "-lihat lampiran"]));
    expect(texts.some((t) => String(t).includes("+62 812 3456 7890"))).toBe(true);
  });

  test("an output it cannot write: exit 2, a clear line, no partial file", async () => {
    const path = await writeWorkbook(dir, "baik.xlsx", seedGrids());
    const run = await lapkin("laporan", path, "-o", join(dir, "tidak", "ada", "folder.xlsx"));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("folder");
    expect(files()).toEqual(["baik.xlsx"]);
  });

  test("an output path equal to the input is refused: IN is never modified", async () => {
    const path = await writeWorkbook(dir, "baik.xlsx", seedGrids());
    const bytes = readFileSync(path);
    expect((await lapkin("laporan", path, "-o", path)).status).toBe(2);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  test("unknown commands and options: exit 2 with the usage", async () => {
    const run = await lapkin("cetak", "x.xlsx");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Pemakaian");
  });
});
