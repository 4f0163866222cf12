import { columnLetters } from "../../src/workbook/a1";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { strFromU8, strToU8, zipSync } from "fflate";
import { COMPUTED_COLUMNS } from "../../src/workbook/contract";
import { cellsOf, lapkin, readBook, scratchDir } from "../support/cli-run";
import { seedGrids } from "../support/grids";
import { partText, richWorkbook, unzipParts, zipParts } from "../support/package-fixture";

/** LAPKIN run again and again on its own output, and beside what users make of it. */
jest.setTimeout(120_000);

const headerRow = (book: Awaited<ReturnType<typeof readBook>>) => {
  const values: unknown[] = [];
  book
    .getWorksheet("Indikator")!
    .getRow(1)
    .eachCell((cell) => values.push(cell.value));
  return values;
};

test("a user's own sheet named Laporan stays byte-identical; the report goes to 'Laporan (LAPKIN)', and stays one sheet on regeneration", async () => {
  const dir = scratchDir();
  const input = join(dir, "punya-laporan.xlsx");
  writeFileSync(input, zipParts(richWorkbook({ ...seedGrids(), userLaporan: true })));
  const first = join(dir, "satu.xlsx");
  const second = join(dir, "dua.xlsx");
  expect((await lapkin("laporan", input, "-o", first)).status).toBe(0);
  expect((await lapkin("laporan", first, "-o", second)).status).toBe(0);
  const before = unzipParts(new Uint8Array(readFileSync(input)));
  for (const output of [first, second]) {
    const after = unzipParts(new Uint8Array(readFileSync(output)));
    expect(Buffer.from(after["xl/worksheets/sheet5.xml"]!).equals(Buffer.from(before["xl/worksheets/sheet5.xml"]!))).toBe(true);
    const book = await readBook(output);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Info",
      "Indikator",
      "Data",
      "Pivot",
      "Laporan",
      "Laporan (LAPKIN)",
      "PK",
      "Rencana Aksi",
      "Evaluasi Renja",
      "Pemeriksaan",
    ]);
    expect(book.getWorksheet("Laporan")!.getCell("B2").value).toBe(12345);
    // A name is one per workbook, or one per sheet where it is local (each sheet's _xlnm.Print_Titles).
    const names = [
      ...partText(readFileSync(output), "xl/workbook.xml").matchAll(/<definedName name="([^"]+)"( localSheetId="\d+")?/g),
    ].map((m) => `${m[1]}${m[2] ?? ""}`);
    expect(new Set(names).size).toBe(names.length);
  }
});

test("a user's table whose last columns are Realisasi and Capaian (%) keeps every value; LAPKIN's block goes to their right", async () => {
  const dir = scratchDir();
  const { info, indikator } = seedGrids();
  const [header, ...rows] = indikator;
  const own = [[...header!, "Capaian (%)"], ...rows.map((row, i) => [...row, [94.3, 98.34, 105.01][i]!])];
  const realisasi = own[0]!.indexOf("Realisasi");
  own.forEach((row, i) => i > 0 && (row[realisasi] = [84.87, 93.65, 100][i - 1]!));
  const input = join(dir, "tabel.xlsx");
  writeFileSync(input, zipParts(richWorkbook({ info, indikator: own })));
  const output = join(dir, "tabel-laporan.xlsx");
  expect((await lapkin("laporan", input, "-o", output)).status).toBeLessThan(2);
  const userColumns = own[0]!.length;
  const [before, after] = [await readBook(input), await readBook(output)];
  const lapkinColumn = (c: number) => c >= userColumns;
  expect(cellsOf(after.getWorksheet("Indikator"), lapkinColumn)).toEqual(cellsOf(before.getWorksheet("Indikator"), lapkinColumn));
  expect(headerRow(after).slice(userColumns)).toEqual(COMPUTED_COLUMNS.map((c) => c.header));
});

test("a user's column right of LAPKIN's Catatan: three runs give one LAPKIN block and identical files", async () => {
  const dir = scratchDir();
  const input = join(dir, "awal.xlsx");
  writeFileSync(input, zipParts(richWorkbook(seedGrids())));
  const first = join(dir, "satu.xlsx");
  expect((await lapkin("laporan", input, "-o", first)).status).toBe(0);

  // The user types a column of their own right of Catatan, after LAPKIN's six columns.
  const own = columnLetters(seedGrids().indikator[0]!.length + COMPUTED_COLUMNS.length);
  const parts = unzipParts(new Uint8Array(readFileSync(first)));
  const sheet = strFromU8(parts["xl/worksheets/sheet2.xml"]!);
  const withOwn = sheet.replace(
    /<row r="(\d)"([^>]*)>([\s\S]*?)<\/row>/g,
    (_, r: string, attributes: string, cells: string) =>
      `<row r="${r}"${attributes}>${cells}<c r="${own}${r}" t="inlineStr"><is><t>${r === "1" ? "Tindak Lanjut Staf" : `catatan ${r}`}</t></is></c></row>`,
  );
  expect(withOwn).not.toBe(sheet);
  const edited = join(dir, "diedit.xlsx");
  writeFileSync(edited, zipSync({ ...parts, "xl/worksheets/sheet2.xml": strToU8(withOwn) }));

  const second = join(dir, "dua.xlsx");
  const third = join(dir, "tiga.xlsx");
  expect((await lapkin("laporan", edited, "-o", second)).status).toBe(0);
  expect((await lapkin("laporan", second, "-o", third)).status).toBe(0);

  const [two, three] = [second, third].map((f) => unzipParts(new Uint8Array(readFileSync(f))));
  expect(Object.keys(three!).sort()).toEqual(Object.keys(two!).sort());
  for (const name of Object.keys(two!))
    expect({ name, same: Buffer.from(two![name]!).equals(Buffer.from(three![name]!)) }).toEqual({ name, same: true });

  const book = await readBook(third);
  // The user's headers, LAPKIN's block once (where the first run put it), then the user's new column.
  expect(headerRow(book)).toEqual([...seedGrids().indikator[0]!, ...COMPUTED_COLUMNS.map((c) => c.header), "Tindak Lanjut Staf"]);
  const sheetOut = book.getWorksheet("Indikator")!;
  expect([1, 2, 3, 4].map((r) => sheetOut.getCell(`${own}${r}`).value)).toEqual([
    "Tindak Lanjut Staf",
    "catatan 2",
    "catatan 3",
    "catatan 4",
  ]);
});
