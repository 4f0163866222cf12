import { promises as fs } from "fs";
import { basename, dirname } from "path";
import { jsonRecap } from "../../recap/json-recap";
import type { ProblemLine } from "../../recap/problem";
import { buildRecap } from "../../recap/recap-pipeline";
import { RECAP_FILE_NAME } from "../../recap/submission-name";
import type { UnitSummary } from "../../recap/unit-summary";
import { workbookFromPlans } from "../../xlsx/generate";
import { writeFileAtomically } from "../../xlsx/write-file";
import { nodeCodec } from "../../xlsx/zip/node-codec";
import type { CliArgs } from "../args";
import { EXIT } from "../exit-status";
import { jsonText } from "../json-text";
import { isSameFile } from "../same-file";
import { readDaftar } from "./daftar-file";
import { findWorkbooks } from "./find-workbooks";
import type { Progress } from "./progress-bar";
import { recapText } from "./recap-text";
import { isLapkinRecapFile, readUnit, unreadable } from "./read-unit";

export interface RekapIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly progress?: Progress;
}

export const DEFAULT_RECAP_FILE = RECAP_FILE_NAME;

/**
 * `lapkin rekap IN... [-o OUT.xlsx] [--json] [--daftar FILE] [--timpa]`: every unit workbook in the
 * files and folders given, read one at a time, summarised and dropped, then the recap written at
 * once. A file that can't be read is a line of Masalah, never the end of the run. Exit 0 when every
 * file was read and no unit has a galat, 1 when one has or a file couldn't be read, 2 when nothing
 * could be read or the output can't be written.
 */
export async function rekap(args: CliArgs, io: RekapIo): Promise<number> {
  const output = args.output ?? DEFAULT_RECAP_FILE;
  if (/\.xlsm$/i.test(output)) {
    io.err(
      `lapkin: rekap tidak bermakro, dan Excel tidak membukanya dengan nama ${basename(output)}; pilih nama berakhiran .xlsx dengan -o.`,
    );
    return EXIT.unusable;
  }
  const daftar = args.daftar === null ? null : await readDaftar(args.daftar);
  if (daftar && !daftar.ok) {
    io.err(`lapkin: ${daftar.message}`);
    return EXIT.unusable;
  }
  const found = await findWorkbooks(args.inputs);
  const refused = await outputRefusal(
    output,
    found.files.map((f) => f.path),
    args.replace,
  );
  if (refused) {
    io.err(`lapkin: ${refused}`);
    return EXIT.unusable;
  }

  const units: UnitSummary[] = [];
  const skipped: ProblemLine[] = found.refused.map((r) => unreadable(r.shown, r.sebab).problem);
  for (const [i, file] of found.files.entries()) {
    io.progress?.step(i, found.files.length, file.shown);
    const read = await readUnit(file.path, file.shown);
    if (read.ok) units.push(read.unit);
    else skipped.push(read.problem);
  }
  io.progress?.step(found.files.length, found.files.length, "");
  io.progress?.end();

  if (units.length === 0) {
    for (const problem of skipped) io.err(`  [${problem.tingkat}] ${problem.pesan}`);
    const where = args.inputs.join(", ");
    io.err(
      found.files.length === 0 && skipped.length === 0
        ? `lapkin: tidak ada file .xlsx atau .xlsm di ${where}; sebutkan file atau folder laporan unit.`
        : `lapkin: tidak ada laporan unit yang dapat dibaca dari ${where}; lihat sebabnya di atas. Tidak ada rekap yang ditulis.`,
    );
    return EXIT.unusable;
  }

  const plans = buildRecap({ units, skipped, expected: daftar ? daftar.expected : null });
  await writeFileAtomically(output, workbookFromPlans(plans, nodeCodec));

  if (args.json) io.out(jsonText(jsonRecap(plans)));
  else io.out(recapText(plans, output));
  const unread = skipped.some((p) => p.kode === "FILE_TIDAK_TERBACA");
  return unread || plans.units.some((u) => u.galat > 0) ? EXIT.galat : EXIT.ok;
}

/**
 * Why the recap can't be written to `output` (null when it can), told before a long read: a file
 * that is there is replaced only when it is LAPKIN's own recap, or with --timpa; never when it is
 * one of the workbooks read.
 */
async function outputRefusal(output: string, inputs: readonly string[], replace: boolean): Promise<string | null> {
  const folder = await fs.stat(dirname(output)).catch(() => null);
  if (!folder?.isDirectory()) return `folder untuk ${output} tidak ada; periksa nama foldernya.`;
  const stat = await fs.stat(output).catch(() => null);
  if (stat === null) return null;
  if (stat.isDirectory()) return `${output} adalah folder; tulis nama file .xlsx sesudah -o.`;
  if (await isLapkinRecapFile(output)) return null;
  for (const input of inputs) {
    if (await isSameFile(input, output))
      return `file keluaran ${output} adalah salah satu laporan unit yang direkap (${input}); pilih nama lain dengan -o.`;
  }
  return replace
    ? null
    : `${output} sudah ada dan bukan rekap buatan LAPKIN, sehingga tidak ditimpa; pakai --timpa untuk menimpanya, atau pilih nama lain dengan -o.`;
}
