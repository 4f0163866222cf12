import { spawnSync } from "child_process";
import { existsSync, readdirSync } from "fs";
import { join } from "path";
import { scratchDir } from "../support/cli-run";

/** The `lapkin` that package.json's bin declares, run as a user runs it: a process, exit codes and all. */
const BIN = join(__dirname, "..", "..", "bin", "lapkin.js");
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

describe("bin/lapkin.js", () => {
  test("contoh then laporan: exit 0, the report file beside the input", () => {
    const dir = scratchDir();
    expect(run(dir, "contoh", "-o", "a.xlsx").status).toBe(0);
    const report = run(dir, "laporan", "a.xlsx");
    expect(report.status).toBe(0);
    expect(report.stdout).toContain("Tabel Capaian Kinerja");
    expect(existsSync(join(dir, "a-laporan.xlsx"))).toBe(true);
  });

  test("unusable input: exit 2 and exactly one line on stderr", () => {
    const dir = scratchDir();
    const missing = run(dir, "periksa", "tidak-ada.xlsx");
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});
