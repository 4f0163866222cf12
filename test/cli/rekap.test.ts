import { existsSync, mkdirSync } from "fs";
import { join } from "path";
import { lapkin, readBook, scratchDir, writeWorkbook } from "../support/cli-run";
import { ALPHA, ALPHA_EXPECTED, BETA, BETA_EXPECTED, GAMMA, GAMMA_EXPECTED } from "../recap/support/units";
import { DAMAGED, OLD_XLS, rowsOf, submissions, type Submissions } from "../recap/support/submissions";
import { writeFileSync } from "fs";

/**
 * `lapkin rekap` over a folder as a Bagian Organisasi receives it (issue 12): every trouble shows in
 * Masalah, the rest is recapped right (three units' figures worked out by hand in
 * test/recap/support/units.ts), and the exit status says whether a person must look.
 */
jest.setTimeout(120_000);

describe("lapkin rekap over a quarter's folder", () => {
  let given: Submissions;
  let run: Awaited<ReturnType<typeof lapkin>>;
  let output = "";
  beforeAll(async () => {
    given = await submissions();
    output = join(given.dir, "rekap.xlsx");
    run = await lapkin("rekap", given.folder, "-o", output, "--daftar", given.daftar);
  });

  test("exit 1: a unit has a galat and two files could not be read; the recap is written all the same", async () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    const book = await readBook(output);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Rekap Unit", "Rekap Indikator", "Masalah", "Grafik Rekap"]);
    expect(run.stdout).toContain("Ditulis ke");
  });

  test("Masalah opens with each trouble, named with its file: the missing unit, last year's workbook, the unreadable files, the duplicate, LAPKIN's own report", async () => {
    const lines = rowsOf((await readBook(output)).getWorksheet("Masalah")!).rows;
    const file = (name: string) => join("kiriman", name);
    const top = lines.slice(0, 6).map((l) => [l["Kode"], l["File"]]);
    expect(top).toEqual([
      ["UNIT_TIDAK_ADA", given.daftar],
      ["TAHUN_BERBEDA", file("delta.xlsx")],
      ["FILE_TIDAK_TERBACA", file("lama.xlsx")],
      ["FILE_TIDAK_TERBACA", file("rusak.xlsx")],
      ["UNIT_GANDA", join("kiriman", "susulan", "beta.xlsx")],
      ["SALINAN_LAPKIN", file("klakah-laporan.xlsx")],
    ]);
    const pesan = lines.slice(0, 6).map((l) => String(l["Pesan"]));
    expect(pesan[0]).toContain("Dinas Epsilon");
    expect(lines[0]!["Sel"]).toBe("baris 7");
    expect(pesan[1]).toContain("Tahun 2022, sedangkan 4 dari 5 unit berisi Tahun 2023");
    expect(lines[1]!["Sel"]).toBe("Info!B4");
    expect(pesan[2]).toContain(".xls lama");
    expect(pesan[3]).toContain("rusak atau tidak lengkap");
    expect(pesan[4]).toContain("angkanya berbeda");
    // Files that are no one's report are not mentioned at all.
    expect(lines.some((l) => /catatan\.txt|~\$alpha/.test(String(l["File"])))).toBe(false);
  });

  test("after them, every flag of every unit recapped, with its file and cell: Gamma's zero target first", async () => {
    const lines = rowsOf((await readBook(output)).getWorksheet("Masalah")!).rows;
    const gamma = lines.find((l) => l["Kode"] === "TARGET_NOL")!;
    expect(gamma).toMatchObject({ Tingkat: "galat", File: join("kiriman", "gamma.xlsx") });
    expect(String(gamma["Sel"])).toMatch(/^Indikator!\w+2$/);
    expect(lines.indexOf(gamma)).toBe(6); // right after the six problems across units
    // Klakah's own warnings come from klakah.xlsx, not from LAPKIN's report of it.
    const klakah = lines.filter((l) => l["Kode"] === "TW_HILANG");
    expect(klakah.map((l) => l["File"])).toEqual([join("kiriman", "klakah.xlsx")]);
  });

  test("Rekap Unit: each unit once, with the figures worked out by hand for Alpha, Beta and Gamma", async () => {
    const rows = rowsOf((await readBook(output)).getWorksheet("Rekap Unit")!).rows;
    const total = rows.pop()!;
    expect(rows.map((r) => r["Unit Kerja"])).toEqual([
      "Dinas Alpha",
      "Dinas Beta",
      "Dinas Delta",
      "Kecamatan Gamma",
      "Kecamatan Klakah",
    ]);
    for (const expected of [ALPHA_EXPECTED, BETA_EXPECTED, GAMMA_EXPECTED]) {
      const row = rows.find((r) => r["Unit Kerja"] === expected.unit)!;
      expect([
        row["Indikator"],
        row["Rata-rata Capaian (%)"],
        row["Predikat"],
        row["Pagu (Rp)"],
        row["Realisasi (Rp)"],
        row["Penyerapan (%)"],
        row["Efisiensi"],
        row["Galat"],
      ]).toEqual([
        expected.indikator,
        expected.rataRata,
        expected.predikat,
        expected.pagu,
        expected.realisasi,
        expected.penyerapan,
        expected.efisiensi,
        expected.galat,
      ]);
    }
    // Beta from beta.xlsx, the first found; its later copy with other figures is the duplicate.
    expect(rows.find((r) => r["Unit Kerja"] === "Dinas Beta")!["File"]).toBe(join("kiriman", "beta.xlsx"));
    // Delta (last year's workbook) is recapped and flagged, not dropped; Klakah counted once.
    expect(rows.find((r) => r["Unit Kerja"] === "Dinas Delta")!["Tahun"]).toBe(2022);
    expect(total["No"]).toBe("Jumlah / Rata-rata");
    expect(total["Indikator"]).toBe(2 + 3 + 2 + 2 + 3);
  });

  test("the terminal shows the units, the problems across units and where the rest is", () => {
    expect(run.stdout).toContain("REKAP LAPORAN KINERJA TRIWULAN IV TAHUN 2023, KABUPATEN LUMAJANG");
    expect(run.stdout).toContain("Direkap 5 unit dari 9 file; 2 file tidak dapat dibaca.");
    expect(run.stdout).toMatch(/\[peringatan\] Daftar unit .*daftar\.txt \(baris 7\) menyebut Dinas Epsilon/);
  });
});

