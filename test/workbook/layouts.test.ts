import { buildWorkbook } from "../../src/workbook/pipeline";
import { jsonReport } from "../../src/workbook/json-report";
import { allText } from "../support/plan-lookup";
import { indikatorOf, infoOf, plansOf, snapshotOf } from "../support/workbooks";

/** Sheets as staff lay them out (issue 8): each read as the contract means, or refused with a message that says why. */
const row = (values: Record<string, string | number | null>) => ({ Level: "Sasaran", Uraian: "Sasaran uji", ...values });
const simple = indikatorOf([row({ Indikator: "A", Target: 90, Realisasi: 84.87 })]);

describe("Info", () => {
  test("key | : | value, and a key typed with its colon, read as key | value", () => {
    const info = [
      ["Unit Kerja", ":", "Dinas Uji"],
      ["Pemerintah Daerah", ":", "Kabupaten Uji"],
      ["Tahun :", 2024],
      ["Periode", ": TW III"],
    ];
    const plans = plansOf({ info, indikator: simple });
    expect(plans.workbook.info).toMatchObject({
      unitKerja: "Dinas Uji",
      pemerintahDaerah: "Kabupaten Uji",
      tahun: "2024",
      quarter: 3,
    });
    expect(allText(plans.sheets[0]!)).toContain("LAPORAN KINERJA TRIWULAN III TAHUN 2024");
    expect(plans.workbook.info.cells.unitKerja).toEqual({ row: 0, column: 2 });
  });

  test("a Tahun that isn't a year is flagged on its cell", () => {
    const flags = plansOf({ info: infoOf({ Tahun: "dua ribu" }), indikator: simple }).workbook.flags;
    expect(flags.find((f) => f.kode === "TAHUN_TIDAK_SAH")).toMatchObject({ sel: "Info!B3" });
  });
});

describe("Indikator headers", () => {
  test('"Realisasi TW I", "Pagu Anggaran" and "Target 2024" in a 2024 workbook are TW1, Anggaran and Target', () => {
    const indikator = indikatorOf([
      row({
        Indikator: "A",
        "Target 2024": 100,
        "Realisasi TW I": 20,
        "Realisasi TW II": 30,
        "Realisasi TW III": 25,
        "Realisasi TW IV": 15,
        Agregasi: "Jumlah",
        "Pagu Anggaran": "Rp. 305.100.000,-",
        "Realisasi Anggaran": "Rp 152.550.000",
        "Realisasi 2022": 70,
        "Realisasi 2023": 80,
      }),
    ]);
    const plans = plansOf({ info: infoOf({ Tahun: 2024 }), indikator });
    const [json] = jsonReport(plans.workbook).indikator;
    // 20 + 30 + 25 + 15 = 90 of 100; 152.550.000 / 305.100.000 = 50 %.
    expect([json!.realisasi, json!.capaian, json!.anggaran, json!.penyerapan]).toEqual([90, 90, 305100000, 50]);
    expect([...plans.workbook.indicators[0]!.row.years.entries()].map(([y, v]) => [y, v.value?.toNumber()])).toEqual([
      [2022, 70],
      [2023, 80],
    ]);
  });

  test("a group typed over each of its columns (not merged) reads as a two-row header", () => {
    const indikator = [
      ["Level", "Uraian", "Indikator", "Target", "Realisasi", "Realisasi", "Realisasi", "Realisasi", "Agregasi"],
      [null, null, null, null, "TW I", "TW II", "TW III", "TW IV", null],
      ["Sasaran", "S", "A", 100, 20, 30, 25, 15, "Jumlah"],
    ];
    const plans = plansOf({ indikator });
    expect(plans.workbook.indikator.layout).toMatchObject({ row: 0, lastRow: 1, dataStart: 2 });
    expect(jsonReport(plans.workbook).indikator.map((i) => i.capaian)).toEqual([90]);
    expect(plans.workbook.flags.filter((f) => f.kode === "KOLOM_GANDA")).toEqual([]);
  });

  test("a header row below the rows searched is refused with a message naming the limit", () => {
    const indikator = [...Array.from({ length: 35 }, () => ["catatan"]), ...simple];
    const result = buildWorkbook(snapshotOf({ indikator }));
    expect(result).toMatchObject({ ok: false, reason: "no-header" });
    expect(!result.ok && result.message).toContain("baris 36, padahal LAPKIN mencarinya hanya di 30 baris pertama");
  });
});

