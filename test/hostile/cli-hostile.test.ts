import ExcelJS from "exceljs";
import { mkdirSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { MAX_INDICATOR_ROWS } from "../../src/workbook/contract";
import { lapkin, scratchDir, writeWorkbook } from "../support/cli-run";
import { seedGrids } from "../support/grids";

/** The command line given what no real report is: a clear line, the documented exit code, nothing written. */
jest.setTimeout(120_000);

describe("lapkin refuses what it can't use", () => {
  let dir = "";
  beforeEach(() => {
    dir = scratchDir();
  });

  async function refused(args: string[], fragment: string) {
    const before = readdirSync(dir).sort();
    const run = await lapkin(...args);
    expect({ status: run.status, lines: run.stderr.split("\n").length }).toEqual({ status: 2, lines: 1 });
    expect(run.stderr).toContain(fragment);
    expect(readdirSync(dir).sort()).toEqual(before);
  }

  test("random bytes, an empty file, a password-protected (encrypted) workbook", async () => {
    writeFileSync(join(dir, "acak.xlsx"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    await refused(["laporan", join(dir, "acak.xlsx")], "bukan file .xlsx");
    writeFileSync(join(dir, "kosong.xlsx"), Buffer.alloc(0));
    await refused(["laporan", join(dir, "kosong.xlsx")], "bukan file .xlsx");
    // Encrypted .xlsx files are OLE compound files, as old .xls files are.
    const compound = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(compound);
    writeFileSync(join(dir, "rahasia.xlsx"), compound);
    await refused(["laporan", join(dir, "rahasia.xlsx")], "berkata sandi");
  });

  test("an Indikator sheet with only its header row", async () => {
    const grids = seedGrids();
    const path = await writeWorkbook(dir, "judul.xlsx", { info: grids.info, indikator: [grids.indikator[0]!] });
    await refused(["laporan", path], "hanya berisi judul kolom");
  });

  test(`a sheet far larger than any report: more than ${MAX_INDICATOR_ROWS} rows is refused, documented in the README`, async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Info").addRows(seedGrids().info.map((r) => [...r]));
    const sheet = book.addWorksheet("Indikator");
    sheet.addRow(["Level", "Uraian", "Indikator", "Target", "Realisasi"]);
    for (let i = 0; i <= MAX_INDICATOR_ROWS; i++) sheet.addRow(["Sasaran", "S", `Indikator ${i}`, 90, 80]);
    const path = join(dir, "besar.xlsx");
    await book.xlsx.writeFile(path);
    await refused(["laporan", path], `lebih dari batas ${MAX_INDICATOR_ROWS} baris`);
  });

  test("an output it cannot write: a folder, or a path under a file", async () => {
    const path = await writeWorkbook(dir, "baik.xlsx", seedGrids());
    mkdirSync(join(dir, "folder.xlsx"));
    const asFolder = await lapkin("laporan", path, "-o", join(dir, "folder.xlsx"));
    expect(asFolder.status).toBe(2);
    expect(asFolder.stderr.split("\n")).toHaveLength(1);
    expect(asFolder.stderr).toContain("adalah folder");
    const underFile = await lapkin("laporan", path, "-o", join(dir, "baik.xlsx", "x.xlsx"));
    expect(underFile.status).toBe(2);
    expect(underFile.stderr).toContain(`${join(dir, "baik.xlsx", "x.xlsx")} melewati sesuatu yang bukan folder`);
    expect(readdirSync(dir).sort()).toEqual(["baik.xlsx", "folder.xlsx"]);
    expect(readdirSync(join(dir, "folder.xlsx"))).toEqual([]);
  });
});
