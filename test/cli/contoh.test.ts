import ExcelJS from "exceljs";
import { readdirSync, readFileSync, symlinkSync } from "fs";
import { join } from "path";
import { lapkin, readBook, scratchDir } from "../support/cli-run";
import { runBuilt } from "./support/built-cli";

/** `lapkin contoh` never writes over a file the user already has, unless told to with --timpa. */
jest.setTimeout(60_000);

async function editedWorkbook(path: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Info").addRows([
    ["Unit Kerja", "Kecamatan Ranuyoso (sudah diedit)"],
    ["Tahun", 2024],
  ]);
  await book.xlsx.writeFile(path);
  return readFileSync(path);
}

const unitOf = async (path: string) => (await readBook(path)).getWorksheet("Info")?.getCell("B1").value;

describe("lapkin contoh over an existing file", () => {
  test("the default lapkin-contoh.xlsx, edited by the user: exit 2, one line naming --timpa, the bytes unchanged", async () => {
    const dir = scratchDir();
    const edited = await editedWorkbook(join(dir, "lapkin-contoh.xlsx"));
    const run = runBuilt(dir, ["contoh"]);
    expect(run.status).toBe(2);
    const stderr = run.stderr.toString("utf8").trim();
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toContain("lapkin-contoh.xlsx");
    expect(stderr).toContain("--timpa");
    expect(readFileSync(join(dir, "lapkin-contoh.xlsx"))).toEqual(edited);
    expect(readdirSync(dir)).toEqual(["lapkin-contoh.xlsx"]);
  });

  test("-o naming an existing file, or a link to one: refused the same way", async () => {
    const dir = scratchDir();
    const path = join(dir, "punya-saya.xlsx");
    const edited = await editedWorkbook(path);
    symlinkSync(path, join(dir, "tautan.xlsx"));
    for (const name of [path, join(dir, "tautan.xlsx")]) {
      const run = await lapkin("contoh", "-o", name);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("--timpa");
    }
    expect(readFileSync(path)).toEqual(edited);
  });

  test("--timpa: the file becomes the sample (the seed's Kecamatan Klakah)", async () => {
    const dir = scratchDir();
    const path = join(dir, "lapkin-contoh.xlsx");
    await editedWorkbook(path);
    const run = runBuilt(dir, ["contoh", "--timpa"]);
    expect(run.status).toBe(0);
    expect(await unitOf(path)).toBe("Kecamatan Klakah");
    expect(readdirSync(dir)).toEqual(["lapkin-contoh.xlsx"]);
  });

  test("a new name is written without --timpa", async () => {
    const dir = scratchDir();
    const run = await lapkin("contoh", "-o", join(dir, "baru.xlsx"));
    expect(run.status).toBe(0);
    expect(await unitOf(join(dir, "baru.xlsx"))).toBe("Kecamatan Klakah");
  });

  test("--timpa belongs to contoh only: laporan and periksa refuse it rather than guess", async () => {
    for (const command of ["laporan", "periksa"]) {
      const run = await lapkin(command, "x.xlsx", "--timpa");
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("--timpa hanya untuk lapkin contoh");
    }
  });
});
