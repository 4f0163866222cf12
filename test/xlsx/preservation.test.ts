import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { buildWorkbook } from "../../src/workbook/pipeline";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { lapkin, scratchDir } from "../support/cli-run";
import { seedGrids } from "../support/grids";
import { convertWithLibreOffice } from "../support/libreoffice";
import { CHART_TITLE, partText, richWorkbook, unzipParts, VBA_PROJECT, zipParts } from "../support/package-fixture";

/**
 * Issue 9: a user's workbook carries more than LAPKIN reads. After `lapkin laporan`, every part
 * LAPKIN had no reason to change is byte for byte what it was (uncompressed), and the parts it
 * did change are exactly the ones listed here.
 */
jest.setTimeout(240_000);
const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts");

function differences(before: Record<string, Uint8Array>, after: Record<string, Uint8Array>) {
  const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.from(a).equals(Buffer.from(b));
  return {
    changed: Object.keys(after)
      .filter((name) => before[name] && !same(before[name], after[name]!))
      .sort(),
    added: Object.keys(after)
      .filter((name) => !before[name])
      .sort(),
    removed: Object.keys(before)
      .filter((name) => !after[name])
      .sort(),
  };
}

/** The parts the first generation writes into the fixture, and nothing else. */
const FIRST_RUN = {
  changed: [
    "[Content_Types].xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    "xl/workbook.xml",
    // Info: its tab is no longer the selected one (only tabSelected goes).
    "xl/worksheets/sheet1.xml",
    // Indikator: LAPKIN's columns.
    "xl/worksheets/sheet2.xml",
  ],
  added: [
    // The report's notes: numbered after the user's own comments1 and vmlDrawing1.
    "xl/comments2.xml",
    "xl/drawings/vmlDrawing2.vml",
    "xl/worksheets/_rels/sheet5.xml.rels",
    // Laporan, PK, Rencana Aksi, Evaluasi Renja and Pemeriksaan.
    "xl/worksheets/sheet5.xml",
    "xl/worksheets/sheet6.xml",
    "xl/worksheets/sheet7.xml",
    "xl/worksheets/sheet8.xml",
    "xl/worksheets/sheet9.xml",
  ],
  removed: [],
};

/**
 * The parts of LAPKIN's charts (issue 13), from what its plans for the fixture hold: a drawing for
 * each of its sheets with charts and one part per chart, numbered after the user's drawing1 and
 * chart1 in the order the sheets are written (sheet5.xml on), and the relationships part of a
 * sheet that has charts but no notes.
 */
async function chartParts(bytes: Uint8Array): Promise<string[]> {
  const loaded = await loadWorkbook(bytes, "kaya.xlsx");
  if (!loaded.ok) throw new Error(loaded.message);
  const plans = buildWorkbook(loaded.snapshot);
  if (!plans.ok) throw new Error("the fixture's plans could not be made");
  const parts: string[] = [];
  let drawing = 1;
  let chart = 1;
  plans.sheets.forEach((sheet, i) => {
    if (sheet.charts.length === 0) return;
    drawing++;
    parts.push(`xl/drawings/drawing${drawing}.xml`, `xl/drawings/_rels/drawing${drawing}.xml.rels`);
    for (let n = 0; n < sheet.charts.length; n++) parts.push(`xl/charts/chart${++chart}.xml`);
    if (sheet.notes.length === 0) parts.push(`xl/worksheets/_rels/sheet${5 + i}.xml.rels`);
  });
  return parts;
}

