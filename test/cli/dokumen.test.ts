import { existsSync } from "fs";
import { join } from "path";
import { lapkin, readBook, scratchDir, writeWorkbook } from "../support/cli-run";
import { seedGrids } from "../support/grids";

/** `lapkin laporan IN --dokumen ...` (issue 11): the documents asked for, by their command-line names. */
jest.setTimeout(60_000);

const sheetsOf = async (path: string) => (await readBook(path)).worksheets.map((s) => s.name);

describe("lapkin laporan --dokumen", () => {
  const dir = scratchDir();
  let input: string;
  beforeAll(async () => {
    const grids = seedGrids();
    input = await writeWorkbook(dir, "unit.xlsx", grids);
  });

  test("by default every document the data allows, then Pemeriksaan", async () => {
    const out = join(dir, "semua.xlsx");
    const run = await lapkin("laporan", input, "-o", out);
    expect(run.status).toBe(0);
    expect(await sheetsOf(out)).toEqual(["Info", "Indikator", "Laporan", "PK", "Rencana Aksi", "Evaluasi Renja", "Pemeriksaan"]);
    expect(run.stdout).toContain("sheet Laporan, PK, Rencana Aksi, Evaluasi Renja, Pemeriksaan");
  });

  test("pk,evaluasi: those two (in the documents' order) and Pemeriksaan, nothing else", async () => {
    const out = join(dir, "dua.xlsx");
    const run = await lapkin("laporan", input, "-o", out, "--dokumen", "evaluasi, PK");
    expect(run.status).toBe(0);
    expect(await sheetsOf(out)).toEqual(["Info", "Indikator", "PK", "Evaluasi Renja", "Pemeriksaan"]);
  });

  test("an unknown document name is refused before anything is read, naming the choices", async () => {
    const out = join(dir, "salah.xlsx");
    const run = await lapkin("laporan", input, "-o", out, "--dokumen", "laporan,lkjip");
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Dokumen "lkjip" tidak dikenal');
    expect(run.stderr).toContain("rencana-aksi");
    expect(existsSync(out)).toBe(false);
  });

  test("a document the data can't make: nothing written, exit 2, and what the sheet needs", async () => {
    const grids = seedGrids();
    for (const header of ["Target TW1", "Target TW2", "Target TW3", "Target TW4"])
      grids.indikator[0]![grids.indikator[0]!.indexOf(header)] = null;
    const plain = await writeWorkbook(dir, "tanpa-target-tw.xlsx", grids);
    const out = join(dir, "ra.xlsx");
    const run = await lapkin("laporan", plain, "-o", out, "--dokumen", "rencana-aksi");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Rencana Aksi perlu kolom Target TW1 sampai Target TW4");
    expect(existsSync(out)).toBe(false);
  });

  test("asked for one it can make and one it can't: the first is written, the other's need is said", async () => {
    const grids = seedGrids();
    for (const header of ["Target TW1", "Target TW2", "Target TW3", "Target TW4"])
      grids.indikator[0]![grids.indikator[0]!.indexOf(header)] = null;
    const plain = await writeWorkbook(dir, "tanpa-target-tw-2.xlsx", grids);
    const out = join(dir, "pk-ra.xlsx");
    const run = await lapkin("laporan", plain, "-o", out, "--dokumen", "pk,rencana-aksi");
    expect(run.status).toBe(0);
    expect(await sheetsOf(out)).toEqual(["Info", "Indikator", "PK", "Pemeriksaan"]);
    expect(run.stdout).toContain("Rencana Aksi perlu kolom Target TW1 sampai Target TW4");
  });
});
