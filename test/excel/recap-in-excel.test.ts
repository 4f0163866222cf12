import { expectedChart } from "../support/office-double/expected-chart";
import { formulaCell } from "../../src/excel/cell-text";
import { generateInExcel } from "../../src/excel/generate-in-excel";
import { writeRecapInExcel } from "../../src/excel/recap-in-excel";
import { buildRecap, type RecapPlans } from "../../src/recap/recap-pipeline";
import type { RecapSheetPlan } from "../../src/recap/recap-sheet";
import { seedGrids } from "../support/grids";
import { parseAddress } from "../support/office-double/address";
import type { ExcelDouble } from "../support/office-double/excel-double";
import { ALL_CAPABILITIES, contentsOf, excelWith, NO_CAPABILITIES } from "../support/office-double/run";
import {
  ALPHA,
  ALPHA_EXPECTED,
  BETA,
  BETA_EXPECTED,
  GAMMA,
  GAMMA_EXPECTED,
  summaryOf,
  type UnitGrids,
} from "../recap/support/units";

/**
 * The kabupaten recap written into the open workbook, as a user would check it: which sheets are
 * there and where, what each cell holds, where the recap's formulas point, and which of LAPKIN's
 * marks the workbook holds afterwards.
 */
const recapOf = (units: readonly [UnitGrids, string][]): RecapPlans =>
  buildRecap({ units: units.map(([grids, file]) => summaryOf(grids, file)), skipped: [], expected: null });
const TWO_UNITS = (): RecapPlans =>
  recapOf([
    [ALPHA, "kiriman/alpha.xlsx"],
    [BETA, "kiriman/beta.xlsx"],
  ]);
const THREE_UNITS = (): RecapPlans =>
  recapOf([
    [ALPHA, "kiriman/alpha.xlsx"],
    [BETA, "kiriman/beta.xlsx"],
    [GAMMA, "kiriman/gamma.xlsx"],
  ]);
const RECAP_MARKS = [
  "_LAPKIN_SHEET_REKAP_UNIT",
  "_LAPKIN_SHEET_REKAP_INDIKATOR",
  "_LAPKIN_SHEET_MASALAH",
  "_LAPKIN_SHEET_GRAFIK_REKAP",
];

/** The seed unit's workbook (Info, Indikator) with its report made: Laporan, PK, ..., Pemeriksaan and their marks. */
async function unitWithReport() {
  const grids = seedGrids();
  const excel = excelWith({ Info: grids.info, Indikator: grids.indikator });
  await generateInExcel(excel.context, ALL_CAPABILITIES);
  return excel;
}

const sheetNames = (double: ExcelDouble) => double.sheets.map((s) => s.name);
/** LAPKIN's marks as "name reference", sorted. */
const marksOf = (double: ExcelDouble, keep: (name: string) => boolean = () => true) =>
  double.names
    .filter((n) => n.name.startsWith("_LAPKIN_") && keep(n.name))
    .map((n) => `${n.name} ${n.reference}`)
    .sort();
const isRecapMark = (name: string) => RECAP_MARKS.includes(name);
const everySheet = (double: ExcelDouble) => new Map(double.sheets.map((s) => [s.name, contentsOf(double, s.name)]));

