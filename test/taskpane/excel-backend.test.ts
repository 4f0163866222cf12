import { excelPane } from "../../src/taskpane/excel-backend";
import { workbookFromGrids } from "../../src/xlsx/generate";
import { seedGrids } from "../support/grids";
import { ALPHA, ALPHA_EXPECTED, BETA, BETA_EXPECTED } from "../recap/support/units";
import { excelWith } from "../support/office-double/run";
import type { ExcelDouble } from "../support/office-double/excel-double";

let excel: { double: ExcelDouble; context: Excel.RequestContext };
const run = jest.fn(<T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(excel.context));
Object.assign(globalThis, {
  Office: { context: { requirements: { isSetSupported: () => true } } },
  Excel: { run },
});
beforeEach(() => run.mockClear());

describe("the pane's Excel actions, against the Office.js double", () => {
  test("read shows the sample's indicators without writing anything", async () => {
    const grids = seedGrids();
    excel = excelWith({ Info: grids.info, Indikator: grids.indikator });
    const loaded = await excelPane().read();
    expect(loaded.kind === "view" && loaded.view.indicators.map((i) => i.capaian)).toEqual(["94,30", "98,34", "105,01"]);
    expect(excel.double.operations).toEqual([]);
  });

  test("an empty workbook reads as empty; the template then adds Info and Indikator", async () => {
    excel = excelWith({ Sheet1: [] });
    const pane = excelPane();
    expect(await pane.read()).toEqual({ kind: "empty" });
    run.mockClear();
    const result = await pane.sisipkanTemplat();
    // Adding the sheets and reading the workbook back is one Excel.run, not two.
    expect(run).toHaveBeenCalledTimes(1);
    expect(result.notice.id).toBe("Sheet ditambahkan: Info, Indikator.");
    expect(excel.double.sheets.map((s) => s.name)).toEqual(["Sheet1", "Info", "Indikator"]);
    // The template holds headers only: the pane says what to fill in next.
    expect(result.loaded).toEqual({ kind: "unusable", message: expect.stringContaining("hanya berisi judul kolom") });
  });

  test("Buat Laporan writes the Laporan sheet and reports the counts", async () => {
    const grids = seedGrids();
    excel = excelWith({ Info: grids.info, Indikator: grids.indikator });
    const result = await excelPane().buatLaporan();
    expect(run).toHaveBeenCalledTimes(1);
    expect(excel.double.sheet("Laporan")).toBeDefined();
    expect(result.notice).toMatchObject({ tone: "success" });
    expect(result.notice.id).toContain("3 indikator; 0 galat, 2 peringatan, 1 info");
  });

  test("Buat Laporan with the documents ticked in the pane writes those and says which", async () => {
    const grids = seedGrids();
    excel = excelWith({ Info: grids.info, Indikator: grids.indikator });
    const result = await excelPane().buatLaporan(["evaluasi"]);
    expect(excel.double.sheets.map((s) => s.name)).toEqual(["Info", "Indikator", "Evaluasi Renja", "Pemeriksaan"]);
    expect(result.notice.id).toMatch(
      /^Sheet Evaluasi Renja dan Pemeriksaan dibuat dan kolom hitung di sheet Indikator diisi: 3 indikator/,
    );
  });

  test("selecting a flagged cell activates its sheet", async () => {
    const grids = seedGrids();
    excel = excelWith({ Info: grids.info, Indikator: grids.indikator });
    await excelPane().selectCell("Indikator!J2");
    expect(excel.double.operations).toEqual(["activate Indikator", "select Indikator!R2C10:R2C10"]);
    expect(excel.double.syncs).toBe(1);
  });

  test("Rekap banyak file writes the recap's sheets and hands the pane its units, ranked, for the picture", async () => {
    const grids = seedGrids();
    excel = excelWith({ Info: grids.info, Indikator: grids.indikator });
    const picked = await Promise.all(
      [
        ["beta.xlsx", BETA],
        ["alpha.xlsx", ALPHA],
      ].map(async ([name, unit]) => {
        const bytes = await workbookFromGrids(unit as typeof ALPHA);
        return { name: name as string, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
      }),
    );
    const result = await excelPane().rekap(picked, () => undefined);
    expect(excel.double.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Rekap Unit", "Rekap Indikator", "Masalah"]));
    expect(result.loaded).toBeUndefined();
    expect(result.recap?.total).toBe(2);
    // Alpha (100) above Beta (75), whatever order the files were picked in.
    expect(result.recap?.units.map((u) => [u.peringkat, u.unit, u.predikat])).toEqual([
      [1, ALPHA_EXPECTED.unit, ALPHA_EXPECTED.predikat],
      [2, BETA_EXPECTED.unit, BETA_EXPECTED.predikat],
    ]);
  });
});
