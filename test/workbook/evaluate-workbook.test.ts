import { columnLetters } from "../../src/workbook/a1";
import { evaluateWorkbook, type WorkbookEvaluation } from "../../src/workbook/evaluate-workbook";
import type { CellValue } from "../../src/workbook/cells";
import { readInfo } from "../../src/workbook/read-info";
import { snapshotOfGrids } from "../../src/workbook/snapshot";
import { seedGrids, withCell } from "../support/grids";
import { SEED_DESA, SEED_FASILITASI, SEED_IKM } from "../support/seed";

function evaluate(grids: ReturnType<typeof seedGrids>): WorkbookEvaluation {
  const result = evaluateWorkbook(snapshotOfGrids(grids));
  if (!result.ok) throw new Error(result.message);
  return result.workbook;
}
const flagsOf = (workbook: WorkbookEvaluation, kode: string) => workbook.flags.filter((f) => f.kode === kode);

describe("reading the workbook contract", () => {
  test("the sample gives the seed's three indicators and figures", () => {
    const workbook = evaluate(seedGrids());
    expect(
      workbook.indicators.map((i) => [i.row.block, i.evaluation.realisasi?.toString(), i.evaluation.capaian?.toFixed(2)]),
    ).toEqual([
      ["Tujuan", SEED_IKM.expected.realisasi, SEED_IKM.expected.capaian],
      ["Sasaran", SEED_FASILITASI.expected.realisasi, SEED_FASILITASI.expected.capaian],
      ["Sasaran", SEED_DESA.expected.realisasi, SEED_DESA.expected.capaian],
    ]);
    expect(workbook.info).toMatchObject({ unitKerja: "Kecamatan Klakah", tahun: "2023", quarter: 4 });
  });

  test("the missing TW 4 is flagged on its own cell, J2, naming the source", () => {
    const [missing] = flagsOf(evaluate(seedGrids()), "TW_HILANG");
    expect(missing).toMatchObject({ tingkat: "peringatan", sel: "Indikator!J2" });
    expect(missing!.pesan).toMatch(/^Sel Indikator!J2 \(TW 4\) kosong: .*Bagian Organisasi/);
  });

  test("the seed's detail line, 11 RKPDesa under a total of 12, is flagged on its Rincian cell", () => {
    const [detail] = flagsOf(evaluate(seedGrids()), "RINCIAN_TIDAK_COCOK");
    expect(detail).toMatchObject({ sel: "Indikator!S4", tingkat: "peringatan" });
    expect(detail!.pesan).toContain("= 35, tidak sama dengan Pembilang 36");
    expect(detail!.pesan).toContain("97,22");
  });

  test("headers match loosely, sit below titles, in any order, among unknown columns", () => {
    const grids = seedGrids();
    const header = grids.indikator[0]!.map((h) => String(h));
    const renamed = header.map(
      (h) => ({ TW1: "tw 1", TW2: "Triwulan II", Target: "TARGET", "Realisasi Anggaran": "realisasi-anggaran" })[h] ?? h,
    );
    const reversed = (row: unknown[]) => [...row].reverse();
    const indikator = [
      ["Perjanjian Kinerja 2023"],
      [],
      [...reversed(renamed), "Kolom Saya"],
      ...grids.indikator.slice(1).map((r) => [...reversed(r), "bebas"]),
    ] as typeof grids.indikator;
    const workbook = evaluate({ ...grids, indikator });
    expect(workbook.indicators.map((i) => i.evaluation.capaian?.toFixed(2))).toEqual(["94.30", "98.34", "105.01"]);
    expect(workbook.indicators[0]!.row.row).toBe(3);
  });

  test("a missing required column makes the workbook unusable, with the column named", () => {
    const grids = seedGrids();
    grids.indikator[0] = grids.indikator[0]!.map((h) => (h === "Target" ? "Sasaran Mutu" : h));
    expect(evaluateWorkbook(snapshotOfGrids(grids))).toEqual({
      ok: false,
      reason: "missing-column",
      message: expect.stringContaining("Target"),
    });
    expect(evaluateWorkbook(snapshotOfGrids({ ...grids, indikator: null }))).toEqual({
      ok: false,
      reason: "no-sheet",
      message: expect.stringContaining("Sheet Indikator tidak ada"),
    });
    expect(evaluateWorkbook(snapshotOfGrids({ ...grids, indikator: [seedGrids().indikator[0]!] }))).toEqual({
      ok: false,
      reason: "no-rows",
      message: "Sheet Indikator hanya berisi judul kolom (baris 1); isi satu indikator per baris di bawahnya.",
    });
  });

  test("a duplicate header is flagged on the duplicate, the first one is used", () => {
    const grids = seedGrids();
    grids.indikator.forEach((row, r) => row.push(r === 0 ? "Target" : 1));
    const workbook = evaluate(grids);
    const [duplicate] = flagsOf(workbook, "KOLOM_GANDA");
    // The added column is the one right of the sample's last.
    expect(duplicate).toMatchObject({
      sel: `Indikator!${columnLetters(seedGrids().indikator[0]!.length)}1`,
      tingkat: "peringatan",
    });
    expect(duplicate!.pesan).toContain("F1");
    expect(workbook.indicators[0]!.evaluation.target?.toString()).toBe("90");
  });

  test("a blank Uraian continues the one above; with nothing above it is flagged", () => {
    const grids = seedGrids();
    withCell(grids.indikator, 3, "uraian", null);
    expect(evaluate(grids).indicators[2]!.row.uraian).toBe("Mengoptimalkan fasilitasi dan Koordinasi Kecamatan");
    withCell(grids.indikator, 1, "uraian", "");
    expect(flagsOf(evaluate(grids), "URAIAN_KOSONG")[0]).toMatchObject({ sel: "Indikator!B2" });
  });

  test("text where a number belongs, and an empty target, are errors on their cells", () => {
    const grids = seedGrids();
    withCell(grids.indikator, 2, "tw2", "delapan");
    withCell(grids.indikator, 3, "target", null);
    const workbook = evaluate(grids);
    expect(flagsOf(workbook, "BUKAN_ANGKA")[0]).toMatchObject({ sel: "Indikator!H3", tingkat: "galat" });
    expect(flagsOf(workbook, "BUKAN_ANGKA")[0]!.pesan).toContain('"delapan"');
    expect(flagsOf(workbook, "TARGET_KOSONG")[0]).toMatchObject({ sel: "Indikator!F4", tingkat: "galat" });
    expect(workbook.indicators[1]!.evaluation.capaian).toBeNull();
  });

  test("realisasi anggaran above anggaran is an error on the realisasi anggaran cell", () => {
    const grids = seedGrids();
    withCell(grids.indikator, 3, "realisasiAnggaran", "Rp 400.000.000");
    expect(flagsOf(evaluate(grids), "ANGGARAN_LEBIH")[0]).toMatchObject({ sel: "Indikator!P4", tingkat: "galat" });
  });

  test("'1.500' is read as 1500 but flagged where the column is written in English notation", () => {
    const grids = seedGrids();
    withCell(grids.indikator, 2, "tw2", "8.88");
    withCell(grids.indikator, 1, "tw2", "1.500");
    const workbook = evaluate(grids);
    expect(flagsOf(workbook, "ANGKA_AMBIGU")).toHaveLength(1);
    expect(flagsOf(workbook, "ANGKA_AMBIGU")[0]).toMatchObject({ sel: "Indikator!H2" });
    expect(flagsOf(workbook, "ANGKA_AMBIGU")[0]!.pesan).toContain("1,5");
    expect(workbook.indicators[0]!.evaluation.realisasi?.toString()).toBe("555.03"); // (81,25 + 1500 + 83,84) / 3

    const indonesianOnly = seedGrids();
    withCell(indonesianOnly.indikator, 1, "tw2", "1.500");
    expect(flagsOf(evaluate(indonesianOnly), "ANGKA_AMBIGU")).toEqual([]);
  });

  test("columns that only look like LAPKIN's are the user's: kept as input, and LAPKIN's go beyond them", () => {
    const grids = seedGrids();
    grids.indikator.forEach((row, r) =>
      row.push(
        ...(r === 0
          ? ["Realisasi", "Capaian (%)", "Predikat", "Penyerapan (%)", "Efisiensi", "Catatan"]
          : [1, 2, "x", 3, "y", "z"]),
      ),
    );
    // No mark of LAPKIN's: the six columns are the user's; the first ("Realisasi") repeats an input header.
    const width = seedGrids().indikator[0]!.length;
    const workbook = evaluate(grids);
    expect(workbook.indikator.layout.computed.get("realisasi")).toBe(width + 6);
    expect(flagsOf(workbook, "KOLOM_GANDA").map((f) => f.sel)).toEqual([`Indikator!${columnLetters(width)}1`]);
    expect(workbook.indicators[2]!.evaluation.realisasi?.toString()).toBe("100");
  });
});

