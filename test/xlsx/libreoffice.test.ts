import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, readdirSync } from "fs";
import { join } from "path";
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

  test("the Laporan sheet renders to a PDF page, kept as a PNG in test-artifacts/", async () => {
    const book = await readBook(report);
    for (const name of ["Info", "Indikator"]) book.removeWorksheet(book.getWorksheet(name)!.id);
    const only = join(dir, "laporan-lapkin.xlsx");
    await book.xlsx.writeFile(only);
    const pdf = convertWithLibreOffice(only, "pdf", join(dir, "pdf"));
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", "80", pdf, join(ARTIFACTS, "laporan")]);
    const pages = readdirSync(ARTIFACTS).filter((f) => /^laporan-\d+\.png$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(ARTIFACTS, pages[0]!))).toBe(true);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("LAPORAN KINERJA TRIWULAN IV TAHUN 2023");
    expect(text).toContain("2.180.922.481");
    expect(text).toContain("94,74");
  });
});
