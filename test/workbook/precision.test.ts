import { jsonReport } from "../../src/workbook/json-report";
import { cellAt, cellWithText } from "../support/plan-lookup";
import { SEED_FASILITASI } from "../support/seed";
import { indikatorOf, plansOf } from "../support/workbooks";

/**
 * DOMAIN.md, "Rounding": a typed number is used exactly as typed; a derived realisasi is rounded
 * to 2 decimals or to its most precise input's decimals if more. The expected capaian are the ones
 * published reports print for these figures (issue 8), each checkable by hand.
 */
const row = (values: Record<string, string | number | null>) => ({ Level: "Sasaran", Uraian: "Sasaran uji", ...values });
const PRECISE = indikatorOf([
  row({ Indikator: "Dokumen yang selesai", Target: 4, Realisasi: 3.638 }),
  row({ Indikator: "Indeks gini", Arah: "Turun", Target: 0.025, Realisasi: 0.0189 }),
  row({ Indikator: "Rasio ketergantungan", Arah: "Turun", Target: 0.288, Realisasi: 0.269 }),
  row({ Indikator: "Rasio elektrifikasi", Target: 0.37, Realisasi: 0.293 }),
  row({ Indikator: "Indeks rata-rata", Target: 0.35, TW1: 0.321, TW2: 0.334, Agregasi: "Rata-rata" }),
]);

describe("typed figures are used exactly as typed", () => {
  const plans = plansOf({ indikator: PRECISE });
  const json = jsonReport(plans.workbook);

  test("capaian from the typed figures: 90,95; 124,40; 106,60; 79,19", () => {
    // 3,638 / 4 x 100 = 90,95; (2 x 0,025 - 0,0189) / 0,025 x 100 = 124,4; (0,576 - 0,269) / 0,288 x 100 = 106,597...;
    // 0,293 / 0,37 x 100 = 79,189...
    expect(json.indikator.slice(0, 4).map((i) => i.capaian)).toEqual([90.95, 124.4, 106.6, 79.19]);
    expect(json.indikator.slice(0, 4).map((i) => i.predikat)).toEqual(["Tinggi", "Sangat Tinggi", "Sangat Tinggi", "Tinggi"]);
  });

  test("the mean of 0,321 and 0,334 is 0,328, at its inputs' three decimals, and capaian is taken from it", () => {
    expect(json.indikator[4]!.realisasi).toBe(0.328);
    // 0,328 / 0,35 x 100 = 93,714...
    expect(json.indikator[4]!.capaian).toBe(93.71);
  });

  test("the report prints each figure with its own decimals and computes it with a native formula of the same rounding", () => {
    const laporan = plans.sheets.find((s) => s.kind === "laporan")!;
    const [D, E, F] = [3, 4, 5];
    const gini = cellWithText(laporan, "Indeks gini").row;
    expect(cellAt(laporan, gini, D)).toMatchObject({ value: 0.025, numberFormat: "#,##0.000" });
    expect(cellAt(laporan, gini, E)).toMatchObject({ value: 0.0189, numberFormat: "#,##0.0000" });
    expect(cellAt(laporan, gini, F)).toMatchObject({ value: 124.4 });
    const mean = cellWithText(laporan, "Indeks rata-rata").row;
    // TW1 and TW2 of the mean's row sit in G and H of Indikator (the columns of this sheet, in first-seen order).
    expect(cellAt(laporan, mean, E)).toMatchObject({ value: 0.328, formula: "=ROUND(AVERAGE(Indikator!G6:H6),3)" });
  });

  test("LAPKIN's Indikator columns hold the same figures, and formulas that give them in Excel", () => {
    const capaian = plans.columns.columns.find((c) => c.key === "capaian")!.column;
    const values = plans.columns.cells.filter((c) => c.column === capaian).map((c) => c.value);
    expect(values).toEqual([90.95, 124.4, 106.6, 79.19, 93.71]);
  });
});

describe("percent-formatted cells mean the number they show", () => {
  const asFraction = (n: number) => Number((n / 100).toFixed(6));
  const { target, tw } = SEED_FASILITASI.input;
  const indikator = indikatorOf([
    {
      Level: "Sasaran",
      Uraian: "Mengoptimalkan fasilitasi dan Koordinasi Kecamatan",
      Indikator: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
      Target: asFraction(target),
      TW1: asFraction(tw[0]),
      TW2: asFraction(tw[1]),
      TW3: asFraction(tw[2]),
      TW4: asFraction(tw[3]),
      Agregasi: "Jumlah",
    },
  ]);
  const percent = indikator.map((r, i) => r.map((_, c) => (i > 0 && c >= 3 && c <= 7 ? "0.00%" : null)));

  test("the seed's fasilitasi indicator stored as 0,9523 and 0,2011 ... gives 93,65 and 98,34", () => {
    const json = jsonReport(plansOf({ indikator, formats: percent }).workbook);
    expect([json.indikator[0]!.target, json.indikator[0]!.realisasi, json.indikator[0]!.capaian]).toEqual([95.23, 93.65, 98.34]);
  });

  test("each column read so is noted once, on its first cell", () => {
    const flags = plansOf({ indikator, formats: percent }).workbook.flags.filter((f) => f.kode === "PERSEN_DIBACA");
    expect(flags.map((f) => f.sel)).toEqual(["Indikator!D2", "Indikator!E2", "Indikator!F2", "Indikator!G2", "Indikator!H2"]);
    expect(flags[0]!.pesan).toContain("tersimpan 0,9523, dibaca 95,23");
  });

  test("only the target so formatted still gives 98,34, not 9.834,09", () => {
    const onlyTarget = percent.map((r, i) => r.map((f, c) => (i > 0 && c === 3 ? f : null)));
    const mixed = indikator.map((r, i) => r.map((v, c) => (i > 0 && c >= 4 && c <= 7 ? tw[c - 4]! : v)));
    expect(jsonReport(plansOf({ indikator: mixed, formats: onlyTarget }).workbook).indikator[0]!.capaian).toBe(98.34);
  });

  test("a date where a number belongs is a galat naming the cell, never its serial number", () => {
    const dated = percent.map((r, i) => r.map((f, c) => (i > 0 && c === 7 ? "dd/mm/yyyy" : f)));
    const plans = plansOf({ indikator, formats: dated });
    const flag = plans.workbook.flags.find((f) => f.kode === "TANGGAL_BUKAN_ANGKA");
    expect(flag).toMatchObject({ tingkat: "galat", sel: "Indikator!H2" });
    expect(jsonReport(plans.workbook).indikator[0]!.capaian).toBeNull();
    const asDate = indikator.map((r, i) => r.map((v, c) => (i > 0 && c === 7 ? new Date(Date.UTC(2023, 11, 31)) : v)));
    const fromFile = plansOf({ indikator: asDate, formats: percent }).workbook.flags.find(
      (f) => f.kode === "TANGGAL_BUKAN_ANGKA",
    );
    expect(fromFile?.pesan).toContain("31/12/2023");
  });
});
