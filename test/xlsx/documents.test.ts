import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { generateInExcel } from "../../src/excel/generate-in-excel";
import { a1 } from "../../src/workbook/a1";
import { cellsOf, lapkin, readBook, scratchDir, writeWorkbook } from "../support/cli-run";
import { seedGrids } from "../support/grids";
import { convertWithLibreOffice } from "../support/libreoffice";
import { ALL_CAPABILITIES, contentsOf, excelWith } from "../support/office-double/run";
import { plansOf } from "../support/workbooks";

/**
 * The SAKIP year's documents from the sample (issue 11): written the same by both doors, every
 * native formula recomputed by LibreOffice to LAPKIN's value, and, after one TW value is corrected
 * in Indikator, recomputed to what LAPKIN itself computes from the corrected workbook.
 */
jest.setTimeout(240_000);

const DOCUMENTS = ["Laporan", "PK", "Rencana Aksi", "Evaluasi Renja", "Pemeriksaan"];

type Shown = string | number | boolean | null;
const shown = (value: unknown): Shown => {
  if (value && typeof value === "object") {
    const v = value as { formula?: string; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if ("formula" in v) return (v.result ?? null) as Shown;
  }
  return (value ?? null) as Shown;
};

describe("both doors and LibreOffice", () => {
  let dir = "";
  let output = "";
  beforeAll(async () => {
    dir = scratchDir();
    const input = await writeWorkbook(dir, "contoh.xlsx", seedGrids());
    output = join(dir, "contoh-laporan.xlsx");
    expect((await lapkin("laporan", input, "-o", output)).status).toBeLessThan(2);
  });

  test("the sample makes every document of the SAKIP year", async () => {
    expect((await readBook(output)).worksheets.map((s) => s.name)).toEqual(["Info", "Indikator", ...DOCUMENTS]);
  });

  test("each new sheet is written cell for cell the same by the Office.js door and the file door", async () => {
    const grids = seedGrids();
    const { double, context } = excelWith({ Info: grids.info, Indikator: grids.indikator });
    expect((await generateInExcel(context, ALL_CAPABILITIES)).ok).toBe(true);
    const book = await readBook(output);
    for (const name of DOCUMENTS) {
      const fromFile = new Map(
        [...cellsOf(book.getWorksheet(name))].map(([address, value]) => {
          const formula = (value as { formula?: string })?.formula;
          return [address, formula ? `=${formula}` : shown(value)] as const;
        }),
      );
      const fromExcel = new Map(
        [...contentsOf(double, name)].map(([key, value]) => {
          const [r, c] = key.split(":").map(Number) as [number, number];
          return [a1(r, c), value] as const;
        }),
      );
      expect({ name, size: fromExcel.size > 10 }).toEqual({ name, size: true });
      const differences = [...new Set([...fromExcel.keys(), ...fromFile.keys()])]
        .filter((address) => fromExcel.get(address) !== fromFile.get(address))
        .map((address) => ({ sheet: name, address, excel: fromExcel.get(address), file: fromFile.get(address) }));
      expect(differences).toEqual([]);
    }
  });

  test("LibreOffice, recalculating, gets every native formula of every document to the value LAPKIN wrote", async () => {
    const ours = await readBook(output);
    const theirs = await readBook(convertWithLibreOffice(output, "xlsx", join(dir, "lo")));
    let formulas = 0;
    for (const name of DOCUMENTS) {
      ours.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as { formula?: string; result?: unknown } | null;
          if (!value || typeof value !== "object" || typeof value.formula !== "string") return;
          formulas++;
          const recomputed = shown(theirs.getWorksheet(name)!.getCell(cell.address).value);
          const expected = value.result ?? null;
          expect({
            sheet: name,
            cell: cell.address,
            value: typeof expected === "number" ? Number(recomputed) : recomputed,
          }).toEqual({
            sheet: name,
            cell: cell.address,
            value: expected,
          });
        }),
      );
    }
    expect(formulas).toBeGreaterThan(80);
  });

  test("after one TW value is corrected in Indikator, LibreOffice recalculates Laporan, Rencana Aksi and Evaluasi Renja to LAPKIN's new figures", async () => {
    // The fasilitasi indicator's TW 3 (Indikator!I3) goes from 17,02 to 20, by editing the file itself: no macro, no LAPKIN.
    const parts = unzipSync(readFileSync(output));
    const indikatorPart = "xl/worksheets/sheet2.xml";
    const xml = strFromU8(parts[indikatorPart]!);
    const edited = xml.replace(/(<c r="I3"[^>]*>)<v>17\.02<\/v>/, "$1<v>20</v>");
    expect(edited).not.toBe(xml);
    const file = join(dir, "koreksi.xlsx");
    writeFileSync(file, zipSync({ ...parts, [indikatorPart]: strToU8(edited) }));
    const recomputed = await readBook(convertWithLibreOffice(file, "xlsx", join(dir, "lo-koreksi")));

    // What LAPKIN computes from the corrected workbook, plan by plan.
    const grids = seedGrids();
    grids.indikator[2]![8] = 20;
    const plans = plansOf(grids);
    const fasilitasi = "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti";
    let compared = 0;
    for (const name of ["Laporan", "Rencana Aksi", "Evaluasi Renja"]) {
      const plan = plans.sheets.find((s) => s.name === name)!;
      const sheet = recomputed.getWorksheet(name)!;
      const row = plan.cells.find((c) => c.value === fasilitasi)!.row;
      for (const cell of plan.cells.filter((c) => c.row === row && c.formula && typeof c.value === "number")) {
        compared++;
        expect({
          sheet: name,
          cell: a1(cell.row, cell.column),
          value: Number(shown(sheet.getCell(cell.row + 1, cell.column + 1).value)),
        }).toEqual({
          sheet: name,
          cell: a1(cell.row, cell.column),
          value: cell.value,
        });
      }
    }
    // The corrected realisasi is 20,11 + 8,88 + 20 + 47,64 = 96,63, and 96,63 / 95,23 x 100 = 101,47.
    const laporan = plans.sheets.find((s) => s.name === "Laporan")!;
    const row = laporan.cells.find((c) => c.value === fasilitasi)!.row;
    expect(laporan.cells.filter((c) => c.row === row && (c.column === 4 || c.column === 5)).map((c) => c.value)).toEqual([
      96.63, 101.47,
    ]);
    expect(compared).toBeGreaterThanOrEqual(10);
  });
});