test("a flag about a value the sheet has no column for names the row", () => {
  const grids = seedGrids();
  const keep = grids.indikator[0]!.map((h, c) =>
    h === "Realisasi" || h === "TW1" || h === "TW2" || h === "TW3" || h === "TW4" ? -1 : c,
  ).filter((c) => c >= 0);
  const indikator = grids.indikator.map((row) => keep.map((c) => row[c]!));
  const result = evaluateWorkbook(snapshotOfGrids({ info: grids.info, indikator }));
  if (!result.ok) throw new Error(result.message);
  const [missing] = result.workbook.flags.filter((f) => f.kode === "REALISASI_KOSONG");
  expect(missing).toMatchObject({ sel: "Indikator!C2" });
  expect(missing!.pesan).toMatch(/^Realisasi pada baris 2 kosong/);
});

const infoSheet = (grid: CellValue[][]) => ({ name: "Info", grid, formats: null });

describe("reading Info", () => {
  test("keys ignore case and punctuation; an unknown formula name is flagged on its cell and the default used", () => {
    const info = readInfo(
      infoSheet([
        ["UNIT KERJA", "Dinas X"],
        ["pemerintah-daerah", "Kabupaten Y"],
        ["Tahun", 2024],
        ["periode", "Triwulan III"],
        ["Rumus Arah Turun", "2R-T"],
      ]),
    );
    expect(info).toMatchObject({
      unitKerja: "Dinas X",
      pemerintahDaerah: "Kabupaten Y",
      tahun: "2024",
      quarter: 3,
      rumusTurun: "2T-R",
    });
    expect(info.flags).toEqual([expect.objectContaining({ kode: "PILIHAN_TIDAK_DIKENAL", sel: "Info!B5" })]);
  });

  test("a missing Info sheet or key is a warning, never a stop", () => {
    expect(readInfo(null).flags.map((f) => f.kode)).toEqual(["INFO_TIDAK_ADA"]);
    expect(readInfo(infoSheet([["Unit Kerja", ""]])).flags.map((f) => f.kode)).toEqual([
      "INFO_KOSONG",
      "INFO_KOSONG",
      "INFO_KOSONG",
      "INFO_KOSONG",
    ]);
  });
});
