import ExcelJS from "exceljs";
import { columnLetters, plainWorkbook, zipParts } from "../support/package-fixture";
import { buildWorkbook, type WorkbookPlans } from "../../src/workbook/pipeline";
import type { SheetPlan } from "../../src/workbook/plan";
import { markReference } from "../../src/workbook/marks";
import { generateReport, workbookFromGrids } from "../../src/xlsx/generate";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { seedGrids, withCell } from "../support/grids";

/**
 * What the writer puts in a file, read back by ExcelJS (an independent reader): every cell of the
 * plan with its value, formula, style and number format; merges, widths, heights, notes, print
 * setup, names and the active tab.
 */
const address = (row: number, column: number) => `${columnLetters(column)}${row + 1}`;

async function generated(
  grids = seedGrids(),
  file?: Uint8Array,
): Promise<{ plans: WorkbookPlans; book: ExcelJS.Workbook; bytes: Uint8Array }> {
  const loaded = await loadWorkbook(file ?? (await workbookFromGrids(grids)), "contoh.xlsx");
  if (!loaded.ok) throw new Error(loaded.message);
  const plans = buildWorkbook(loaded.snapshot);
  if (!plans.ok) throw new Error(plans.message);
  const bytes = generateReport(loaded.handle, plans);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { plans, book, bytes };
}

let plans: WorkbookPlans;
let book: ExcelJS.Workbook;
let plan: SheetPlan;
let laporan: ExcelJS.Worksheet;
beforeAll(async () => {
  ({ plans, book } = await generated());
  plan = plans.sheets[0]!;
  laporan = book.getWorksheet(plan.name)!;
});

test("every cell of the plan: its value, or its formula (without '=') with the plan's value as cached result", () => {
  for (const cell of plan.cells) {
    const found = laporan.getCell(address(cell.row, cell.column));
    // ExcelJS shows a merged range's value on every cell of it; the file holds it on the first only.
    if (found.isMerged && found.master.address !== found.address) continue;
    const value = found.value;
    const expected = cell.formula ? { formula: cell.formula.slice(1), result: cell.value ?? undefined } : cell.value;
    expect({ at: address(cell.row, cell.column), value }).toEqual({ at: address(cell.row, cell.column), value: expected });
  }
});

test("styles as the plan says: bold, size, fill, thin borders, alignment, wrap, number formats (a cell's own overriding its style's)", () => {
  for (const cell of plan.cells.filter((c) => c.style || c.numberFormat)) {
    const style = cell.style ? plan.styles[cell.style] : {};
    const found = laporan.getCell(address(cell.row, cell.column));
    const at = address(cell.row, cell.column);
    expect({ at, bold: !!found.font?.bold, italic: !!found.font?.italic, size: found.font?.size ?? 11 }).toEqual({
      at,
      bold: !!style.bold,
      italic: !!style.italic,
      size: style.size ?? 11,
    });
    const fill = found.fill as ExcelJS.FillPattern | undefined;
    expect({ at, fill: fill?.pattern === "solid" ? fill.fgColor?.argb : undefined }).toEqual({
      at,
      fill: style.fill ? `FF${style.fill}` : undefined,
    });
    expect({ at, border: found.border?.top?.style }).toEqual({ at, border: style.border ? "thin" : undefined });
    expect({ at, wrap: !!found.alignment?.wrapText, horizontal: found.alignment?.horizontal }).toEqual({
      at,
      wrap: !!style.wrap,
      horizontal: style.horizontal,
    });
    expect({ at, numFmt: found.numFmt ?? null }).toEqual({ at, numFmt: cell.numberFormat ?? style.numberFormat ?? null });
  }
});

test("merges, row heights, and column widths that show at least the plan's characters", () => {
  const merges = (laporan.model as unknown as { merges: string[] }).merges.sort();
  expect(merges).toEqual(plan.merges.map((m) => `${address(m.top, m.left)}:${address(m.bottom, m.right)}`).sort());
  for (const [row, height] of plan.rowHeights) expect(laporan.getRow(row + 1).height).toBe(height);
  plan.columnWidths.forEach((width, i) => {
    const stored = laporan.getColumn(i + 1).width!;
    expect(stored).toBeGreaterThan(width);
    expect(stored).toBeLessThan(width + 1);
  });
});

test("notes on the plan's cells with the plan's text", () => {
  expect(plan.notes.length).toBeGreaterThan(0);
  for (const note of plan.notes) {
    const found = laporan.getCell(address(note.row, note.column)).note as ExcelJS.Comment | string;
    const text = typeof found === "string" ? found : found.texts!.map((t) => t.text).join("");
    expect(text).toBe(note.text);
  }
});

test("A4, orientation, fit to one page wide, the title rows repeated, LAPKIN's hidden names, the report's tab active", () => {
  expect(laporan.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: plan.print.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${plan.print.repeatRows!.first + 1}:${plan.print.repeatRows!.last + 1}`,
  });
  // ExcelJS models names of ranges; LAPKIN's fingerprint, a text constant, is checked by the reader's own tests.
  const ranges = plans.names.flatMap((m) => ("rect" in m ? [[m.name, [markReference(m.sheet, m.rect)]]] : []));
  const names = (book.definedNames.model as { name: string; ranges: string[] }[]).filter((n) =>
    ranges.some(([name]) => name === n.name),
  );
  expect(names.map((n) => [n.name, n.ranges])).toEqual(ranges);
  expect(book.views[0]!.activeTab).toBe(book.worksheets.findIndex((s) => s.name === plans.activeSheet));
});

test("text that looks like a formula, XML's special characters and characters XML forbids: written as text, the forbidden ones dropped", async () => {
  const grids = seedGrids();
  withCell(grids.indikator, 1, "indikator", "=1+1 <b>&amp;</b> \u0007bel \"kutip\" 'satu'");
  const { book: out } = await generated(grids);
  const texts: string[] = [];
  out.getWorksheet("Laporan")!.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))));
  expect(texts).toContain("=1+1 <b>&amp;</b> bel \"kutip\" 'satu'");
});

test("a package without a styles part (nor a bookViews, nor defined names) gets them, and the report its look", async () => {
  const { info, indikator } = seedGrids();
  const { book: out, plans: made } = await generated(seedGrids(), zipParts(plainWorkbook(info, indikator)));
  const sheet = out.getWorksheet("Laporan")!;
  const header = made.sheets[0]!.cells.find((c) => c.style === "tableHeader")!;
  const found = sheet.getCell(address(header.row, header.column));
  expect(found.font?.bold).toBe(true);
  expect((found.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${made.sheets[0]!.styles.tableHeader.fill}`);
  expect(out.views[0]!.activeTab).toBe(2);
  const lapkinNames = (out.definedNames.model as { name: string }[]).map((n) => n.name).filter((n) => n.startsWith("_LAPKIN_"));
  // ExcelJS reads the names of ranges; the fingerprint (a text constant) is in workbook.xml itself.
  expect(lapkinNames).toEqual(made.names.filter((n) => "rect" in n).map((n) => n.name));
  const titles = made.sheets[0]!.print.repeatRows!;
  expect(sheet.pageSetup.printTitlesRow).toBe(`${titles.first + 1}:${titles.last + 1}`);
});
