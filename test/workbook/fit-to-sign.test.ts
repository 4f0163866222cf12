import { jsonReport } from "../../src/workbook/json-report";
import type { SheetPlan } from "../../src/workbook/plan";
import { benchGrids } from "../../bench/generate";
import { seedGrids, withCell } from "../support/grids";
import { cellWithText } from "../support/plan-lookup";
import { plansOf } from "../support/workbooks";

/**
 * A report fit to sign (issue 8): the printed Laporan carries the figures and the explanations a
 * reader needs, never a cell address or the preparer's to-do list; every flag is in sheet
 * Pemeriksaan; each table's header begins every page the table runs onto.
 */
function troubledWorkbook() {
  const grids = seedGrids();
  withCell(grids.indikator, 2, "target", "sembilan puluh");
  withCell(grids.indikator, 3, "realisasiAnggaran", 999_999_999_999);
  withCell(grids.indikator, 1, "arah", "miring");
  grids.indikator.push([
    "Kegiatan",
    "",
    "",
    null,
    null,
    50,
    "x",
    null,
    null,
    null,
    "Rata-rata",
    null,
    null,
    80,
    null,
    null,
    null,
    "=SUM(A1)",
    null,
  ]);
  return grids;
}

const texts = (plan: SheetPlan) => plan.cells.map((c) => (typeof c.value === "string" ? c.value : "")).filter(Boolean);

describe("the Laporan sheet", () => {
  const plans = plansOf(troubledWorkbook());
  const laporan = plans.sheets.find((s) => s.kind === "laporan")!;

  test("has flags to hide in the first place (the test would prove nothing without them)", () => {
    expect(plans.workbook.flags.filter((f) => f.tingkat === "galat").length).toBeGreaterThanOrEqual(3);
  });

  test("holds no cell address and none of the flags' sentences or advice", () => {
    const cells = texts(laporan);
    for (const text of cells) expect(text).not.toMatch(/Indikator!|Info!|Sel [A-Za-z]+!/);
    for (const flag of plans.workbook.flags) {
      for (const text of cells) {
        expect(text).not.toContain(flag.pesan);
        expect(text).not.toContain(flag.saran);
      }
    }
  });

  test("says, for a reader, why a capaian is missing", () => {
    const row = cellWithText(laporan, "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti").row;
    const keterangan = laporan.cells.find((c) => c.row === row && c.column === 6)?.value;
    expect(keterangan).toContain("Capaian belum dapat dihitung: datanya belum berupa angka.");
  });

  test("keeps the preparer's flags as cell notes, which are not printed", () => {
    expect(laporan.notes.some((n) => n.text.includes("Indikator!F3"))).toBe(true);
  });

  test("is the sheet the workbook opens on", () => {
    expect(plans.activeSheet).toBe(laporan.name);
  });
});

describe("sheet Pemeriksaan", () => {
  const plans = plansOf(troubledWorkbook());
  const pemeriksaan = plans.sheets.find((s) => s.kind === "pemeriksaan")!;
  const rows = (plan: SheetPlan) => {
    const byRow = new Map<number, (string | number | null)[]>();
    for (const cell of plan.cells) {
      const row = byRow.get(cell.row) ?? [];
      row[cell.column] = cell.value;
      byRow.set(cell.row, row);
    }
    return [...byRow.values()].filter((r) => typeof r[0] === "number");
  };

  test("holds every flag of the JSON, once, as No | Tingkat | Kode | Sel | Pesan", () => {
    const listed = rows(pemeriksaan).map((r) => JSON.stringify([r[1], r[2], r[3] ?? null, r[4]]));
    const json = jsonReport(plans.workbook).flags.map((f) => JSON.stringify([f.tingkat, f.kode, f.sel, f.pesan]));
    expect([...listed].sort()).toEqual([...json].sort());
  });

  test("lists galat first, then peringatan, then info", () => {
    const order = rows(pemeriksaan).map((r) => ["galat", "peringatan", "info"].indexOf(String(r[1])));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBe(0);
  });
});

describe("printed pages", () => {
  const plans = plansOf(benchGrids(40));
  const laporan = plans.sheets.find((s) => s.kind === "laporan")!;
  const styleOfRow = (row: number) => new Set(laporan.cells.filter((c) => c.row === row && c.style).map((c) => c.style));

  test("a 40-indicator report breaks into several pages", () => {
    expect(laporan.rowBreaks.length).toBeGreaterThanOrEqual(3);
  });

  test("a table that runs onto the next page starts it with its header row", () => {
    for (const row of laporan.rowBreaks) {
      const before = styleOfRow(row - 1);
      const inTable = before.has("cellNumber") || before.has("cellMoney");
      if (inTable) expect({ row, header: styleOfRow(row).has("tableHeader") }).toEqual({ row, header: true });
    }
  });

  test("no page is taller than an A4 page can print", () => {
    const pages = [0, ...laporan.rowBreaks, Number.POSITIVE_INFINITY];
    const last = laporan.cells.reduce((max, c) => Math.max(max, c.row), 0);
    for (let p = 0; p + 1 < pages.length; p++) {
      let height = 0;
      for (let row = pages[p]!; row < Math.min(pages[p + 1]!, last + 1); row++) height += laporan.rowHeights.get(row)!;
      // A4 landscape less Excel's default margins, at the fit-to-width scale of these columns (0,897).
      expect(height).toBeLessThanOrEqual((595.3 - 108) / 0.897);
    }
  });

  test("signature titles wrap instead of being cut", () => {
    const grids = seedGrids();
    grids.info[4] = ["Penanggung Jawab", "Kepala Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Lumajang"];
    const plan = plansOf(grids).sheets[0]!;
    const title = cellWithText(plan, "KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN LUMAJANG");
    expect(plan.styles[title.style!].wrap).toBe(true);
    expect(plan.rowHeights.get(title.row)).toBeGreaterThan(15);
  });
});
