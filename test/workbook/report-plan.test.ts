import { buildWorkbook } from "../../src/workbook/pipeline";
import type { SheetPlan } from "../../src/workbook/plan";
import { snapshotOfGrids } from "../../src/workbook/snapshot";
import { seedGrids, withCell } from "../support/grids";
import { allText, cellAt, cellWithText, rowValues } from "../support/plan-lookup";

/** The Laporan sheet's plan, as the one pipeline makes it. */
function reportOf(grids = seedGrids()): SheetPlan {
  const result = buildWorkbook(snapshotOfGrids(grids));
  if (!result.ok) throw new Error(result.message);
  return result.sheets.find((s) => s.kind === "laporan")!;
}

describe("the Laporan sheet plan for the sample", () => {
  const plan = reportOf();
  const [D, E, F, I] = [3, 4, 5, 8];

  test("opens with the title block of the seed", () => {
    expect(rowValues(plan, 0)).toContain("LAPORAN KINERJA TRIWULAN IV TAHUN 2023");
    expect(rowValues(plan, 1)).toContain("KECAMATAN KLAKAH");
    expect(rowValues(plan, 2)).toContain("KABUPATEN LUMAJANG");
  });

  test("Tabel Capaian Kinerja: a Tujuan block and a Sasaran block, each with the numbered row 1 2 3 4 5 = 4/3 6", () => {
    const tujuan = cellWithText(plan, "Indikator Tujuan");
    const sasaran = cellWithText(plan, "Indikator Kinerja");
    expect(sasaran.row).toBeGreaterThan(tujuan.row);
    for (const header of [tujuan, sasaran]) {
      expect(rowValues(plan, header.row + 1).filter((v) => v !== null)).toEqual(["1", "2", "3", "4", "5 = 4/3", "6", "7"]);
      expect(rowValues(plan, header.row)).toEqual(
        expect.arrayContaining(["Target", "Realisasi", "Capaian (%)", "Keterangan", "Predikat"]),
      );
    }
  });

  test("every seed figure is in its place, with a native formula that computes it", () => {
    const ikm = cellWithText(plan, "Nilai IKM Kecamatan").row;
    expect([
      cellAt(plan, ikm, D)?.value,
      cellAt(plan, ikm, E)?.value,
      cellAt(plan, ikm, F)?.value,
      cellAt(plan, ikm, I)?.value,
    ]).toEqual([90, 84.87, 94.3, "Sangat Tinggi"]);
    // The figures refer to the Indikator cells they came from (TW 1..4 of the IKM in G2:J2), so a corrected TW updates them.
    expect(cellAt(plan, ikm, E)?.formula).toBe("=ROUND(AVERAGE(Indikator!G2:J2),2)");
    expect(cellAt(plan, ikm, D)?.formula).toBe("=Indikator!F2");
    expect(cellAt(plan, ikm, F)?.formula).toBe(`=ROUND(E${ikm + 1}/D${ikm + 1}*100,2)`);
    expect(cellAt(plan, ikm, I)?.formula).toMatch(/^=IF\(F\d+>=91,"Sangat Tinggi",/);

    const fasilitasi = cellWithText(plan, "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti").row;
    expect([cellAt(plan, fasilitasi, E)?.value, cellAt(plan, fasilitasi, F)?.value]).toEqual([93.65, 98.34]);
    expect(cellAt(plan, fasilitasi, E)?.formula).toBe("=ROUND(SUM(Indikator!G3:J3),2)");

    const desa = cellWithText(
      plan,
      "Rata-rata persentase desa dalam menyusun dokumen administrasi pemerintahan desa yang tepat waktu",
    ).row;
    expect([cellAt(plan, desa, E)?.value, cellAt(plan, desa, F)?.value]).toEqual([100, 105.01]);
    expect(cellAt(plan, desa, E)?.formula).toBe("=ROUND(Indikator!L4/Indikator!M4*100,2)");
  });

  test("Tabel Cost per outcome: 1 .. 9 = 8/7, the seed's budgets and 94,74 / 100", () => {
    const title = cellWithText(plan, "Tabel Cost per outcome");
    const numbered = plan.cells.find((c) => c.row > title.row && c.value === "9 = 8/7")!;
    expect(rowValues(plan, numbered.row)).toEqual(["1", "2", "3", "4", "5", "6 = 5/4", "7", "8", "9 = 8/7"]);
    const rows = [1, 2, 3].map((n) => numbered.row + n);
    expect(rows.map((r) => rowValues(plan, r).slice(3))).toEqual([
      [null, null, null, 90, 84.87, 94.3],
      [2180922481, 2066201000, 94.74, 95.23, 93.65, 98.34],
      [305100000, 305100000, 100, 95.23, 100, 105.01],
    ]);
    expect(cellAt(plan, rows[1]!, F)?.formula).toBe(`=ROUND(E${rows[1]! + 1}/D${rows[1]! + 1}*100,2)`);
  });

  test("Evaluasi dan Analisis Kinerja writes the formula out as the seed does", () => {
    const text = allText(plan);
    expect(text).toContain("= 20,11 + 8,88 + 17,02 + 47,64 = 93,65");
    expect(text).toContain("93,65 / 95,23 x 100 % = 98,34 %");
    expect(text).toContain("(81,25 + 89,51 + 83,84) / 3 = 84,87");
    expect(text).toContain("Nilai TW 4 belum tersedia (dihitung oleh Bagian Organisasi)");
    expect(text).toContain("36 / 36 x 100 % = 100,00");
    expect(text).toContain("melampaui target");
  });

  test("Rencana Tindak Lanjut, Tanggapan Atasan Langsung and the signatures close it", () => {
    const text = allText(plan);
    const rowOf = (t: string) => cellWithText(plan, t).row;
    expect(rowOf("Evaluasi dan Analisis Kinerja")).toBeLessThan(rowOf("Rencana Tindak Lanjut"));
    expect(rowOf("Rencana Tindak Lanjut")).toBeLessThan(rowOf("RUANG DISPOSISI / TANGGAPAN ATASAN LANGSUNG"));
    expect(rowOf("RUANG DISPOSISI / TANGGAPAN ATASAN LANGSUNG")).toBeLessThan(rowOf("Mengetahui,"));
    expect(rowOf("Mengetahui,")).toBeLessThan(rowOf("BUPATI LUMAJANG"));
    expect(rowOf("CAMAT KLAKAH")).toBe(rowOf("BUPATI LUMAJANG"));
    expect(text).toContain("Laporan sudah baik");
  });

  test("flags become notes on the figures they concern, and always words in Keterangan", () => {
    const ikm = cellWithText(plan, "Nilai IKM Kecamatan").row;
    expect(plan.notes.find((n) => n.row === ikm && n.column === E)?.text).toContain("Indikator!J2 (TW 4)");
    const keterangan = cellAt(plan, ikm, 6)?.value as string;
    expect(keterangan).toContain("Nilai TW 4 belum tersedia");
  });

  test("print-ready: A4, fit to width", () => {
    expect(plan.print).toMatchObject({ paper: "A4", fitToWidth: true });
  });
});

describe("the plan with awkward input", () => {
  test("user text that looks like a formula stays text in the plan, never a formula", () => {
    const grids = seedGrids();
    withCell(grids.indikator, 1, "indikator", '=HYPERLINK("http://x","klik")');
    withCell(grids.indikator, 2, "uraian", "+62 812 3456 7890");
    const plan = reportOf(grids);
    const injected = plan.cells.filter((c) => c.value === '=HYPERLINK("http://x","klik")' || c.value === "+62 812 3456 7890");
    expect(injected.length).toBeGreaterThanOrEqual(2);
    for (const cell of injected) expect(cell.formula).toBeUndefined();
  });

  test("an indicator whose capaian can't be computed keeps its row, empty figures, and the reason", () => {
    const grids = seedGrids();
    withCell(grids.indikator, 2, "target", 0);
    const plan = reportOf(grids);
    const row = cellWithText(plan, "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti").row;
    expect(cellAt(plan, row, 5)?.value).toBeNull();
    expect(cellAt(plan, row, 5)?.formula).toBeUndefined();
    expect(cellAt(plan, row, 6)?.value).toContain("bernilai 0");
  });
});
