import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../../src/cli/lapkin";
import type { Grid } from "../../src/workbook/cells";
import { workbookFromGrids } from "../../src/xlsx/generate";

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `lapkin ...` in-process and captures what it prints. */
export async function lapkin(...argv: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), "lapkin-test-"));
}

export async function writeWorkbook(dir: string, name: string, grids: { info: Grid; indikator: Grid }): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await workbookFromGrids(grids));
  return path;
}

export async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** Every cell of a sheet as "A1" -> model value, for cell-by-cell comparison (merged cells once, at their master). */
export function cellsOf(
  sheet: ExcelJS.Worksheet | undefined,
  skipColumns: (column: number) => boolean = () => false,
): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  sheet?.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const slave = cell.isMerged && cell.master.address !== cell.address;
      const empty = cell.value === null || cell.value === undefined;
      if (!slave && !empty && !skipColumns(Number(cell.col) - 1)) cells.set(cell.address, cell.value);
    }),
  );
  return cells;
}
