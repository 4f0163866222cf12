import type { SheetPlan } from "../../src/workbook/plan";
import { allText } from "../support/plan-lookup";
import { indikatorOf, infoOf, plansOf } from "../support/workbooks";

/**
 * Periode Tahunan: the Laporan sheet is the LKjIP's Bab III with every comparison the columns
 * allow (issue 11; DOMAIN.md "Comparisons"). Expected figures are worked out by hand in comments.
 */
const sasaran = (uraian: string, values: Record<string, string | number | null>) => ({
  Level: "Sasaran",
  Uraian: uraian,
  ...values,
});
const LAYANAN = "Meningkatnya kualitas pelayanan publik";
const indikator = indikatorOf([
  // Naik, better than last year: 86,2 - 83,4 = +2,80, membaik. Renstra 88 (a level): 86,2 / 88 = 97,95 %, 1,80 to go.
  // National standard 76,61: 86,2 / 76,61 = 112,52 %.
  sasaran(LAYANAN, {
    Indikator: "Indeks Kepuasan Masyarakat",
    Satuan: "nilai",
    Arah: "Naik",
    Target: 85,
    Realisasi: 86.2,
    "Realisasi 2021": 80.1,
    "Realisasi 2022": 83.4,
    "Target Renstra": 88,
    "Standar Nasional": 76.61,
  }),
  // Turun, lower than last year: 3,5 - 4 = -0,50, membaik. Renstra 2: (2 x 2 - 3,5) / 2 = 25 %, 1,50 still to lose.
  sasaran(LAYANAN, {
    Indikator: "Persentase pengaduan tidak tertangani",
    Satuan: "%",
    Arah: "Turun",
    Target: 5,
    Realisasi: 3.5,
    "Realisasi 2021": 6,
    "Realisasi 2022": 4,
    "Target Renstra": 2,
  }),
  // Turun, higher than last year: 5,2 - 4,8 = +0,40, memburuk.
  sasaran(LAYANAN, {
    Indikator: "Rata-rata waktu tunggu (hari)",
    Satuan: "hari",
    Arah: "Turun",
    Target: 5,
    Realisasi: 5.2,
    "Realisasi 2022": 4.8,
  }),
  // Naik, lower than last year: 66,5 - 68 = -1,50, memburuk.
  sasaran("Meningkatnya akuntabilitas", {
    Indikator: "Nilai SAKIP",
    Satuan: "nilai",
    Arah: "Naik",
    Target: 70,
    Realisasi: 66.5,
    "Realisasi 2022": 68,
  }),
  // A count over the Renstra years: 2 + 3 + 1 + 4 = 10 this year, 15 before: 25 of 40 = 62,5 %, 15 to go.
  sasaran("Meningkatnya kemandirian desa", {
    Indikator: "Jumlah desa mandiri",
    Satuan: "desa",
    Arah: "Naik",
    Target: 10,
    TW1: 2,
    TW2: 3,
    TW3: 1,
    TW4: 4,
    Agregasi: "Jumlah",
    "Target Renstra": 40,
    "Realisasi s.d. Tahun Lalu": 15,
  }),
]);

const laporan = (): SheetPlan =>
  plansOf({ info: infoOf({ Periode: "Tahunan", Tahun: 2023 }), indikator }).sheets.find((s) => s.kind === "laporan")!;

/** The figures of the row whose column B names the indicator, in the table that follows `after`. */
function tableRow(plan: SheetPlan, after: string, name: string, from = 0): (string | number | null)[] {
  const title = plan.cells.find((c) => c.row >= from && typeof c.value === "string" && c.value.startsWith(after))!.row;
  const row = plan.cells.find((c) => c.row > title && c.column === 1 && c.value === name)!.row;
  return plan.cells.filter((c) => c.row === row && c.column >= 2).map((c) => c.value);
}

