import { spawnSync } from "child_process";
import { existsSync, mkdirSync } from "fs";
import { join } from "path";
import { progressBar } from "../../src/cli/rekap/progress-bar";
import { scratchDir, writeWorkbook } from "../support/cli-run";
import { BUILT_CLI, runBuilt } from "./support/built-cli";
import { ALPHA, BETA } from "../recap/support/units";

/** The progress bar: drawn on a terminal, absent anywhere else (a log file, a pipe, a script's capture). */
jest.setTimeout(60_000);

// eslint-disable-next-line no-control-regex -- finding control characters is what this test is for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function fakeTerminal(columns = 60) {
  const written: string[] = [];
  let time = 0;
  const bar = progressBar({ columns, write: (text) => written.push(text) }, () => time);
  return { written, bar, advance: (ms: number) => (time += ms) };
}

describe("the progress bar", () => {
  test("redraws one line in place: carriage return, clear to the end, bar, count, file; cleared at the end", () => {
    const { written, bar, advance } = fakeTerminal();
    bar.step(0, 4, "kiriman/alpha.xlsx");
    advance(100);
    bar.step(2, 4, "kiriman/beta.xlsx");
    bar.end();
    expect(written).toEqual([
      `\r\u001b[K[${"-".repeat(24)}] 0/4 kiriman/alpha.xlsx`,
      `\r\u001b[K[${"#".repeat(12)}${"-".repeat(12)}] 2/4 kiriman/beta.xlsx`,
      "\r\u001b[K",
    ]);
  });

  test("a quick run is not slowed by drawing: steps closer than a moment apart are skipped, the last one always drawn", () => {
    const { written, bar, advance } = fakeTerminal();
    for (let i = 0; i < 100; i++) {
      bar.step(i, 100, `unit-${i}.xlsx`);
      advance(1);
    }
    bar.step(100, 100, "");
    expect(written.length).toBeLessThan(5);
    expect(written[written.length - 1]).toContain("] 100/100");
  });

  test("a file name's own control codes are not printed, and a long name is cut from the left to fit the line", () => {
    const { written, bar } = fakeTerminal(60);
    bar.step(1, 3, `kiriman/\u001b]0;judul palsu\u0007${"sangat-panjang-".repeat(5)}dinas.xlsx`);
    const line = written[0]!.slice("\r\u001b[K".length);
    expect(line).not.toMatch(CONTROL);
    expect(line.length).toBeLessThanOrEqual(59);
    expect(line).toMatch(/\] 1\/3 \.\.\..*dinas\.xlsx$/);
  });
});

describe("lapkin rekap as a user runs it", () => {
  let dir = "";
  beforeAll(async () => {
    if (!existsSync(BUILT_CLI)) throw new Error("dist/cli/lapkin.js is missing: run `npm run build` first");
    dir = scratchDir();
    mkdirSync(join(dir, "kiriman"));
    await writeWorkbook(join(dir, "kiriman"), "alpha.xlsx", ALPHA);
    await writeWorkbook(join(dir, "kiriman"), "beta.xlsx", BETA);
  });

  test("into a pipe: no bar and no control code at all; the recap goes to lapkin-rekap.xlsx in the current folder", () => {
    const run = runBuilt(dir, ["rekap", "kiriman"]);
    expect(run.status).toBe(0);
    expect(run.stderr.toString()).toBe("");
    expect(run.stdout.toString()).not.toMatch(CONTROL);
    expect(existsSync(join(dir, "lapkin-rekap.xlsx"))).toBe(true);
  });

  test("on a terminal (a pseudo-terminal made by script): the bar is drawn and cleared", () => {
    const command = `"${process.execPath}" "${BUILT_CLI}" rekap kiriman -o pty.xlsx`;
    const run = spawnSync("script", ["-qefc", command, "/dev/null"], { cwd: dir, encoding: "utf8" });
    if (run.error) throw new Error(`script (util-linux) is needed for this test: ${run.error.message}`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("\r\u001b[K[");
    expect(run.stdout).toContain("] 2/2");
    expect(existsSync(join(dir, "pty.xlsx"))).toBe(true);
  });
});
