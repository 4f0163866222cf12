import { promises as fs } from "fs";
import { resolve } from "path";
import { isGalat } from "../engine";
import { buildWorkbook } from "../workbook/pipeline";
import { jsonReport } from "../workbook/json-report";
import { sampleGrids } from "../workbook/sample-workbook";
import { generateReport, workbookFromGrids } from "../xlsx/generate";
import { loadWorkbook } from "../xlsx/read-workbook";
import { nodeCodec } from "../xlsx/zip/node-codec";
import { OutputFileError, writeFileAtomically } from "../xlsx/write-file";
import { parseArgs, USAGE, type CliArgs } from "./args";
import { capaianTable, flagSummary } from "./summary";

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const EXIT = { ok: 0, galat: 1, unusable: 2 } as const;

export const DEFAULT_SAMPLE_FILE = "lapkin-contoh.xlsx";

/** Runs one `lapkin` command; returns the exit status. Never throws for bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
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
    }
  } catch (error) {
    io.err(`lapkin: ${describeFailure(error)}`);
    return EXIT.unusable;
  }
}

async function writeSample(args: CliArgs, io: CliIo): Promise<number> {
  const output = args.output ?? DEFAULT_SAMPLE_FILE;
  await writeFileAtomically(output, await workbookFromGrids(sampleGrids()));
  io.out(`Workbook contoh ditulis ke ${output}.`);
  return EXIT.ok;
}

async function report(args: CliArgs, io: CliIo): Promise<number> {
  const input = args.input!;
  const bytes = await fs.readFile(input).catch(() => null);
  if (bytes === null) {
    io.err(`lapkin: ${input} tidak ditemukan atau tidak dapat dibaca.`);
    return EXIT.unusable;
  }
  const loaded = await loadWorkbook(new Uint8Array(bytes), input, nodeCodec);
  if (!loaded.ok) {
    io.err(`lapkin: ${loaded.message}`);
    return EXIT.unusable;
  }
  const plans = buildWorkbook(loaded.snapshot);
  if (!plans.ok) {
    io.err(`lapkin: ${input}: ${plans.message}`);
    return EXIT.unusable;
  }
  const { workbook } = plans;

  let written: string | null = null;
  if (args.command === "laporan") {
    written = args.output ?? defaultOutput(input);
    if (resolve(written) === resolve(input)) {
      io.err(`lapkin: file keluaran sama dengan file masukan ${input}; pilih nama lain dengan -o.`);
      return EXIT.unusable;
    }
    await writeFileAtomically(written, generateReport(loaded.handle, plans));
  }

  if (args.json) io.out(JSON.stringify(jsonReport(workbook), null, 2));
  else {
    io.out(capaianTable(workbook));
    io.out(`\n${flagSummary(workbook)}`);
    if (written) io.out(`\nLaporan ditulis ke ${written} (sheet Laporan, dan kolom hitung di sheet Indikator).`);
  }
  return workbook.flags.some(isGalat) ? EXIT.galat : EXIT.ok;
}

/** IN.xlsx -> IN-laporan.xlsx; IN.xlsm -> IN-laporan.xlsm (Excel refuses a macro workbook named .xlsx). */
export function defaultOutput(input: string): string {
  return input.replace(/(\.xls[xm])?$/i, (extension) => `-laporan${extension || ".xlsx"}`);
}

function describeFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  const path = error instanceof OutputFileError ? error.destination : (error as { path?: string }).path;
  if (code === "ENOENT") return `folder untuk ${path ?? "file keluaran"} tidak ada; periksa nama foldernya.`;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return `tidak ada izin menulis ${path ?? "file keluaran"}; pilih folder lain.`;
  if (code === "ENOSPC") return "disk penuh; kosongkan ruang lalu ulangi.";
  if (code === "EISDIR") return `${path ?? "keluaran"} adalah folder; tulis nama file .xlsx sesudah -o.`;
  if (code === "ENOTDIR") return `${path ?? "jalur keluaran"} melewati sesuatu yang bukan folder; periksa jalurnya.`;
  return `gagal: ${(error as Error)?.message ?? String(error)}`;
}