describe("Indikator rows", () => {
  test("a stray cell far below the table is ignored with a note, not read as an indicator nor a reason to refuse", () => {
    const indikator = [...simple, ...Array.from({ length: 400 }, () => []), [null, null, "catatan lama", 5]];
    const plans = plansOf({ indikator });
    expect(plans.workbook.indicators).toHaveLength(1);
    expect(plans.workbook.flags.find((f) => f.kode === "SEL_DI_BAWAH_TABEL")).toMatchObject({
      tingkat: "info",
      sel: "Indikator!C403",
    });
  });

  test("a heading row gives the uraian of the rows under it; a Jumlah / Rata-rata row is not an indicator", () => {
    const indikator = [
      ["Level", "Uraian", "Indikator", "Target", "Realisasi"],
      ["Sasaran", "Meningkatnya layanan", null, null, null],
      [null, null, "Indikator satu", 90, 90],
      [null, null, "Indikator dua", 80, 40],
      [null, "Rata-rata", null, null, 75],
    ];
    const plans = plansOf({ indikator });
    expect(plans.workbook.indicators.map((i) => [i.row.uraian, i.row.indikator])).toEqual([
      ["Meningkatnya layanan", "Indikator satu"],
      ["Meningkatnya layanan", "Indikator dua"],
    ]);
    expect(plans.workbook.flags.find((f) => f.kode === "BARIS_RINGKASAN")).toMatchObject({ sel: "Indikator!B5" });
    expect(plans.workbook.flags.some((f) => f.kode === "URAIAN_KOSONG" || f.kode === "INDIKATOR_KOSONG")).toBe(false);
  });

  test("a second sheet that also reads as Indikator is flagged", () => {
    const flags = plansOf({ indikator: simple, sheetNames: ["Info", "Indikator", "INDIKATOR "] }).workbook.flags;
    expect(flags.find((f) => f.kode === "SHEET_GANDA")?.pesan).toContain(
      'Sheet "INDIKATOR " bernama sama dengan sheet "Indikator"',
    );
  });

  test("money as typed: Rp 1.000.000,50 keeps its sen in the report", () => {
    const indikator = indikatorOf([
      row({ Indikator: "A", Target: 1, Realisasi: 1, Anggaran: "Rp 2.000.001,00", "Realisasi Anggaran": "Rp 1.000.000,50" }),
    ]);
    const plans = plansOf({ indikator });
    const text = allText(plans.sheets[0]!);
    expect(text).toContain("terealisasi Rp 1.000.000,50");
    const laporan = plans.sheets[0]!;
    const realisasi = laporan.cells.find((c) => c.value === 1000000.5)!;
    expect(realisasi.numberFormat).toBe("#,##0.00");
  });

  test("a negative realisasi is a warning; a negative anggaran an error", () => {
    const indikator = indikatorOf([
      row({ Indikator: "A", Target: 2, Realisasi: -1.5, Anggaran: -100, "Realisasi Anggaran": 50 }),
    ]);
    const flags = plansOf({ indikator }).workbook.flags;
    expect(flags.find((f) => f.kode === "REALISASI_NEGATIF")).toMatchObject({ tingkat: "peringatan", sel: "Indikator!E2" });
    expect(flags.find((f) => f.kode === "NILAI_NEGATIF")).toMatchObject({ tingkat: "galat", sel: "Indikator!F2" });
  });
});