describe("lapkin rekap --json", () => {
  test("prints exactly WORKBOOK.md's shape: unit rows and masalah lines, nothing else", async () => {
    const given = await submissions();
    const run = await lapkin("rekap", given.folder, "-o", join(given.dir, "r.xlsx"), "--json");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as { unit: Record<string, unknown>[]; masalah: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(["unit", "masalah"]);
    for (const unit of json.unit)
      expect(Object.keys(unit)).toEqual([
        "file",
        "unitKerja",
        "tahun",
        "periode",
        "indikator",
        "rataRataCapaian",
        "predikat",
        "anggaran",
        "realisasiAnggaran",
        "penyerapan",
        "galat",
        "peringatan",
      ]);
    for (const line of json.masalah) expect(Object.keys(line)).toEqual(["file", "kode", "pesan"]);
    expect(json.unit.find((u) => u["unitKerja"] === "Dinas Alpha")).toMatchObject({
      tahun: "2023",
      periode: "TW IV",
      indikator: 2,
      rataRataCapaian: 100,
      predikat: "Sangat Tinggi",
      anggaran: 1_200_000_000,
      realisasiAnggaran: 1_050_000_000,
      penyerapan: 87.5,
      galat: 0,
    });
    expect(json.masalah.map((m) => m["kode"])).toContain("FILE_TIDAK_TERBACA");
  });
});

describe("lapkin rekap's exit status", () => {
  test("0 when every file is read and no unit has a galat", async () => {
    const dir = scratchDir();
    await writeWorkbook(dir, "alpha.xlsx", ALPHA);
    await writeWorkbook(dir, "beta.xlsx", BETA);
    expect((await lapkin("rekap", dir, "-o", join(scratchDir(), "rekap.xlsx"))).status).toBe(0);
  });

  test("1 when a unit has a galat, everything else being fine", async () => {
    const dir = scratchDir();
    await writeWorkbook(dir, "gamma.xlsx", GAMMA);
    await writeWorkbook(dir, "alpha.xlsx", ALPHA);
    expect((await lapkin("rekap", dir, "-o", join(scratchDir(), "rekap.xlsx"))).status).toBe(1);
  });

  test("1 when a file named on the command line is not there: the others are still recapped", async () => {
    const dir = scratchDir();
    const alpha = await writeWorkbook(dir, "alpha.xlsx", ALPHA);
    const output = join(dir, "rekap.xlsx");
    const run = await lapkin("rekap", alpha, join(dir, "tidak-ada.xlsx"), "-o", output);
    expect(run.status).toBe(1);
    const lines = rowsOf((await readBook(output)).getWorksheet("Masalah")!).rows;
    expect(lines[0]).toMatchObject({ Kode: "FILE_TIDAK_TERBACA", File: join(dir, "tidak-ada.xlsx") });
  });

  test("2 only when nothing could be read: each file's reason on stderr, and no recap written", async () => {
    const dir = scratchDir();
    const folder = join(dir, "kiriman");
    mkdirSync(folder);
    writeFileSync(join(folder, "rusak.xlsx"), DAMAGED);
    writeFileSync(join(folder, "lama.xlsx"), OLD_XLS);
    const output = join(dir, "rekap.xlsx");
    const run = await lapkin("rekap", folder, "-o", output);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("lama.xlsx");
    expect(run.stderr).toContain("rusak.xlsx");
    expect(run.stderr).toContain("tidak ada laporan unit yang dapat dibaca");
    expect(existsSync(output)).toBe(false);
  });

  test("2 for a folder without any workbook, saying so", async () => {
    const dir = scratchDir();
    const run = await lapkin("rekap", dir, "-o", join(scratchDir(), "rekap.xlsx"));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("tidak ada file .xlsx atau .xlsm");
  });
});