test("a TW value changed after the report was made: the sentences are said to be older than the figures until the report is made again", async () => {
  const dir = scratchDir();
  const input = await writeWorkbook(dir, "awal.xlsx", seedGrids());
  const first = join(dir, "satu.xlsx");
  await lapkin("laporan", input, "-o", first);
  const kode = async (file: string) =>
    (JSON.parse((await lapkin("periksa", file, "--json")).stdout) as { flags: { kode: string }[] }).flags.map((f) => f.kode);
  expect(await kode(first)).not.toContain("LAPORAN_LAMA");

  const parts = unzipSync(readFileSync(first));
  const xml = strFromU8(parts["xl/worksheets/sheet2.xml"]!);
  const edited = join(dir, "diubah.xlsx");
  writeFileSync(
    edited,
    zipSync({ ...parts, "xl/worksheets/sheet2.xml": strToU8(xml.replace(/(<c r="I3"[^>]*>)<v>17\.02<\/v>/, "$1<v>20</v>")) }),
  );
  expect(await kode(edited)).toContain("LAPORAN_LAMA");

  const again = join(dir, "dua.xlsx");
  await lapkin("laporan", edited, "-o", again);
  expect(await kode(again)).not.toContain("LAPORAN_LAMA");
});

describe("sheet PK", () => {
  test("holds both parties, the promises, every indicator's target and the programs' budgets with their total", () => {
    const pk = plansOf(seedGrids()).sheets.find((s) => s.kind === "pk")!;
    const texts = pk.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts).toEqual(
      expect.arrayContaining([
        "PERJANJIAN KINERJA TAHUN 2023",
        ": Camat Klakah",
        ": Bupati Lumajang",
        "PIHAK PERTAMA,",
        "PIHAK KEDUA,",
      ]),
    );
    expect(texts.some((t) => t.startsWith("Pihak pertama berjanji"))).toBe(true);
    const total = pk.cells.find((c) => c.formula?.startsWith("=SUM("));
    // 2.180.922.481 + 305.100.000 = 2.486.022.481, the seed's two budgets.
    expect(total?.value).toBe(2_486_022_481);
    const targets = pk.cells.filter((c) => c.formula && /^=Indikator!F\d$/.test(c.formula)).map((c) => c.value);
    expect(targets).toEqual([90, 95.23, 95.23]);
  });
});

test("ExcelJS, an independent reader, opens every document", async () => {
  const dir = scratchDir();
  const input = await writeWorkbook(dir, "c.xlsx", seedGrids());
  await lapkin("laporan", input);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, "c-laporan.xlsx"));
  for (const name of DOCUMENTS) expect(book.getWorksheet(name)?.rowCount).toBeGreaterThan(5);
});
