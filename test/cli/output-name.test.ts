import { readdirSync, readFileSync, renameSync } from "fs";
import { join } from "path";
import { defaultOutput } from "../../src/cli/output-name";
import { lapkin, scratchDir, writeWorkbook } from "../support/cli-run";
import { seedGrids } from "../support/grids";

/**
 * Excel refuses to open a workbook whose extension doesn't match its content (a macro workbook named
 * .xlsx, or a plain one named .xlsm): the output keeps the input's kind.
 */
jest.setTimeout(60_000);

test.each([
  ["kinerja.xlsx", "kinerja-laporan.xlsx"],
  ["kinerja.xlsm", "kinerja-laporan.xlsm"],
  ["KINERJA.XLSM", "KINERJA-laporan.XLSM"],
  ["data.v2/kinerja", "data.v2/kinerja-laporan.xlsx"],
  ["lama.xlsm.xlsx", "lama.xlsm-laporan.xlsx"],
])("the default output of %s is %s", (input, output) => {
  expect(defaultOutput(input)).toBe(output);
});

describe("an .xlsm input", () => {
  let dir = "";
  let input = "";
  beforeEach(async () => {
    dir = scratchDir();
    // A workbook saved under the .xlsm name (the file door, not this test, is what keeps a VBA project).
    renameSync(await writeWorkbook(dir, "makro.xlsx", seedGrids()), join(dir, "makro.xlsm"));
    input = join(dir, "makro.xlsm");
  });

  test("gives makro-laporan.xlsm beside it", async () => {
    const run = await lapkin("laporan", input);
    expect(run.status).not.toBe(2);
    expect(readdirSync(dir).sort()).toEqual(["makro-laporan.xlsm", "makro.xlsm"]);
    expect(run.stdout).toContain("makro-laporan.xlsm");
  });

  test("-o X.xlsx is refused with one line that says to choose an .xlsm name; nothing is written", async () => {
    const before = readFileSync(input);
    const run = await lapkin("laporan", input, "-o", join(dir, "laporan.xlsx"));
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("laporan.xlsx");
    expect(run.stderr).toContain("berakhiran .xlsm");
    expect(readdirSync(dir)).toEqual(["makro.xlsm"]);
    expect(readFileSync(input)).toEqual(before);
  });

  test("-o X.xlsm is written", async () => {
    const run = await lapkin("laporan", input, "-o", join(dir, "laporan.XLSM"));
    expect(run.status).not.toBe(2);
    expect(readdirSync(dir).sort()).toEqual(["laporan.XLSM", "makro.xlsm"]);
  });
});

test("an .xlsx input with -o X.xlsm, and the sample as .xlsm, are refused: neither holds macros", async () => {
  const dir = scratchDir();
  const input = await writeWorkbook(dir, "biasa.xlsx", seedGrids());
  const report = await lapkin("laporan", input, "-o", join(dir, "laporan.xlsm"));
  expect(report.status).toBe(2);
  expect(report.stderr).toContain("berakhiran .xlsx");
  const sample = await lapkin("contoh", "-o", join(dir, "contoh.xlsm"));
  expect(sample.status).toBe(2);
  expect(sample.stderr).toContain("berakhiran .xlsx");
  expect(readdirSync(dir)).toEqual(["biasa.xlsx"]);
});
