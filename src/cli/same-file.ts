import { promises as fs } from "fs";
import { basename, dirname, join, resolve } from "path";

export interface FileIdentity {
  readonly dev: bigint;
  readonly ino: bigint;
}

/** What the same-file check asks of the file system; tests hand in their own. */
export interface FileSystemProbe {
  /** The absolute path with every symbolic link resolved, or null when nothing is there. */
  realPath(path: string): Promise<string | null>;
  /** Device and inode of what the path names (links followed), or null when nothing is there. */
  identity(path: string): Promise<FileIdentity | null>;
  /** The names in a folder as the file system stores them. */
  entries(folder: string): Promise<readonly string[]>;
}

export const nodeFileSystem: FileSystemProbe = {
  realPath: (path) => fs.realpath(path).catch(() => null),
  // bigint: on Windows a file index can pass 2^53, where plain numbers would make two files look alike.
  identity: (path) =>
    fs.stat(path, { bigint: true }).then(
      ({ dev, ino }) => ({ dev, ino }),
      () => null,
    ),
  entries: (folder) => fs.readdir(folder).catch(() => []),
};

/**
 * Whether writing `output` would write over `input`: the same file reached through a symbolic
 * link, a hard link (same device and inode), or a name differing only in letter case in a folder
 * whose file system ignores case (tested on that folder, not guessed from the platform).
 */
export async function isSameFile(input: string, output: string, probe: FileSystemProbe = nodeFileSystem): Promise<boolean> {
  const realInput = await probe.realPath(input);
  if (realInput === null) return false;
  const realOutput =
    (await probe.realPath(output)) ?? join((await probe.realPath(dirname(output))) ?? resolve(dirname(output)), basename(output));
  if (realOutput === realInput) return true;

  const [inputId, outputId] = await Promise.all([probe.identity(realInput), probe.identity(realOutput)]);
  // Some file systems (FAT, some network shares) report inode 0 for everything: no evidence either way.
  if (inputId && outputId && inputId.ino !== 0n && inputId.dev === outputId.dev && inputId.ino === outputId.ino) return true;

  const folder = dirname(realInput);
  return (
    dirname(realOutput) === folder &&
    sameIgnoringCase(basename(realOutput), basename(realInput)) &&
    (await ignoresCase(folder, basename(realInput), probe))
  );
}

const folded = (name: string) => name.normalize("NFC").toLowerCase();
const sameIgnoringCase = (a: string, b: string) => folded(a) === folded(b);

const flipCase = (name: string) =>
  [...name].map((ch) => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase())).join("");

/**
 * A folder ignores case when a file in it is found under its name with every letter's case flipped,
 * though no entry is stored under that spelling.
 */
export async function ignoresCase(
  folder: string,
  existingName: string,
  probe: FileSystemProbe = nodeFileSystem,
): Promise<boolean> {
  const flipped = flipCase(existingName);
  if (flipped === existingName) return false;
  const stored = await probe.entries(folder);
  if (stored.includes(flipped)) return false;
  return (await probe.identity(join(folder, flipped))) !== null;
}
