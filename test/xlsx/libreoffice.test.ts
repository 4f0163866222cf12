import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { mapPackage } from "../../src/xlsx/read/package-map";
import { emptyPackage } from "../../src/xlsx/write/empty-package";
import { WorkbookWriter } from "../../src/xlsx/write/workbook-writer";
import { lapkin, readBook, scratchDir } from "../support/cli-run";
import { convertWithLibreOffice } from "../support/libreoffice";

/**
 * The report sheet must compute without LAPKIN: LibreOffice, recalculating every formula on load,
 * must arrive at the values LAPKIN wrote. The rendered page is kept in test-artifacts/ to look at.
 */
const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts");
jest.setTimeout(180_000);

type FormulaCell = { address: string; formula: string; result: unknown };

function formulaCells(sheet: ExcelJS.Worksheet): FormulaCell[] {
  const cells: FormulaCell[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value as { formula?: string; result?: unknown } | null;
      if (value && typeof value === "object" && typeof value.formula === "string") {
        cells.push({ address: cell.address, formula: value.formula, result: value.result });
      }
    }),
  );
  return cells;
}

describe("the report sheet recomputed by LibreOffice", () => {
  let dir = "";
  let report = "";
  beforeAll(async () => {
    dir = scratchDir();
    const sample = join(dir, "klakah.xlsx");
    await lapkin("contoh", "-o", sample);
    await lapkin("laporan", sample);
    report = join(dir, "klakah-laporan.xlsx");
  });

  test("every native formula of Laporan gives, in LibreOffice, the value LAPKIN wrote", async () => {
    const ours = formulaCells((await readBook(report)).getWorksheet("Laporan")!);
    expect(ours.length).toBeGreaterThanOrEqual(20);
    const recomputed = await readBook(convertWithLibreOffice(report, "xlsx", join(dir, "lo")));
    const theirs = new Map(formulaCells(recomputed.getWorksheet("Laporan")!).map((c) => [c.address, c.result]));
    for (const cell of ours) {
      const result = theirs.get(cell.address);
      if (typeof cell.result === "number")
        expect({ cell: cell.address, value: Number(result) }).toEqual({ cell: cell.address, value: cell.result });
      else expect({ cell: cell.address, value: result }).toEqual({ cell: cell.address, value: cell.result });
    }
  });

  test("LibreOffice reads LAPKIN's notes: the same text on the same cells in the file it saves", async () => {
    const notes = (sheet: ExcelJS.Worksheet) => {
      const found = new Map<string, string>();
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const note = cell.note as ExcelJS.Comment | string | undefined;
          if (note) found.set(cell.address, typeof note === "string" ? note : note.texts!.map((t) => t.text).join(""));
        }),
      );
      return found;
    };
    const ours = notes((await readBook(report)).getWorksheet("Laporan")!);
    expect(ours.size).toBeGreaterThan(0);
    const theirs = notes(
      (await readBook(convertWithLibreOffice(report, "xlsx", join(dir, "lo-notes")))).getWorksheet("Laporan")!,
    );
    expect(theirs).toEqual(ours);
  });

  test("LibreOffice really recomputes: a wrong cached value comes back corrected", async () => {
    const book = await readBook(report);
    const sheet = book.getWorksheet("Laporan")!;
    const capaian = formulaCells(sheet).find((c) => c.formula.startsWith("ROUND(E") && c.result === 94.3)!;
    sheet.getCell(capaian.address).value = { formula: capaian.formula, result: 0 };
    const tampered = join(dir, "salah.xlsx");
    await book.xlsx.writeFile(tampered);
    const recomputed = await readBook(convertWithLibreOffice(tampered, "xlsx", join(dir, "lo2")));
    expect((recomputed.getWorksheet("Laporan")!.getCell(capaian.address).value as { result: unknown }).result).toBe(94.3);
  });

  test("the Laporan sheet, as LAPKIN wrote it, renders to PDF pages, kept as PNGs in test-artifacts/", async () => {
    const pdf = convertWithLibreOffice(report, "pdf", join(dir, "pdf"));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
    const text = (page: number) =>
      execFileSync("pdftotext", ["-layout", "-f", `${page}`, "-l", `${page}`, pdf, "-"], { encoding: "utf8" });
    const reportPages = Array.from({ length: pages }, (_, i) => i + 1).filter((page) =>
      text(page).includes("LAPORAN KINERJA TRIWULAN IV TAHUN 2023"),
    );
    expect(reportPages.length).toBeGreaterThanOrEqual(1);
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const old of readdirSync(ARTIFACTS).filter((f) => /^laporan-\d+\.png$/.test(f))) rmSync(join(ARTIFACTS, old));
    reportPages.forEach((page, i) =>
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "80",
        "-singlefile",
        "-f",
        `${page}`,
        "-l",
        `${page}`,
        pdf,
        join(ARTIFACTS, `laporan-${i + 1}`),
      ]),
    );
    expect(existsSync(join(ARTIFACTS, "laporan-1.png"))).toBe(true);
    const all = reportPages.map(text).join("\n");
    expect(all).toContain("2.180.922.481");
    expect(all).toContain("94,74");
  });
});

test("manual page breaks: each listed row begins a printed page in LibreOffice (the brk id convention)", async () => {
  const dir = scratchDir();
  const draft = emptyPackage();
  const writer = new WorkbookWriter(draft, mapPackage(draft));
  const rows = 30;
  writer.writeSheet(
    "Halaman",
    null,
    {
      cells: Array.from({ length: rows }, (_, r) => ({ row: r, column: 0, value: `Baris${r}`, style: 0 })),
      styleOf: (cell) => cell.style,
      merges: [],
      columnWidths: [20],
      rowHeights: new Map(),
      print: { paper: "A4", orientation: "portrait", fitToWidth: true, repeatRows: null },
      rowBreaks: [10, 20],
      frozenRows: 0,
      notes: [],
    },
    true,
  );
  const file = join(dir, "halaman.xlsx");
  writeFileSync(file, writer.finish([], "Halaman"));
  const pdf = convertWithLibreOffice(file, "pdf", join(dir, "pdf"));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  const onPage = Array.from(
    { length: pages },
    (_, i) =>
      execFileSync("pdftotext", ["-f", `${i + 1}`, "-l", `${i + 1}`, pdf, "-"], { encoding: "utf8" }).match(/Baris\d+/g) ?? [],
  );
  expect(onPage.map((words) => [words[0], words[words.length - 1]])).toEqual([
    ["Baris0", "Baris9"],
    ["Baris10", "Baris19"],
    ["Baris20", "Baris29"],
  ]);
});
