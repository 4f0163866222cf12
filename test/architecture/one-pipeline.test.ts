import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

/**
 * Issue 10's "one pipeline": every door that writes LAPKIN's sheets calls buildWorkbook
 * (src/workbook/pipeline.ts) and only reads and writes around it. Held here by reading the
 * sources, so that a door wiring evaluate -> plan -> write itself again is caught.
 */
const ROOT = join(__dirname, "..", "..");
const SRC = join(ROOT, "src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sources(SRC).map((path) => ({
  path: relative(ROOT, path).split("\\").join("/"),
  text: readFileSync(path, "utf8"),
}));
// The pipeline (src/workbook) and the calculation beneath it (src/engine) are where these are defined and composed.
const outsideWorkbook = files.filter((f) => !/^src\/(workbook|engine)\//.test(f.path));
const calling = (fn: string) => outsideWorkbook.filter((f) => new RegExp(`\\b${fn}\\(`).test(f.text)).map((f) => f.path);

/** The plan builders the pipeline composes: a door that calls one has wired the pipeline itself. */
const PLAN_BUILDERS = [
  "planReport",
  "planPk",
  "planRencanaAksi",
  "planEvaluasiRenja",
  "planLkjip",
  "planPemeriksaan",
  "planComputedColumns",
  "writeReportCharts",
  "evaluateIndicator",
  "readIndicators",
];

test("each door that writes a report calls the one pipeline: the command line, the Office.js door, the browser's worker", () => {
  expect(calling("buildWorkbook").sort()).toEqual([
    "src/cli/lapkin.ts",
    "src/excel/generate-in-excel.ts",
    "src/taskpane/browser/session.ts",
  ]);
});

test("no door builds a plan or evaluates an indicator itself", () => {
  for (const fn of PLAN_BUILDERS) expect({ fn, callers: calling(fn) }).toEqual({ fn, callers: [] });
});

test("outside the pipeline, a workbook is evaluated only to be shown or summarised, never to be written", () => {
  // The pane's view in Excel and in the worker's first look, and the recap's summary of a unit's file.
  expect(calling("evaluateWorkbook").sort()).toEqual([
    "src/excel/read-in-excel.ts",
    "src/taskpane/browser/session.ts",
    "src/xlsx/read-unit.ts",
  ]);
});
