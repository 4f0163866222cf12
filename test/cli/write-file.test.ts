import { readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { OutputFileError, writeFileAtomically } from "../../src/xlsx/write-file";
import { scratchDir } from "../support/cli-run";

/** The write under every command that makes a file: whole or not at all, and nothing hidden left. */
describe("writeFileAtomically", () => {
  const bytes = new Uint8Array(Array.from({ length: 300_000 }, (_, i) => (i * 31) % 256));

  test("replaces an existing file with the whole new content, nothing else in the folder", async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, "keluaran.xlsx"), "lama");
    await writeFileAtomically(join(dir, "keluaran.xlsx"), bytes);
    expect(new Uint8Array(readFileSync(join(dir, "keluaran.xlsx")))).toEqual(bytes);
    expect(readdirSync(dir)).toEqual(["keluaran.xlsx"]);
  });

  test("replace: false keeps an existing file (EEXIST) and leaves no temporary file", async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, "punya-saya.xlsx"), "diedit");
    const failure = await writeFileAtomically(join(dir, "punya-saya.xlsx"), bytes, { replace: false }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OutputFileError);
    expect((failure as OutputFileError).code).toBe("EEXIST");
    expect(readFileSync(join(dir, "punya-saya.xlsx"), "utf8")).toBe("diedit");
    expect(readdirSync(dir)).toEqual(["punya-saya.xlsx"]);
  });

  test("replace: false writes a new name", async () => {
    const dir = scratchDir();
    await writeFileAtomically(join(dir, "baru.xlsx"), bytes, { replace: false });
    expect(new Uint8Array(readFileSync(join(dir, "baru.xlsx")))).toEqual(bytes);
    expect(readdirSync(dir)).toEqual(["baru.xlsx"]);
  });

  test("a destination it can't reach is an OutputFileError naming it, with the system's code", async () => {
    const dir = scratchDir();
    const failure = await writeFileAtomically(join(dir, "tidak-ada", "x.xlsx"), bytes).catch((e: unknown) => e);
    expect(failure).toMatchObject({ destination: join(dir, "tidak-ada", "x.xlsx"), code: "ENOENT" });
    expect(readdirSync(dir)).toEqual([]);
  });
});