describe("the LKjIP's Bab III for Periode Tahunan", () => {
  const plan = laporan();
  const text = allText(plan);

  test("is titled as Bab III, per sasaran", () => {
    expect(text).toContain("BAB III AKUNTABILITAS KINERJA");
    expect(text).toContain("LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023");
    expect(text).toContain(`Sasaran 1: ${LAYANAN}`);
    expect(text).toContain("Sasaran 2: Meningkatnya akuntabilitas");
  });

  test("compares with earlier years, membaik or memburuk by each indicator's direction", () => {
    const years = "2. Perbandingan realisasi";
    expect(tableRow(plan, years, "Indeks Kepuasan Masyarakat")).toEqual([80.1, 83.4, 86.2, 2.8, "membaik"]);
    expect(tableRow(plan, years, "Persentase pengaduan tidak tertangani")).toEqual([6, 4, 3.5, -0.5, "membaik (arah turun)"]);
    expect(tableRow(plan, years, "Rata-rata waktu tunggu (hari)")).toEqual([null, 4.8, 5.2, 0.4, "memburuk (arah turun)"]);
    const second = plan.cells.find((c) => c.value === "Sasaran 2: Meningkatnya akuntabilitas")!.row;
    expect(tableRow(plan, years, "Nilai SAKIP", second)).toEqual([68, 66.5, -1.5, "memburuk"]);
  });

  test("compares with the Renstra's end target: progress and what is still to go", () => {
    const renstra = "3. Perbandingan dengan target akhir Renstra";
    expect(tableRow(plan, renstra, "Indeks Kepuasan Masyarakat")).toEqual([88, 86.2, 97.95, 1.8]);
    expect(tableRow(plan, renstra, "Persentase pengaduan tidak tertangani")).toEqual([2, 3.5, 25, 1.5]);
    const third = plan.cells.find((c) => c.value === "Sasaran 3: Meningkatnya kemandirian desa")!.row;
    expect(tableRow(plan, renstra, "Jumlah desa mandiri", third)).toEqual([40, 25, 62.5, 15]);
  });

  test("compares with the national standard", () => {
    expect(tableRow(plan, "4. Perbandingan dengan standar nasional", "Indeks Kepuasan Masyarakat")).toEqual([
      76.61, 86.2, 112.52,
    ]);
  });

  test("says each comparison in words, with its numbers", () => {
    expect(text).toContain(
      "Realisasi tahun 2023 sebesar 86,20 naik 2,80 dibanding tahun 2022 (83,40), sehingga kinerjanya membaik",
    );
    expect(text).toContain(
      "Realisasi tahun 2023 sebesar 3,50 turun 0,50 dibanding tahun 2022 (4,00), sehingga kinerjanya membaik (makin rendah makin baik)",
    );
    expect(text).toContain(
      "Realisasi tahun 2023 sebesar 66,50 turun 1,50 dibanding tahun 2022 (68,00), sehingga kinerjanya memburuk",
    );
    expect(text).toContain(
      "Terhadap target akhir Renstra sebesar 40,00, realisasi s.d. tahun 2023 sebesar 25,00 atau 62,50 %; masih kurang 15,00",
    );
    expect(text).toContain("Dibandingkan standar nasional 76,61, realisasi 86,20 mencapai 112,52 % dari standar tersebut.");
  });

  test("every comparison's figure is a native formula: years from Indikator's columns, change and gap from the table", () => {
    const years = plan.cells.find((c) => c.value === "Realisasi 2022")!;
    const row = plan.cells.find((c) => c.row > years.row && c.value === "Indeks Kepuasan Masyarakat")!.row;
    const formulas = plan.cells.filter((c) => c.row === row && c.formula).map((c) => c.formula);
    expect(formulas[0]).toMatch(/^=Indikator![A-Z]+2$/);
    expect(formulas).toContain(`=${String.fromCharCode(65 + 4)}${row + 1}-${String.fromCharCode(65 + 3)}${row + 1}`);
  });
});
