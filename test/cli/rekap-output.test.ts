import { readFileSync, writeFileSync } from "fs";
import { basename, join } from "path";
import { lapkin, readBook, scratchDir, writeWorkbook } from "../support/cli-run";
import { rowsOf } from "../recap/support/submissions";
import { ALPHA, BETA } from "../recap/support/units";

/** Where the recap goes, what it will not write over, and the list of expected units. */
jest.setTimeout(60_000);

async function twoUnits(): Promise<string> {
  const dir = scratchDir();
  await writeWorkbook(dir, "alpha.xlsx", ALPHA);
  await writeWorkbook(dir, "beta.xlsx", BETA);
  return dir;
}

describe("the recap's output", () => {
  test("written into the folder it recaps, and run again: the old recap is recognised by its mark, skipped (noted), and replaced", async () => {
    const dir = await twoUnits();
    const output = join(dir, "rekap-tw4.xlsx");
    expect((await lapkin("rekap", dir, "-o", output)).status).toBe(0);
    const again = await lapkin("rekap", dir, "-o", output);
    expect(again.status).toBe(0);
    const book = await readBook(output);
    expect(rowsOf(book.getWorksheet("Rekap Unit")!).rows.map((r) => r["Unit Kerja"])).toEqual([
      "Dinas Alpha",
      "Dinas Beta",
      "Jumlah / Rata-rata", // the total row's merged label, as ExcelJS reads a merge
    ]);
    const lines = rowsOf(book.getWorksheet("Masalah")!).rows;
    // The only problem across units; Alpha's own note (capaian above target) follows it.
    expect(lines.map((l) => [l["Kode"], l["File"], l["Tingkat"]])).toEqual([
      ["REKAP_DILEWATI", join(basename(dir), "rekap-tw4.xlsx"), "info"],
      ["MELEBIHI_TARGET", join(basename(dir), "alpha.xlsx"), "info"],
    ]);
  });

  test("a file already there that is not a LAPKIN recap is kept unless --timpa is given", async () => {
    const dir = await twoUnits();
    const output = join(scratchDir(), "rekap.xlsx");
    writeFileSync(output, "catatan rapat, bukan rekap");
    const refused = await lapkin("rekap", dir, "-o", output);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("bukan rekap buatan LAPKIN");
    expect(refused.stderr).toContain("--timpa");
    expect(readFileSync(output, "utf8")).toBe("catatan rapat, bukan rekap");
    expect((await lapkin("rekap", dir, "-o", output, "--timpa")).status).toBe(0);
    expect((await readBook(output)).worksheets[0]!.name).toBe("Rekap Unit");
  });

  test("one of the units' own workbooks is never written over, not even with --timpa", async () => {
    const dir = await twoUnits();
    const alpha = join(dir, "alpha.xlsx");
    const before = readFileSync(alpha);
    const run = await lapkin("rekap", dir, "-o", alpha, "--timpa");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("salah satu laporan unit yang direkap");
    expect(readFileSync(alpha).equals(before)).toBe(true);
  });

  test("a recap holds no macros, so an .xlsm name is refused", async () => {
    const dir = await twoUnits();
    const run = await lapkin("rekap", dir, "-o", join(dir, "rekap.xlsm"));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(".xlsx");
  });

  test("without a file or folder to recap, it says what it needs", async () => {
    const run = await lapkin("rekap", "-o", "x.xlsx");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("lapkin rekap perlu file atau folder");
  });

  test("--daftar belongs to rekap only", async () => {
    const run = await lapkin("periksa", "a.xlsx", "--daftar", "d.txt");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--daftar hanya untuk lapkin rekap");
  });
});

describe("--daftar: the units expected", () => {
  test("from a workbook: column A of its first sheet, a missing unit named with its cell", async () => {
    const dir = await twoUnits();
    const listDir = scratchDir();
    const list = await writeWorkbook(listDir, "daftar.xlsx", {
      info: [["Unit Kerja"], ["Dinas Alpha"], ["Dinas Beta"], ["Dinas Epsilon"]],
      indikator: [["bukan daftar"]],
    });
    const output = join(listDir, "rekap.xlsx");
    const run = await lapkin("rekap", dir, "-o", output, "--daftar", list);
    expect(run.status).toBe(0);
    const lines = rowsOf((await readBook(output)).getWorksheet("Masalah")!).rows;
    expect(lines.map((l) => [l["Kode"], l["File"], l["Sel"]])).toEqual([
      ["UNIT_TIDAK_ADA", list, "Info!A4"],
      ["MELEBIHI_TARGET", join(basename(dir), "alpha.xlsx"), "Indikator!J3"],
    ]);
  });

  test("a list that can't be read stops the run before anything is read: a recap checked against no list would say nobody is missing", async () => {
    const dir = await twoUnits();
    const output = join(scratchDir(), "rekap.xlsx");
    const missing = await lapkin("rekap", dir, "-o", output, "--daftar", join(dir, "tidak-ada.txt"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("tidak-ada.txt");
    const empty = join(scratchDir(), "kosong.txt");
    writeFileSync(empty, "\n\n");
    const none = await lapkin("rekap", dir, "-o", output, "--daftar", empty);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("tidak berisi nama unit");
  });
});

describe("an output that can't be written", () => {
  test("into a folder that isn't there: told before anything is read", async () => {
    const dir = await twoUnits();
    const run = await lapkin("rekap", dir, "-o", join(dir, "tidak-ada", "rekap.xlsx"));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("tidak ada; periksa nama foldernya");
  });
});
