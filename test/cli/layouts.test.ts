import ExcelJS from "exceljs";
import { join } from "path";
import { lapkin, scratchDir, writeWorkbook } from "../support/cli-run";
import { seedGrids } from "../support/grids";

/**
 * Layouts staff really use (issue 8): Info as key | : | value, a title above the table, a two-row
 * header (a merged "Realisasi" over TW I..IV and "Anggaran" over Pagu | Realisasi), "Target 2023",
 * a numbered-column row, money typed "Rp. 305.100.000,-". Through the command line they must give
 * the same figures as the sample in the plain contract layout.
 */
jest.setTimeout(60_000);

type Json = { indikator: Record<string, unknown>[]; flags: { kode: string; sel: string | null }[] };

async function staffLayout(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const info = book.addWorksheet("Info");
  for (const [key, value] of [
    ["Unit Kerja", "Kecamatan Klakah"],
    ["Pemerintah Daerah", "Kabupaten Lumajang"],
    ["Tahun", 2023],
    ["Periode", "Triwulan IV"],
    ["Penanggung Jawab", "Camat Klakah"],
    ["Atasan Langsung", "Bupati Lumajang"],
  ] as const)
    info.addRow([key, ":", value]);

  const sheet = book.addWorksheet("Indikator");
  sheet.addRow(["TABEL INDIKATOR KINERJA KECAMATAN KLAKAH TAHUN 2023"]);
  sheet.addRow([]);
  sheet.addRow([
    "No",
    "Level",
    "Tujuan / Sasaran",
    "Indikator Kinerja",
    "Satuan",
    "Target 2023",
    "Realisasi",
    null,
    null,
    null,
    "Agregasi",
    "Pembilang",
    "Penyebut",
    "Anggaran",
    null,
    "Sumber Data",
    "Keterangan",
    "Rincian",
  ]);
  sheet.addRow([null, null, null, null, null, null, "TW I", "TW II", "TW III", "TW IV", null, null, null, "Pagu", "Realisasi"]);
  sheet.mergeCells("G3:J3");
  sheet.mergeCells("N3:O3");
  for (const column of ["A", "B", "C", "D", "E", "F", "K", "L", "M", "P", "Q", "R"]) sheet.mergeCells(`${column}3:${column}4`);
  sheet.addRow(Array.from({ length: 18 }, (_, i) => i + 1));
  const seed = seedGrids().indikator;
  sheet.addRow([
    1,
    "Tujuan",
    "Meningkatnya Kepuasan Masyarakat",
    seed[1]![2],
    "nilai",
    90,
    81.25,
    89.51,
    83.84,
    null,
    "Rata-rata",
    null,
    null,
    null,
    null,
    "Bagian Organisasi",
  ]);
  sheet.addRow([
    2,
    "Sasaran",
    "Mengoptimalkan fasilitasi dan Koordinasi Kecamatan",
    seed[2]![2],
    "%",
    95.23,
    20.11,
    8.88,
    17.02,
    47.64,
    "Jumlah",
    null,
    null,
    "Rp. 2.180.922.481,-",
    "Rp 2.066.201.000",
    null,
    seed[2]![17],
  ]);
  sheet.addRow([
    3,
    "Sasaran",
    "Meningkatnya Akuntabilitas pemerintahan desa",
    seed[3]![2],
    "%",
    "95,23",
    null,
    null,
    null,
    null,
    "Rasio",
    36,
    36,
    "Rp. 305.100.000,-",
    "Rp. 305.100.000,-",
    null,
    seed[3]![17],
    seed[3]![18],
  ]);
  await book.xlsx.writeFile(path);
}

const figures = (json: Json) =>
  json.indikator.map((i) => [
    i.indikator,
    i.target,
    i.realisasi,
    i.capaian,
    i.predikat,
    i.anggaran,
    i.realisasiAnggaran,
    i.penyerapan,
  ]);

describe("a staff layout gives the plain layout's figures", () => {
  let plain: Json;
  let staff: Json;
  let staffStatus = -1;
  beforeAll(async () => {
    const dir = scratchDir();
    const plainPath = await writeWorkbook(dir, "plain.xlsx", seedGrids());
    plain = JSON.parse((await lapkin("periksa", plainPath, "--json")).stdout) as Json;
    const staffPath = join(dir, "staff.xlsx");
    await staffLayout(staffPath);
    const run = await lapkin("periksa", staffPath, "--json");
    staffStatus = run.status;
    staff = JSON.parse(run.stdout) as Json;
  });

  test("every indicator, target, realisasi, capaian, predikat and budget figure is the same", () => {
    expect(staffStatus).toBe(0);
    expect(figures(staff)).toEqual(figures(plain));
    // The seed's own figures, as a second check: DOMAIN.md, "The seed's figures".
    expect(staff.indikator.map((i) => i.capaian)).toEqual([94.3, 98.34, 105.01]);
    expect(staff.indikator.map((i) => i.penyerapan)).toEqual([null, 94.74, 100]);
  });

  test("the same checks, each at its cell in the staff layout", () => {
    expect(staff.flags.map((f) => f.kode).sort()).toEqual(plain.flags.map((f) => f.kode).sort());
    // TW IV of the IKM row: the merged group's fourth column (J), the first indicator row (6).
    expect(staff.flags.find((f) => f.kode === "TW_HILANG")?.sel).toBe("Indikator!J6");
  });
});
