import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "fs";
import { join } from "path";
import { workbookFromGrids } from "../../src/xlsx/generate";
import { strFromU8, unzipSync } from "fflate";
import { scratchDir, writeWorkbook } from "../support/cli-run";
import { indicatorRows, seedGrids } from "../support/grids";
import { runBuilt, runBuiltAndSignal } from "./support/built-cli";

/**
 * Ctrl+C (SIGINT) or `kill` (SIGTERM) while `lapkin laporan` runs: no hidden temporary file is
 * left, the output is the old file or the whole new one, and the process ends by the signal.
 */
jest.setTimeout(180_000);

const INDICATORS = 500;
const INPUT = "besar.xlsx";
const OUTPUT = "besar-laporan.xlsx";
const PRELOAD = join(__dirname, "support", "signal-inside-write.js");

let dir = "";
let oldOutput: Buffer;
beforeAll(async () => {
  dir = scratchDir();
  await writeWorkbook(dir, INPUT, { info: seedGrids().info, indikator: indicatorRows(INDICATORS) });
  // Yesterday's report as the user has it: a valid workbook that differs from today's.
  oldOutput = Buffer.from(await workbookFromGrids(seedGrids()));
});

beforeEach(() => writeFileSync(join(dir, OUTPUT), oldOutput));

const listing = () => readdirSync(dir).sort();

/**
 * The output is the old file, or a whole new report: a cut file has no zip directory at its end
 * and would not unzip; a whole one names the Laporan sheet and holds every part complete.
 */
function oldOrWhole(): "old" | "new" {
  const output = readFileSync(join(dir, OUTPUT));
  if (output.equals(oldOutput)) return "old";
  const parts = unzipSync(output);
  expect(strFromU8(parts["xl/workbook.xml"]!)).toContain('name="Laporan"');
  const worksheets = Object.keys(parts).filter((name) => name.startsWith("xl/worksheets/sheet"));
  for (const name of worksheets) expect(strFromU8(parts[name]!).trimEnd()).toMatch(/<\/worksheet>$/);
  return "new";
}

describe.each(["SIGTERM", "SIGINT"] as const)("%s sent while the temporary output is half written", (signal) => {
  test("nothing hidden is left, the output is the whole new report, and the process ends by the signal", async () => {
    const run = runBuilt(dir, ["laporan", INPUT], { node: ["-r", PRELOAD], env: { LAPKIN_TEST_SIGNAL: signal } });
    const said = /after (\d+) of (\d+) bytes/.exec(run.stderr.toString("utf8"));
    expect(said).not.toBeNull();
    const [written, total] = [Number(said![1]), Number(said![2])];
    // The signal really came mid-write: part of the file was on disk, not all of it.
    expect(written).toBeLessThan(total);
    expect(run.signal).toBe(signal);
    expect(listing()).toEqual([OUTPUT, INPUT]);
    expect(oldOrWhole()).toBe("new");
    expect(statSync(join(dir, OUTPUT)).size).toBe(total);
  });
});

test("SIGTERM from outside at moments spread over a run: each time the old output or the whole new one, nothing else", async () => {
  const started = Date.now();
  const full = runBuilt(dir, ["laporan", INPUT]);
  const duration = Date.now() - started;
  expect(full.status).not.toBe(2);
  expect(oldOrWhole()).toBe("new");

  const endings: string[] = [];
  for (const fraction of [0.3, 0.7, 0.95]) {
    writeFileSync(join(dir, OUTPUT), oldOutput);
    const ended = await runBuiltAndSignal(dir, ["laporan", INPUT], "SIGTERM", Math.round(duration * fraction));
    // Ended by the signal, or finished just before it (exit 0 or 1): never exit 2, never a crash.
    expect(ended.signal === "SIGTERM" || ended.status === 0 || ended.status === 1).toBe(true);
    expect(listing()).toEqual([OUTPUT, INPUT]);
    endings.push(`${ended.signal ?? ended.status}:${oldOrWhole()}`);
  }
  // At least one run was really cut short, or this test proved nothing.
  expect(endings.some((e) => e.startsWith("SIGTERM:old"))).toBe(true);
});

test("a temporary file left by a run killed outright (SIGKILL) is removed by the next run once it is clearly abandoned", () => {
  const killed = runBuilt(dir, ["laporan", INPUT], { node: ["-r", PRELOAD], env: { LAPKIN_TEST_SIGNAL: "SIGKILL" } });
  expect(killed.signal).toBe("SIGKILL");
  const leftover = listing().filter((name) => name.startsWith(`.${OUTPUT}.`));
  // SIGKILL can't be caught: this is the one way a temporary file outlives its run.
  expect(leftover).toHaveLength(1);
  expect(readFileSync(join(dir, OUTPUT))).toEqual(oldOutput);

  // A few seconds old, it might be another run's write in progress (a shared folder): kept.
  const next = runBuilt(dir, ["laporan", INPUT]);
  expect(next.status).not.toBe(2);
  expect(listing()).toEqual([leftover[0], OUTPUT, INPUT].sort());

  const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
  utimesSync(join(dir, leftover[0]!), anHourAgo, anHourAgo);
  const userFile = `.${OUTPUT}.catatan-saya.tmp`;
  writeFileSync(join(dir, userFile), "bukan milik LAPKIN");
  utimesSync(join(dir, userFile), anHourAgo, anHourAgo);
  expect(runBuilt(dir, ["laporan", INPUT]).status).not.toBe(2);
  expect(listing()).toEqual([userFile, OUTPUT, INPUT].sort());
});
