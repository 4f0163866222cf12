import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";
import type { CellValue } from "../../src/workbook/cells";
import { MAX_INDICATOR_ROWS } from "../../src/workbook/contract";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { runBuilt } from "../cli/support/built-cli";
import { lapkin, readBook, scratchDir, writeWorkbook } from "../support/cli-run";
import { columnOf, seedGrids, withCell } from "../support/grids";

/** The command line given what no real report is: a clear line, the documented exit code, nothing written. */
jest.setTimeout(120_000);

describe("lapkin refuses what it can't use", () => {
  let dir = "";
  beforeEach(() => {
    dir = scratchDir();
  });

  async function refused(args: string[], fragment: string) {
    const before = readdirSync(dir).sort();
    const run = await lapkin(...args);
    expect({ status: run.status, lines: run.stderr.split("\n").length }).toEqual({ status: 2, lines: 1 });
    expect(run.stderr).toContain(fragment);
    expect(readdirSync(dir).sort()).toEqual(before);
  }

  test("random bytes, an empty file, a password-protected (encrypted) workbook", async () => {
    writeFileSync(join(dir, "acak.xlsx"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    await refused(["laporan", join(dir, "acak.xlsx")], "bukan file .xlsx");
    writeFileSync(join(dir, "kosong.xlsx"), Buffer.alloc(0));
    await refused(["laporan", join(dir, "kosong.xlsx")], "bukan file .xlsx");
    // Encrypted .xlsx files are OLE compound files, as old .xls files are.
    const compound = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(compound);
    writeFileSync(join(dir, "rahasia.xlsx"), compound);
    await refused(["laporan", join(dir, "rahasia.xlsx")], "berkata sandi");
  });

  test("an Indikator sheet with only its header row", async () => {
    const grids = seedGrids();
    const path = await writeWorkbook(dir, "judul.xlsx", { info: grids.info, indikator: [grids.indikator[0]!] });
    await refused(["laporan", path], "hanya berisi judul kolom");
  });

  test(`a sheet far larger than any report: more than ${MAX_INDICATOR_ROWS} rows is refused, documented in the README`, async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Info").addRows(seedGrids().info.map((r) => [...r]));
    const sheet = book.addWorksheet("Indikator");
    sheet.addRow(["Level", "Uraian", "Indikator", "Target", "Realisasi"]);
    for (let i = 0; i <= MAX_INDICATOR_ROWS; i++) sheet.addRow(["Sasaran", "S", `Indikator ${i}`, 90, 80]);
    const path = join(dir, "besar.xlsx");
    await book.xlsx.writeFile(path);
    await refused(["laporan", path], `lebih dari batas ${MAX_INDICATOR_ROWS} baris`);
  });

  test("an output it cannot write: a folder, or a path under a file", async () => {
    const path = await writeWorkbook(dir, "baik.xlsx", seedGrids());
    mkdirSync(join(dir, "folder.xlsx"));
    const asFolder = await lapkin("laporan", path, "-o", join(dir, "folder.xlsx"));
    expect(asFolder.status).toBe(2);
    expect(asFolder.stderr.split("\n")).toHaveLength(1);
    expect(asFolder.stderr).toContain("adalah folder");
    const underFile = await lapkin("laporan", path, "-o", join(dir, "baik.xlsx", "x.xlsx"));
    expect(underFile.status).toBe(2);
    expect(underFile.stderr).toContain(`${join(dir, "baik.xlsx", "x.xlsx")} melewati sesuatu yang bukan folder`);
    expect(readdirSync(dir).sort()).toEqual(["baik.xlsx", "folder.xlsx"]);
    expect(readdirSync(join(dir, "folder.xlsx"))).toEqual([]);
  });
});

/** A cell's text with real control characters, as Excel stores them in the file (`_x001B_`). */
async function workbookWithControls(path: string, grids: { info: CellValue[][]; indikator: CellValue[][] }): Promise<void> {
  await writeWorkbook(dirname(path), basename(path), grids);
  const parts = unzipSync(readFileSync(path));
  // Wherever the text is stored (shared strings, or inline in the sheet), the markers become Excel's escapes.
  for (const name of Object.keys(parts).filter((n) => n.endsWith(".xml"))) {
    parts[name] = strToU8(strFromU8(parts[name]!).replace(/«([0-9A-F]{4})»/g, "_x$1_"));
  }
  writeFileSync(path, zipSync(parts));
}

describe("cell text and file names never drive the terminal", () => {
  // «001B» stands for ESC, «009B» for the 8-bit CSI, «0007» for BEL, «000D» for a carriage return, until the file is written.
  const ESC = "«001B»";
  const name = `Nilai IKM «009B»2J${ESC}[2J${ESC}]0;judul palsu«0007»${ESC}[8mteks tersembunyi${ESC}[0m«000D»Semua baik`;
  const keterangan = `${ESC}[2J${ESC}]0;judul«0007»${ESC}[8mketerangan«000D»`;
  const realisasi = `${ESC}[8m84,87«000D»`;
  const asRead = (text: string) => text.replace(/«([0-9A-F]{4})»/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  // What a terminal would act on: C0 other than newline and tab, DEL, and C1 (0xC2 0x80-0x9F in UTF-8).
  const controlBytes = (bytes: Buffer) =>
    [...bytes].filter(
      (b, i) => (b < 0x20 && b !== 0x0a && b !== 0x09) || b === 0x7f || (bytes[i - 1] === 0xc2 && b >= 0x80 && b <= 0x9f),
    );

  let dir = "";
  let file = "";
  beforeAll(async () => {
    dir = scratchDir();
    const grids = seedGrids();
    withCell(grids.indikator, 1, "indikator", name);
    withCell(grids.indikator, 1, "keterangan", keterangan);
    withCell(grids.indikator, 2, "realisasi", realisasi);
    withCell(grids.indikator, 2, "agregasi", "Manual");
    grids.info[0]![1] = `Kecamatan ${ESC}[2JKlakah`;
    // The file's own name carries a clear-screen and a window title too.
    file = join(dir, "kinerja\u001b[2J\u001b]0;x\u0007.xlsx");
    await workbookWithControls(file, grids);
  });

  test("the hostile text really reaches LAPKIN as control characters", async () => {
    const loaded = await loadWorkbook(new Uint8Array(readFileSync(file)), file);
    expect(loaded.ok && loaded.snapshot.indikator!.grid.flat()).toContain(asRead(name));
  });

  test.each([
    { command: "laporan", options: [] },
    { command: "periksa", options: [] },
    { command: "laporan", options: ["--json"] },
    { command: "periksa", options: ["--json"] },
  ])("lapkin $command $options", ({ command, options }) => {
    const run = runBuilt(dir, [command, basename(file), ...options]);
    expect(run.status).toBe(1);
    expect(controlBytes(run.stdout)).toEqual([]);
    expect(controlBytes(run.stderr)).toEqual([]);
    const stdout = run.stdout.toString("utf8");
    if (options.includes("--json")) {
      // Exact JSON: the indicator's name comes back with every control character, escaped.
      const json = JSON.parse(stdout) as { indikator: { indikator: string }[] };
      expect(json.indikator[0]!.indikator).toBe(asRead(name));
    } else {
      // The hidden text is shown, the forged title is gone, the carriage return can't overwrite the line.
      expect(stdout).toContain("Nilai IKM teks tersembunyiSemua baik");
      expect(stdout).not.toContain("judul palsu");
      expect(stdout).toContain("KECAMATAN KLAKAH");
      expect(stdout).toMatch(/\[galat\] Indikator!\w+3: .*84,87/);
    }
  });

  test("a file name with control codes, in the messages that quote it", () => {
    const missing = runBuilt(dir, ["periksa", "tidak\u001b[2Jada\u001b]0;x\u0007.xlsx"]);
    expect(missing.status).toBe(2);
    expect(controlBytes(missing.stderr)).toEqual([]);
    expect(missing.stderr.toString("utf8")).toContain("tidakada.xlsx tidak ditemukan");
    const sample = runBuilt(dir, ["contoh", "-o", "contoh\u001b[8m.xlsx"]);
    expect(sample.status).toBe(0);
    expect(controlBytes(sample.stdout)).toEqual([]);
    expect(sample.stdout.toString("utf8")).toContain("contoh.xlsx");
  });
});

describe("a Keterangan of 100,000 characters", () => {
  test("every cell LAPKIN writes holds at most Excel's 32,767 characters, the cut one ending in ...; the user's own cell is kept", async () => {
    const dir = scratchDir();
    const words = Array.from({ length: 20_000 }, (_, i) => `kata${i}`).join(" ");
    const keterangan = words.slice(0, 100_000);
    const grids = seedGrids();
    withCell(grids.indikator, 1, "keterangan", keterangan);
    const input = await writeWorkbook(dir, "panjang.xlsx", grids);
    const run = await lapkin("laporan", input, "-o", join(dir, "keluaran.xlsx"));
    expect(run.status).not.toBe(2);

    const book = await readBook(join(dir, "keluaran.xlsx"));
    const userCell = `Indikator!${columnLetter(columnOf("keterangan"))}2`;
    const texts: { where: string; text: string }[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          texts.push({ where: `${sheet.name}!${cell.address}`, text: cellText(cell.value) });
          if (cell.note) texts.push({ where: `${sheet.name}!${cell.address} (catatan)`, text: cellText(cell.note) });
        }),
      ),
    );
    // Not LAPKIN's to change (a cell LAPKIN did not make is never changed): the input's own cell, as it was.
    expect(texts.find((t) => t.where === userCell)?.text).toBe(keterangan);
    const tooLong = texts.filter((t) => t.where !== userCell && t.text.length > 32_767).map((t) => t.where);
    expect(tooLong).toEqual([]);
    const cut = texts.filter((t) => t.where !== userCell && t.text.startsWith("kata0 kata1") && t.text.length === 32_767);
    expect(cut.length).toBeGreaterThan(0);
    for (const { text } of cut) expect(text).toBe(`${keterangan.slice(0, 32_764)}...`);
  });
});

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A cell's text as Excel counts it: a string, rich-text runs, or a formula's text result. */
function cellText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") {
    const v = value as { richText?: { text: string }[]; result?: unknown; texts?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if (v.texts) return v.texts.map((r) => r.text).join("");
    if (typeof v.result === "string") return v.result;
  }
  return "";
}
