import { promises as fs } from "fs";
import { basename, join, relative, resolve } from "path";
import { isLeftBehind, oldWorkbookReason, submissionKind } from "../../recap/submission-name";

/** A file to recap: where it is, and how the recap names it. */
export interface FoundFile {
  readonly path: string;
  /**
   * The name the recap shows: a file given by name as given; a file found in a folder as that
   * folder's own name and the way down from it ("kiriman/susulan/dinas-a.xlsx"), short enough to
   * read in a table and enough to find the file.
   */
  readonly shown: string;
}

export interface FoundWorkbooks {
  readonly files: readonly FoundFile[];
  /** Inputs that are not there, and old .xls workbooks found in folders: each with what to say about it. */
  readonly refused: readonly (FoundFile & { readonly sebab: string })[];
}

const collator = new Intl.Collator("id", { numeric: true });

/**
 * The workbooks to recap, from files and folders (folders searched through their subfolders,
 * each in name order): .xlsx and .xlsm only. A file named on the command line is read whatever its
 * name; a folder's old .xls workbooks are named as files to save again as .xlsx, since a unit
 * that sent one has sent nothing LAPKIN can read. Each file is listed once, however it is reached.
 */
export async function findWorkbooks(inputs: readonly string[]): Promise<FoundWorkbooks> {
  const files: FoundFile[] = [];
  const refused: (FoundFile & { sebab: string })[] = [];
  const seen = new Set<string>();
  const visitedFolders = new Set<string>();

  const add = async (file: FoundFile) => {
    const real = await fs.realpath(file.path).catch(() => file.path);
    if (seen.has(real)) return;
    seen.add(real);
    files.push(file);
  };
  const walk = async (root: string, folder: string): Promise<void> => {
    const shownOf = (path: string) => join(basename(resolve(root)), relative(root, path));
    const real = await fs.realpath(folder).catch(() => folder);
    // A link back to a folder above would otherwise be walked for ever.
    if (visitedFolders.has(real)) return;
    visitedFolders.add(real);
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => null);
    if (entries === null) {
      refused.push({ path: folder, shown: shownOf(folder), sebab: "folder ini tidak dapat dibuka (periksa izin aksesnya)" });
      return;
    }
    entries.sort((a, b) => collator.compare(a.name, b.name));
    for (const entry of entries) {
      if (isLeftBehind(entry.name)) continue;
      const submission = submissionKind(entry.name);
      const path = join(folder, entry.name);
      const kind = entry.isSymbolicLink() ? await kindOf(path) : entry.isDirectory() ? "folder" : entry.isFile() ? "file" : null;
      if (kind === "folder") await walk(root, path);
      else if (kind === "file" && submission === "workbook") await add({ path, shown: shownOf(path) });
      else if (kind === "file" && submission === "old-workbook")
        refused.push({ path, shown: shownOf(path), sebab: oldWorkbookReason(entry.name) });
    }
  };

  for (const input of inputs) {
    const kind = await kindOf(input);
    if (kind === "folder") await walk(input, input);
    else if (kind === "file") await add({ path: input, shown: input });
    else refused.push({ path: input, shown: input, sebab: "file atau folder ini tidak ditemukan" });
  }
  return { files: unambiguous(files), refused: unambiguous(refused) };
}

/** Two folders of one name given (2023/kiriman and 2024/kiriman): their files are named by their whole paths. */
function unambiguous<T extends FoundFile>(found: readonly T[]): T[] {
  const paths = new Map<string, Set<string>>();
  for (const f of found) paths.set(f.shown, (paths.get(f.shown) ?? new Set()).add(resolve(f.path)));
  return found.map((f) => (paths.get(f.shown)!.size > 1 ? { ...f, shown: f.path } : f));
}

async function kindOf(path: string): Promise<"file" | "folder" | null> {
  const stat = await fs.stat(path).catch(() => null);
  return stat === null ? null : stat.isDirectory() ? "folder" : stat.isFile() ? "file" : null;
}
