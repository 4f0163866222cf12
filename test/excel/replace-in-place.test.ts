import { generateInExcel, writePlans } from "../../src/excel/generate-in-excel";
import { readSheets } from "../../src/excel/read-sheets";
import { buildWorkbook } from "../../src/workbook/pipeline";
import { seedGrids, withCell } from "../support/grids";
import type { ExcelDouble } from "../support/office-double/excel-double";
import { ALL_CAPABILITIES, contentsOf, excelWith } from "../support/office-double/run";

/**
 * A new report takes the old one's place only when it is complete: written hidden under a
 * temporary name over as many syncs as it needs, then swapped in by one last request.
 */
const seedExcel = () => {
  const grids = seedGrids();
  return excelWith({ Info: grids.info, Indikator: grids.indikator });
};
/** The report alone (and Pemeriksaan): what these tests follow through its replacement. */
const LAPORAN_ONLY = { documents: ["laporan"] } as const;
const names = (double: ExcelDouble) => double.sheets.map((s) => s.name);
const visible = (double: ExcelDouble) => double.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
const lapkinNames = (double: ExcelDouble) =>
  double.names
    .filter((n) => n.name.startsWith("_LAPKIN_"))
    .map((n) => `${n.name} ${n.reference}`)
    .sort();

/** The seed workbook with its report made, then a target changed: the next report differs from the one there. */
async function withEarlierReport() {
  const excel = seedExcel();
  await generateInExcel(excel.context, ALL_CAPABILITIES, LAPORAN_ONLY);
  excel.double.sheet("Indikator")!.cell(1, 5).value = 88;
  return { ...excel, report: contentsOf(excel.double, "Laporan"), marks: lapkinNames(excel.double) };
}

/** The next generation written with a small budget, so that it takes several syncs. */
async function writeInSmallSyncs(context: Excel.RequestContext) {
  const sheets = await readSheets(context);
  const plans = buildWorkbook(sheets.snapshot, LAPORAN_ONLY);
  if (!plans.ok) throw new Error(plans.message);
  return writePlans(context, plans, sheets, ALL_CAPABILITIES, 20_000);
}

describe("LAPKIN's sheet replaced in place", () => {
  test("a replaced report comes back at the tab position the user gave it, beside the user's own sheets", async () => {
    const { double, context } = seedExcel();
    await generateInExcel(context, ALL_CAPABILITIES, LAPORAN_ONLY);
    double.moveSheet(double.sheet("Laporan")!, 0);
    double.seed("Catatan Saya", [["punya saya"]]);
    await generateInExcel(context, ALL_CAPABILITIES, LAPORAN_ONLY);
    expect(names(double)).toEqual(["Laporan", "Info", "Indikator", "Pemeriksaan", "Catatan Saya"]);
    expect(double.sheet("Laporan")!.active).toBe(true);
    expect(contentsOf(double, "Catatan Saya")).toEqual(new Map([["0:0", "punya saya"]]));
  });

  test("a report the user renamed keeps its new name and place", async () => {
    const { double, context } = seedExcel();
    await generateInExcel(context, ALL_CAPABILITIES, LAPORAN_ONLY);
    double.renameSheet(double.sheet("Laporan")!, "LKj 2023");
    await generateInExcel(context, ALL_CAPABILITIES, LAPORAN_ONLY);
    expect(names(double)).toEqual(["Info", "Indikator", "LKj 2023", "Pemeriksaan"]);
  });

  test("while the new report is written, the old one stays and the new one is hidden; the last sync swaps them", async () => {
    const { double, context, report } = await withEarlierReport();
    const seen: { visible: string[]; old: boolean }[] = [];
    const sync = double.context.sync;
    double.context.sync = async () => {
      await sync();
      seen.push({
        visible: visible(double),
        old: double.sheet("Laporan") !== undefined && equal(contentsOf(double, "Laporan"), report),
      });
    };
    const estimates = await writeInSmallSyncs(context);
    const writes = seen.slice(-estimates.length);
    expect(writes.length).toBeGreaterThan(2);
    for (const state of writes.slice(0, -1))
      expect(state).toEqual({ visible: ["Info", "Indikator", "Laporan", "Pemeriksaan"], old: true });
    expect(writes.at(-1)).toEqual({ visible: ["Info", "Indikator", "Laporan", "Pemeriksaan"], old: false });
    expect(names(double)).toEqual(["Info", "Indikator", "Laporan", "Pemeriksaan"]);
  });

  test("Excel failing part-way leaves the earlier report and its marks as they were, and no sheet behind", async () => {
    const { double, context, report, marks } = await withEarlierReport();
    double.failSync(5);
    await expect(writeInSmallSyncs(context)).rejects.toMatchObject({ code: "GeneralException" });
    expect(names(double)).toEqual(["Info", "Indikator", "Laporan", "Pemeriksaan"]);
    expect(contentsOf(double, "Laporan")).toEqual(report);
    expect(lapkinNames(double).filter((n) => !n.startsWith("_LAPKIN_SEMENTARA_"))).toEqual(marks);
  });

  test("a temporary sheet an interrupted run could not remove is removed by the next run", async () => {
    const { double, context } = await withEarlierReport();
    double.failSync(5);
    double.failSync(6);
    await expect(writeInSmallSyncs(context)).rejects.toBeDefined();
    expect(names(double)).toEqual(["Info", "Indikator", "Laporan", "Pemeriksaan", "LAPKIN sementara 1"]);
    expect(double.sheet("LAPKIN sementara 1")!.visibility).toBe("Hidden");

    await generateInExcel(context, ALL_CAPABILITIES, LAPORAN_ONLY);
    expect(names(double)).toEqual(["Info", "Indikator", "Laporan", "Pemeriksaan"]);
    expect(double.names.some((n) => n.name.startsWith("_LAPKIN_SEMENTARA_"))).toBe(false);
    expect(double.sheet("Laporan")!.peek(0, 0)?.value).toBe("LAPORAN KINERJA TRIWULAN IV TAHUN 2023");
  });

  test("the same input gives the same report whether written in one sync or in many", async () => {
    const grids = seedGrids();
    withCell(grids.indikator, 1, "target", 88);
    const once = excelWith({ Info: grids.info, Indikator: grids.indikator });
    await generateInExcel(once.context, ALL_CAPABILITIES, LAPORAN_ONLY);
    const many = excelWith({ Info: grids.info, Indikator: grids.indikator });
    await writeInSmallSyncs(many.context);
    expect(many.double.syncs).toBeGreaterThan(once.double.syncs + 2);
    expect(contentsOf(many.double, "Laporan")).toEqual(contentsOf(once.double, "Laporan"));
    expect(contentsOf(many.double, "Indikator")).toEqual(contentsOf(once.double, "Indikator"));
    expect(lapkinNames(many.double)).toEqual(lapkinNames(once.double));
  });
});

function equal(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}