/** What a plan's cells put in a sheet, as the double stores it: a formula, else the value (text without Excel's apostrophe). */
function planContents(plan: RecapSheetPlan): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const cell of plan.cells) {
    const content = formulaCell(cell.value, cell.formula);
    if (content !== "") out.set(`${cell.row}:${cell.column}`, typeof content === "string" ? content.replace(/^'/, "") : content);
  }
  return out;
}

/**
 * Each unit's Rata-rata Capaian formula on a written Rekap Unit, followed to the cells it reads, as
 * a user would trace it: the sheet it names, that column's header, and the Unit written on each row
 * it covers. (The double keeps formulas, not their results: the figures are checked on the plans.)
 */
function averagesRead(
  double: ExcelDouble,
  rekapUnit: string,
): Map<string, { sheets: string[]; column: unknown; units: unknown[] }> {
  const sheet = double.sheet(rekapUnit)!;
  const headerOf = (on: typeof sheet, title: string) => {
    const [key] = [...on.cells].find(([, c]) => c.value === title)!;
    const [row, column] = key.split(":").map(Number) as [number, number];
    return { row, column };
  };
  const unitAt = headerOf(sheet, "Unit Kerja");
  const capaianColumn = headerOf(sheet, "Rata-rata Capaian (%)").column;
  const out = new Map<string, { sheets: string[]; column: unknown; units: unknown[] }>();
  for (let row = unitAt.row + 1; sheet.peek(row, unitAt.column)?.value; row++) {
    const formula = sheet.peek(row, capaianColumn)!.formula!;
    const references = [...formula.matchAll(/(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+/g)];
    const places = references.map((m) => parseAddress(m[0])!);
    const sheets = [...new Set(places.map((p) => p.sheet!))];
    const { rect } = places[0]!;
    const target = double.sheet(sheets[0]!)!;
    const unitColumn = headerOf(target, "Unit").column;
    const header = headerOf(target, "Unit").row;
    const units: unknown[] = [];
    for (let r = rect.top; r <= rect.bottom; r++) units.push(target.peek(r, unitColumn)?.value);
    out.set(String(sheet.peek(row, unitAt.column)!.value), { sheets, column: target.peek(header, rect.left)?.value, units });
  }
  return out;
}

/** What averagesRead should find for a unit with `count` indicators on a sheet. */
const readsOwnRows = (sheet: string, unit: string, count: number) => ({
  sheets: [sheet],
  column: "Capaian (%)",
  units: Array<string>(count).fill(unit),
});

describe("the recap written into the open workbook", () => {
  test("beside the unit's Info, Indikator and LAPKIN report: the recap's sheets added after them, everything else as it was", async () => {
    const { double, context } = await unitWithReport();
    const before = { names: sheetNames(double), sheets: everySheet(double), marks: marksOf(double) };
    const plans = TWO_UNITS();

    const written = await writeRecapInExcel(context, ALL_CAPABILITIES, plans);

    expect(written.sheets).toEqual(["Rekap Unit", "Rekap Indikator", "Masalah", "Grafik Rekap"]);
    expect(sheetNames(double)).toEqual([...before.names, "Rekap Unit", "Rekap Indikator", "Masalah", "Grafik Rekap"]);
    for (const [name, contents] of before.sheets) expect(contentsOf(double, name)).toEqual(contents);
    expect(marksOf(double, (n) => !isRecapMark(n))).toEqual(before.marks);
    expect(marksOf(double, isRecapMark)).toEqual([
      "_LAPKIN_SHEET_GRAFIK_REKAP ='Grafik Rekap'!$A$1",
      "_LAPKIN_SHEET_MASALAH =Masalah!$A$1",
      "_LAPKIN_SHEET_REKAP_INDIKATOR ='Rekap Indikator'!$A$1",
      "_LAPKIN_SHEET_REKAP_UNIT ='Rekap Unit'!$A$1",
    ]);
    expect(double.sheets.every((s) => s.visibility === "Visible")).toBe(true);
    expect(double.sheet("Rekap Unit")!.active).toBe(true);
  });

  test("each sheet holds the plan's cells (values and formulas), its title and header rows frozen and printed on every page", async () => {
    const { double, context } = await unitWithReport();
    const plans = TWO_UNITS();
    await writeRecapInExcel(context, ALL_CAPABILITIES, plans);
    for (const plan of plans.sheets) {
      const sheet = double.sheet(plan.name)!;
      expect(contentsOf(double, plan.name)).toEqual(planContents(plan));
      expect(sheet.frozenRows).toBe(plan.frozenRows);
      const repeated = plan.print.repeatRows;
      expect(sheet.pageLayout.printTitleRows).toBe(repeated ? `$${repeated.last + 1}:$${repeated.last + 1}` : undefined);
    }
  });

  test("Grafik Rekap's charts are drawn as planned, over its own cells, once the sheet has its name", async () => {
    const { double, context } = await unitWithReport();
    const plans = THREE_UNITS();
    await writeRecapInExcel(context, ALL_CAPABILITIES, plans);
    const grafik = plans.sheets.find((s) => s.name === "Grafik Rekap")!;
    expect(grafik.charts.length).toBeGreaterThanOrEqual(2);
    expect(double.charts("Grafik Rekap")).toEqual(grafik.charts.map(expectedChart));
  });

  test("on an Excel that can't draw charts the recap is whole and the notice says Grafik Rekap goes without them", async () => {
    const { double, context } = await unitWithReport();
    const written = await writeRecapInExcel(context, { ...ALL_CAPABILITIES, charts: false }, THREE_UNITS());
    expect(double.charts("Grafik Rekap")).toEqual([]);
    expect(written.notices.map((n) => n.id)).toEqual([expect.stringMatching(/^Grafik di sheet Grafik Rekap tidak dibuat/)]);
  });

  test("each unit's average reads the Capaian (%) cells of that unit's rows, and only those, on Rekap Indikator", async () => {
    const { double, context } = await unitWithReport();
    await writeRecapInExcel(context, ALL_CAPABILITIES, THREE_UNITS());
    const read = averagesRead(double, "Rekap Unit");
    for (const unit of [ALPHA_EXPECTED, BETA_EXPECTED, GAMMA_EXPECTED])
      expect(read.get(unit.unit)).toEqual(readsOwnRows("Rekap Indikator", unit.unit, unit.indikator));
  });

  test("a second recap replaces the first where the user put it, under the names the user gave, with no '(LAPKIN)' copies", async () => {
    const { double, context } = await unitWithReport();
    await writeRecapInExcel(context, ALL_CAPABILITIES, TWO_UNITS());
    double.moveSheet(double.sheet("Rekap Unit")!, 0);
    double.renameSheet(double.sheet("Rekap Indikator")!, "Indikator Kabupaten");
    const reportMarks = marksOf(double, (n) => !isRecapMark(n));
    const order = sheetNames(double);
    const plans = THREE_UNITS();

    const written = await writeRecapInExcel(context, ALL_CAPABILITIES, plans);

    expect(written.sheets).toEqual(["Rekap Unit", "Indikator Kabupaten", "Masalah", "Grafik Rekap"]);
    expect(sheetNames(double)).toEqual(order);
    expect(marksOf(double, isRecapMark)).toEqual([
      "_LAPKIN_SHEET_GRAFIK_REKAP ='Grafik Rekap'!$A$1",
      "_LAPKIN_SHEET_MASALAH =Masalah!$A$1",
      "_LAPKIN_SHEET_REKAP_INDIKATOR ='Indikator Kabupaten'!$A$1",
      "_LAPKIN_SHEET_REKAP_UNIT ='Rekap Unit'!$A$1",
    ]);
    expect(marksOf(double, (n) => !isRecapMark(n))).toEqual(reportMarks);
    expect(double.names.some((n) => n.name.startsWith("_LAPKIN_SEMENTARA_"))).toBe(false);
    // The three units now, and the formulas follow the renamed sheet.
    expect(contentsOf(double, "Indikator Kabupaten")).toEqual(planContents(plans.sheets[1]!));
    const read = averagesRead(double, "Rekap Unit");
    expect([...read.keys()]).toEqual([ALPHA_EXPECTED.unit, BETA_EXPECTED.unit, GAMMA_EXPECTED.unit]);
    for (const unit of [ALPHA_EXPECTED, BETA_EXPECTED, GAMMA_EXPECTED])
      expect(read.get(unit.unit)).toEqual(readsOwnRows("Indikator Kabupaten", unit.unit, unit.indikator));
    const formulas = double.sheets.flatMap((s) => [...s.cells.values()].flatMap((c) => (c.formula ? [c.formula] : [])));
    expect(formulas.filter((f) => f.includes("#REF!"))).toEqual([]);
  });

  test("a user's own Rekap Unit and Rekap Indikator are left alone; the recap goes beside them and reads its own sheet", async () => {
    const { double, context } = await unitWithReport();
    double.seed("Rekap Unit", [["Rekap saya", 1]]);
    double.seed("Rekap Indikator", [["Indikator saya", 2]]);
    const mine = { unit: contentsOf(double, "Rekap Unit"), indikator: contentsOf(double, "Rekap Indikator") };

    const first = await writeRecapInExcel(context, ALL_CAPABILITIES, TWO_UNITS());
    const second = await writeRecapInExcel(context, ALL_CAPABILITIES, THREE_UNITS());

    for (const written of [first, second])
      expect(written.sheets).toEqual(["Rekap Unit (LAPKIN)", "Rekap Indikator (LAPKIN)", "Masalah", "Grafik Rekap"]);
    expect(contentsOf(double, "Rekap Unit")).toEqual(mine.unit);
    expect(contentsOf(double, "Rekap Indikator")).toEqual(mine.indikator);
    expect(sheetNames(double).filter((n) => n.startsWith("Rekap"))).toEqual([
      "Rekap Unit",
      "Rekap Indikator",
      "Rekap Unit (LAPKIN)",
      "Rekap Indikator (LAPKIN)",
    ]);
    const read = averagesRead(double, "Rekap Unit (LAPKIN)");
    for (const unit of [ALPHA_EXPECTED, BETA_EXPECTED, GAMMA_EXPECTED])
      expect(read.get(unit.unit)).toEqual(readsOwnRows("Rekap Indikator (LAPKIN)", unit.unit, unit.indikator));
    // Grafik Rekap's tables read the recap's Rekap Unit, never the user's.
    const grafik = [...double.sheet("Grafik Rekap")!.cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
    expect(grafik.length).toBeGreaterThan(0);
    expect(grafik.every((f) => f.startsWith("='Rekap Unit (LAPKIN)'!"))).toBe(true);
  });

  test("Buat Laporan after a recap keeps the recap's sheets, cells and marks; the next recap still replaces them in place", async () => {
    const { double, context } = await unitWithReport();
    await writeRecapInExcel(context, ALL_CAPABILITIES, TWO_UNITS());
    const recap = {
      sheets: ["Rekap Unit", "Rekap Indikator", "Masalah"].map((name) => contentsOf(double, name)),
      marks: marksOf(double, isRecapMark),
    };
    double.sheet("Indikator")!.cell(1, 5).value = 88;

    await generateInExcel(context, ALL_CAPABILITIES);

    expect(["Rekap Unit", "Rekap Indikator", "Masalah"].map((name) => contentsOf(double, name))).toEqual(recap.sheets);
    expect(marksOf(double, isRecapMark)).toEqual(recap.marks);
    const order = sheetNames(double);
    await writeRecapInExcel(context, ALL_CAPABILITIES, THREE_UNITS());
    expect(sheetNames(double)).toEqual(order);
    expect(order.filter((n) => n.includes("LAPKIN"))).toEqual([]);
  });

  test("Excel failing part-way leaves the earlier recap, the report and every mark as they were, and no sheet behind", async () => {
    const { double, context } = await unitWithReport();
    await writeRecapInExcel(context, ALL_CAPABILITIES, TWO_UNITS());
    const before = { names: sheetNames(double), sheets: everySheet(double), marks: marksOf(double) };
    const syncs = double.syncs;
    // A budget small enough for the recap to take several syncs: the fourth fails.
    double.failSync(4);
    await expect(writeRecapInExcel(context, ALL_CAPABILITIES, THREE_UNITS(), 20_000)).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(double.syncs - syncs).toBeGreaterThan(4);
    expect(sheetNames(double)).toEqual(before.names);
    expect(everySheet(double)).toEqual(before.sheets);
    expect(marksOf(double, (n) => !n.startsWith("_LAPKIN_SEMENTARA_"))).toEqual(before.marks);
  });

  test("a temporary sheet an interrupted recap left behind is removed by the next Buat Laporan, and the recap stays", async () => {
    const { double, context } = await unitWithReport();
    await writeRecapInExcel(context, ALL_CAPABILITIES, TWO_UNITS());
    double.failSync(4);
    double.failSync(5);
    await expect(writeRecapInExcel(context, ALL_CAPABILITIES, THREE_UNITS(), 20_000)).rejects.toBeDefined();
    expect(sheetNames(double).filter((n) => n.startsWith("LAPKIN sementara"))).not.toEqual([]);

    await generateInExcel(context, ALL_CAPABILITIES);

    expect(sheetNames(double).filter((n) => n.startsWith("LAPKIN sementara"))).toEqual([]);
    expect(double.names.some((n) => n.name.startsWith("_LAPKIN_SEMENTARA_"))).toBe(false);
    expect(contentsOf(double, "Rekap Unit")).toEqual(planContents(TWO_UNITS().sheets[0]!));
    expect(marksOf(double, isRecapMark)).toHaveLength(RECAP_MARKS.length);
  });

  test("on a host without defined names or frozen panes (ExcelApi 1.1) the recap is still written, complete and visible", async () => {
    const { double, context } = await unitWithReport();
    const marks = marksOf(double);
    const plans = TWO_UNITS();
    await writeRecapInExcel(context, NO_CAPABILITIES, plans);
    for (const plan of plans.sheets) {
      expect(contentsOf(double, plan.name)).toEqual(planContents(plan));
      expect(double.sheet(plan.name)!.visibility).toBe("Visible");
      expect(double.sheet(plan.name)!.frozenRows).toBe(0);
    }
    expect(marksOf(double)).toEqual(marks);
  });
});