describe.each([
  [
    "a workbook with a chart, a picture, a pivot table, validation, conditional format, comment, names and an external link",
    false,
  ],
  ["an .xlsm with a VBA project", true],
])("%s", (_, macros) => {
  let dir = "";
  let input = "";
  let output = "";
  let before: Record<string, Uint8Array>;
  let after: Record<string, Uint8Array>;
  let charts: string[] = [];
  const extension = macros ? "xlsm" : "xlsx";

  beforeAll(async () => {
    dir = scratchDir();
    input = join(dir, `kaya.${extension}`);
    output = join(dir, `kaya-laporan.${extension}`);
    const { info, indikator } = seedGrids();
    const bytes = zipParts(richWorkbook({ info, indikator, macros }));
    writeFileSync(input, bytes);
    // No -o: the default name keeps the extension (an .xlsm stays an .xlsm).
    const run = await lapkin("laporan", input);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    before = unzipParts(bytes);
    charts = await chartParts(bytes);
    after = unzipParts(new Uint8Array(readFileSync(output)));
  });

  test("every part outside those LAPKIN writes is byte-identical; LAPKIN's are exactly the listed ones", () => {
    expect(differences(before, after)).toEqual({ ...FIRST_RUN, added: [...FIRST_RUN.added, ...charts].sort() });
  });

  test("the workbook keeps its kind, its names and its links; LAPKIN's names are hidden", () => {
    const types = partText(readFileSync(output), "[Content_Types].xml");
    expect(types).toContain(
      macros
        ? '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>'
        : '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    );
    if (macros) expect(Buffer.from(after["xl/vbaProject.bin"]!).equals(Buffer.from(VBA_PROJECT))).toBe(true);
    const workbook = partText(readFileSync(output), "xl/workbook.xml");
    expect(workbook).toContain('<definedName name="DataNilai">Data!$B$2:$B$4</definedName>');
    expect(workbook).toContain('<definedName name="_xlnm.Print_Area" localSheetId="2">Data!$A$1:$K$20</definedName>');
    expect(workbook).toContain('<externalReferences><externalReference r:id="rId20"/></externalReferences>');
    expect(workbook).toContain('<pivotCaches><pivotCache cacheId="1" r:id="rId21"/></pivotCaches>');
    expect(workbook).toMatch(/<definedName name="_LAPKIN_SHEET_LAPORAN" hidden="1">Laporan!\$A\$1<\/definedName>/);
    expect(workbook).toContain('activeTab="4"');
    const rels = partText(readFileSync(output), "xl/_rels/workbook.xml.rels");
    expect(rels).toContain('Target="externalLinks/externalLink1.xml"');
    expect(rels).toContain('Target="calcChain.xml"');
  });

  test("ExcelJS, an independent reader, opens the output and finds the report and the user's sheets", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(output) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Info",
      "Indikator",
      "Data",
      "Pivot",
      "Laporan",
      "PK",
      "Rencana Aksi",
      "Evaluasi Renja",
      "Pemeriksaan",
    ]);
    expect(book.getWorksheet("Data")!.getCell("B2").value).toBe(1);
    expect(book.getWorksheet("Laporan")!.getCell("A1").value).toBe("LAPORAN KINERJA TRIWULAN IV TAHUN 2023");
  });

  test("LibreOffice opens the output and still draws the chart (its title is in the PDF)", () => {
    const copy = join(dir, `lo.xlsx`);
    writeFileSync(copy, readFileSync(output));
    const pdf = convertWithLibreOffice(copy, "pdf", join(dir, "pdf"));
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain(CHART_TITLE);
    expect(text).toContain("LAPORAN KINERJA TRIWULAN IV TAHUN 2023");
    expect(text).toContain("Sum of Nilai");
    if (!macros) {
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
      const chartPage = Array.from({ length: pages }, (_, i) => i + 1).find((page) =>
        execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" }).includes(CHART_TITLE),
      )!;
      mkdirSync(ARTIFACTS, { recursive: true });
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "70",
        "-singlefile",
        "-f",
        `${chartPage}`,
        "-l",
        `${chartPage}`,
        pdf,
        join(ARTIFACTS, "preservation-chart"),
      ]);
    }
  });

  test("a regeneration rewrites LAPKIN's sheet in place, to the same bytes, and drops calcChain (Excel rebuilds it)", async () => {
    const again = join(dir, `lagi.${extension}`);
    expect((await lapkin("laporan", output, "-o", again)).status).toBe(0);
    const third = unzipParts(new Uint8Array(readFileSync(again)));
    expect(differences(after, third)).toEqual({
      // Laporan (sheet5.xml), Indikator, styles and names come out exactly as the first run wrote them;
      // only calcChain's entry goes from the relationships and the content types.
      changed: ["[Content_Types].xml", "xl/_rels/workbook.xml.rels"],
      added: [],
      removed: ["xl/calcChain.xml"],
    });
    expect(partText(readFileSync(again), "[Content_Types].xml")).not.toContain("calcChain");
    expect(partText(readFileSync(again), "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
  });
});
