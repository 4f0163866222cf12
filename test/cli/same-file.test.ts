import { existsSync, linkSync, lstatSync, readdirSync, readFileSync, symlinkSync } from "fs";
import { join, posix } from "path";
import { ignoresCase, isSameFile, type FileIdentity, type FileSystemProbe } from "../../src/cli/same-file";
import { lapkin, scratchDir, writeWorkbook } from "../support/cli-run";
import { seedGrids } from "../support/grids";

/** `lapkin laporan` never writes its report over its own input, whatever name the input goes by. */
jest.setTimeout(60_000);

describe("an output that is the input under another name is refused, and the input is untouched", () => {
  let dir = "";
  let input = "";
  let original: Buffer;
  beforeEach(async () => {
    dir = scratchDir();
    input = await writeWorkbook(dir, "kinerja.xlsx", seedGrids());
    original = readFileSync(input);
  });

  async function refused(inputName: string, outputName: string) {
    const before = readdirSync(dir).sort();
    const run = await lapkin("laporan", inputName, "-o", outputName);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(outputName);
    expect(run.stderr).toContain(inputName);
    expect(run.stderr).toContain("pilih nama lain dengan -o");
    expect(readFileSync(input)).toEqual(original);
    expect(readdirSync(dir).sort()).toEqual(before);
  }

  test("input through a symbolic link, -o naming the link's target", async () => {
    symlinkSync(input, join(dir, "tautan.xlsx"));
    await refused(join(dir, "tautan.xlsx"), input);
  });

  test("input through a symbolic link, -o naming the link itself (which stays a link)", async () => {
    const link = join(dir, "tautan.xlsx");
    symlinkSync(input, link);
    await refused(link, link);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  test("-o naming a symbolic link that points at the input", async () => {
    symlinkSync("kinerja.xlsx", join(dir, "tautan.xlsx"));
    await refused(input, join(dir, "tautan.xlsx"));
  });

  test("-o reaching the input's folder through a linked folder", async () => {
    symlinkSync(dir, join(dir, "folder-lain"));
    await refused(input, join(dir, "folder-lain", "kinerja.xlsx"));
  });

  test("-o naming a hard link of the input", async () => {
    linkSync(input, join(dir, "salinan-keras.xlsx"));
    await refused(input, join(dir, "salinan-keras.xlsx"));
  });

  test("-o naming the input with its letters' case flipped: refused where this folder ignores case, else a file of its own", async () => {
    const flipped = join(dir, "KINERJA.XLSX");
    // Asked of the file system directly, before anything is written: does the other spelling find the input?
    const folderIgnoresCase = existsSync(flipped);
    if (folderIgnoresCase) await refused(input, flipped);
    else {
      const run = await lapkin("laporan", input, "-o", flipped);
      expect(run.status).not.toBe(2);
      expect(readdirSync(dir).sort()).toEqual(["KINERJA.XLSX", "kinerja.xlsx"]);
      expect(readFileSync(input)).toEqual(original);
    }
    expect(await ignoresCase(dir, "kinerja.xlsx")).toBe(folderIgnoresCase);
  });

  test("a different file in the same folder is written as asked", async () => {
    const run = await lapkin("laporan", input, "-o", join(dir, "kinerja-2.xlsx"));
    expect(run.status).not.toBe(2);
    expect(readdirSync(dir).sort()).toEqual(["kinerja-2.xlsx", "kinerja.xlsx"]);
  });
});

/**
 * A file system the test describes: files by folder, each with its identity; `ignoresCase` folders
 * find a name whatever its letters' case (as NTFS, APFS and FAT do), and inode 0 for everything
 * where `noInodes` (FAT, some network shares), so only the name rule can tell.
 */
function fakeFileSystem(folders: Record<string, { ignoresCase: boolean; files: string[] }>, noInodes = false): FileSystemProbe {
  const lookup = (path: string): { folder: string; stored: string } | null => {
    const folder = posix.dirname(path);
    const entry = folders[folder];
    if (!entry) return null;
    const name = posix.basename(path);
    const stored = entry.files.find((f) => (entry.ignoresCase ? f.toLowerCase() === name.toLowerCase() : f === name));
    return stored === undefined ? null : { folder, stored };
  };
  const identities = new Map<string, FileIdentity>();
  let next = 1n;
  for (const [folder, { files }] of Object.entries(folders))
    for (const file of files) identities.set(posix.join(folder, file), { dev: 7n, ino: noInodes ? 0n : next++ });
  return {
    // As realpath(3) may on such systems: the spelling asked for comes back, not the stored one.
    realPath: async (path) => (folders[path] || lookup(path) ? path : null),
    identity: async (path) => {
      const found = lookup(path);
      return found ? identities.get(posix.join(found.folder, found.stored))! : null;
    },
    entries: async (folder) => folders[folder]?.files ?? [],
  };
}

describe("the letter-case rule, decided on a described file system", () => {
  const insensitive = { "/kerja": { ignoresCase: true, files: ["Kinerja Über.xlsx", "lain.xlsx"] } };

  test("a folder that ignores case: another spelling of the input is the input, even with no inode numbers", async () => {
    for (const noInodes of [false, true]) {
      const probe = fakeFileSystem(insensitive, noInodes);
      expect(await ignoresCase("/kerja", "Kinerja Über.xlsx", probe)).toBe(true);
      expect(await isSameFile("/kerja/Kinerja Über.xlsx", "/kerja/KINERJA ÜBER.XLSX", probe)).toBe(true);
      expect(await isSameFile("/kerja/Kinerja Über.xlsx", "/kerja/kinerja über.xlsx", probe)).toBe(true);
      expect(await isSameFile("/kerja/Kinerja Über.xlsx", "/kerja/lain.xlsx", probe)).toBe(false);
      expect(await isSameFile("/kerja/Kinerja Über.xlsx", "/kerja/Kinerja Über-laporan.xlsx", probe)).toBe(false);
    }
  });

  test("a folder that keeps case: two spellings are two files", async () => {
    const probe = fakeFileSystem({ "/kerja": { ignoresCase: false, files: ["kinerja.xlsx", "KINERJA.xlsx"] } }, true);
    expect(await ignoresCase("/kerja", "kinerja.xlsx", probe)).toBe(false);
    expect(await isSameFile("/kerja/kinerja.xlsx", "/kerja/KINERJA.xlsx", probe)).toBe(false);
    const alone = fakeFileSystem({ "/kerja": { ignoresCase: false, files: ["kinerja.xlsx"] } }, true);
    expect(await ignoresCase("/kerja", "kinerja.xlsx", alone)).toBe(false);
    expect(await isSameFile("/kerja/kinerja.xlsx", "/kerja/Kinerja.xlsx", alone)).toBe(false);
  });

  test("the same name in another folder is another file", async () => {
    const probe = fakeFileSystem({
      "/kerja": { ignoresCase: true, files: ["kinerja.xlsx"] },
      "/arsip": { ignoresCase: true, files: ["KINERJA.xlsx"] },
    });
    expect(await isSameFile("/kerja/kinerja.xlsx", "/arsip/KINERJA.xlsx", probe)).toBe(false);
  });

  test("only a name with letters can show a folder's case rule", async () => {
    const probe = fakeFileSystem({ "/kerja": { ignoresCase: true, files: ["2023.xlsx"] } });
    expect(await ignoresCase("/kerja", "2023.xlsx", probe)).toBe(true);
    expect(await ignoresCase("/kerja", "2023", fakeFileSystem({ "/kerja": { ignoresCase: true, files: ["2023"] } }))).toBe(false);
  });
});
