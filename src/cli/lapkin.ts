import { promises as fs } from "fs";
import { isGalat } from "../engine";
import { buildWorkbook } from "../workbook/pipeline";
import { jsonReport } from "../workbook/json-report";
import { sampleGrids } from "../workbook/sample-workbook";
import { generateReport, workbookFromGrids } from "../xlsx/generate";
import { loadWorkbook } from "../xlsx/read-workbook";
import { writeFileAtomically } from "../xlsx/write-file";
import { nodeCodec } from "../xlsx/zip/node-codec";
import { parseArgs, USAGE, type CliArgs } from "./args";
import { EXIT } from "./exit-status";
import { existingFileMessage, failureMessage } from "./failure-message";
import { jsonText } from "./json-text";
import { defaultOutput, extensionProblem, sampleExtensionProblem } from "./output-name";
import type { Progress } from "./rekap/progress-bar";
import { rekap } from "./rekap/rekap-command";
import { isSameFile } from "./same-file";
import { capaianTable, flagSummary } from "./summary";
import { forTerminal } from "./terminal-text";

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** A progress bar for long runs (lapkin rekap); given only when stderr is a terminal. */
  readonly progress?: Progress;
}

export { EXIT };

export const DEFAULT_SAMPLE_FILE = "lapkin-contoh.xlsx";

/**
 * Runs one `lapkin` command; returns the exit status. Never throws for bad input. Everything it
 * prints passes through forTerminal here, the one place: file names and cell text are not ours.
 */
export async function runCli(argv: readonly string[], terminal: CliIo): Promise<number> {
  const io: CliIo = {
    out: (text) => terminal.out(forTerminal(text)),
    err: (text) => terminal.err(forTerminal(text)),
    ...(terminal.progress ? { progress: terminal.progress } : {}),
  };
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`lapkin: ${parsed.message}\n${USAGE}`);
    return EXIT.unusable;
  }
  const { args } = parsed;
  try {
    switch (args.command) {
      case "bantuan":
        io.out(USAGE);
        return EXIT.ok;
      case "contoh":
        return await writeSample(args, io);
      case "laporan":
      case "periksa":
        return await report(args, io);
      case "rekap":
        return await rekap(args, io);
    }
  } catch (error) {
    io.err(`lapkin: ${failureMessage(error)}`);
    return EXIT.unusable;
  }
}

async function writeSample(args: CliArgs, io: CliIo): Promise<number> {
  const output = args.output ?? DEFAULT_SAMPLE_FILE;
  const refused =
    sampleExtensionProblem(output) ?? (!args.replace && (await exists(output)) ? existingFileMessage(output) : null);
  if (refused) {
    io.err(`lapkin: ${refused}`);
    return EXIT.unusable;
  }
  await writeFileAtomically(output, await workbookFromGrids(sampleGrids()), { replace: args.replace });
  io.out(`Workbook contoh ditulis ke ${output}.`);
  return EXIT.ok;
}

async function report(args: CliArgs, io: CliIo): Promise<number> {
  const input = args.input!;
  const output = args.command === "laporan" ? (args.output ?? defaultOutput(input)) : null;
  const bytes = await fs.readFile(input).catch(() => null);
  if (bytes === null) {
    io.err(`lapkin: ${input} tidak ditemukan atau tidak dapat dibaca.`);
    return EXIT.unusable;
  }
  const refused = output === null ? null : await outputProblem(input, output);
  if (refused) {
    io.err(`lapkin: ${refused}`);
    return EXIT.unusable;
  }
  const loaded = await loadWorkbook(new Uint8Array(bytes), input, nodeCodec);
  if (!loaded.ok) {
    io.err(`lapkin: ${loaded.message}`);
    return EXIT.unusable;
  }
  const plans = buildWorkbook(loaded.snapshot, args.documents ? { documents: args.documents } : {});
  if (!plans.ok) {
    io.err(`lapkin: ${input}: ${plans.message}`);
    return EXIT.unusable;
  }
  const { workbook } = plans;
  if (output !== null) await writeFileAtomically(output, generateReport(loaded.handle, plans));

  if (args.json) io.out(jsonText(jsonReport(workbook)));
  else {
    io.out(capaianTable(workbook));
    io.out(`\n${flagSummary(workbook)}`);
    if (output) {
      const sheets = plans.sheets.map((s) => s.name).join(", ");
      io.out(`\nDitulis ke ${output}: sheet ${sheets}, dan kolom hitung di sheet ${plans.columns.sheet}.`);
    }
    for (const notice of plans.notices) io.out(notice.id);
  }
  return workbook.flags.some(isGalat) ? EXIT.galat : EXIT.ok;
}

/** Checked before the input is parsed, so a wrong name is told at once. */
async function outputProblem(input: string, output: string): Promise<string | null> {
  if (await isSameFile(input, output))
    return `file keluaran ${output} adalah file masukan ${input} itu sendiri (lewat nama lain atau tautan); pilih nama lain dengan -o.`;
  return extensionProblem(input, output);
}

const exists = (path: string) =>
  fs.lstat(path).then(
    () => true,
    () => false,
  );
