import { promises as fs } from "fs";
import { basename, join } from "path";

/** A file the recap will read, as the recap names it: the path as found from the input given. */
export interface FoundWorkbooks {
  readonly files: readonly string[];
  /** Inputs that are not there, and old .xls workbooks found in folders: each with what to say about it. */
  readonly refused: readonly { readonly file: string; readonly sebab: string }[];
}

const WORKBOOK = /\.xls[xm]$/i;
const OLD_WORKBOOK = /\.xls$/i;
/**
 * Files a folder of submissions holds that are no one's report: Excel's lock file of an open
 * workbook (~$name.xlsx), and the ._name files macOS leaves on a flash drive.
 */
const NOT_A_SUBMISSION = /^(~\$|\._)/;

const collator = new Intl.Collator("id", { numeric: true });

/**
 * The workbooks to recap, from files and folders (folders searched through their subfolders,
 * each in name order): .xlsx and .xlsm only. A file named on the command line is read whatever its
 * name; a folder's old .xls workbooks are named as files to save again as .xlsx, since a unit
 * that sent one has sent nothing LAPKIN can read. Each file is listed once, however it is reached.
 */
export async function findWorkbooks(inputs: readonly string[]): Promise<FoundWorkbooks> {
  const files: string[] = [];
  const refused: { file: string; sebab: string }[] = [];
  const seen = new Set<string>();
  const visitedFolders = new Set<string>();

  const add = async (file: string) => {
    const real = await fs.realpath(file).catch(() => file);
    if (seen.has(real)) return;
    seen.add(real);
    files.push(file);
  };
  const walk = async (folder: string): Promise<void> => {
    const real = await fs.realpath(folder).catch(() => folder);
    // A link back to a folder above would otherwise be walked for ever.
    if (visitedFolders.has(real)) return;
    visitedFolders.add(real);
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => null);
    if (entries === null) {
      refused.push({ file: folder, sebab: "folder ini tidak dapat dibuka (periksa izin aksesnya)" });
      return;
    }
    entries.sort((a, b) => collator.compare(a.name, b.name));
    for (const entry of entries) {
      if (NOT_A_SUBMISSION.test(entry.name)) continue;
      const path = join(folder, entry.name);
      const kind = entry.isSymbolicLink() ? await kindOf(path) : entry.isDirectory() ? "folder" : entry.isFile() ? "file" : null;
      if (kind === "folder") await walk(path);
      else if (kind === "file" && WORKBOOK.test(entry.name)) await add(path);
      else if (kind === "file" && OLD_WORKBOOK.test(entry.name))
        refused.push({
          file: path,
          sebab: `${basename(path)} adalah workbook .xls lama; buka di Excel lalu simpan sebagai Excel Workbook (.xlsx)`,
        });
    }
  };

  for (const input of inputs) {
    const kind = await kindOf(input);
    if (kind === "folder") await walk(input);
    else if (kind === "file") await add(input);
    else refused.push({ file: input, sebab: "file atau folder ini tidak ditemukan" });
  }
  return { files, refused };
}

async function kindOf(path: string): Promise<"file" | "folder" | null> {
  const stat = await fs.stat(path).catch(() => null);
  return stat === null ? null : stat.isDirectory() ? "folder" : stat.isFile() ? "file" : null;
}
