import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { lapkin, scratchDir, writeWorkbook } from "../../support/cli-run";
import { seedGrids } from "../../support/grids";
import { ALPHA, BETA, GAMMA, withCell, withInfo } from "./units";

/**
 * A Bagian Organisasi's folder after a quarter's deadline, with every kind of trouble issue 12
 * names: the sample (Kecamatan Klakah) and LAPKIN's report of it, three units worked out by hand
 * (Alpha, Beta, and Gamma with a galat), a damaged file, an old .xls renamed to .xlsx, Beta sent
 * again later with other figures, Dinas Delta still on last year's workbook, and a list of expected
 * units naming Dinas Epsilon, who sent nothing. Files that are no one's report lie beside them.
 */
export interface Submissions {
  readonly dir: string;
  readonly folder: string;
  readonly daftar: string;
}

/** Bytes that start as a zip and then break off: a download cut short. */
export const DAMAGED = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)]);
/** An old binary workbook (Compound File Binary), as Excel 97-2003 saves it, named .xlsx by hand. */
export const OLD_XLS = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

export async function submissions(): Promise<Submissions> {
  const dir = scratchDir();
  const folder = join(dir, "kiriman");
  mkdirSync(join(folder, "susulan"), { recursive: true });
  await writeWorkbook(folder, "alpha.xlsx", ALPHA);
  await writeWorkbook(folder, "beta.xlsx", BETA);
  await writeWorkbook(folder, "gamma.xlsx", GAMMA);
  await writeWorkbook(folder, "klakah.xlsx", seedGrids());
  const laporan = await lapkin("laporan", join(folder, "klakah.xlsx"), "-o", join(folder, "klakah-laporan.xlsx"));
  if (laporan.status > 1) throw new Error(laporan.stderr);
  await writeWorkbook(
    folder,
    "delta.xlsx",
    withInfo(withInfo(withInfo(ALPHA, "Unit Kerja", "Dinas Delta"), "Perangkat Daerah", "Dinas Delta"), "Tahun", 2022),
  );
  await writeWorkbook(join(folder, "susulan"), "beta.xlsx", withCell(BETA, 3, "Realisasi", 30));
  writeFileSync(join(folder, "rusak.xlsx"), DAMAGED);
  writeFileSync(join(folder, "lama.xlsx"), OLD_XLS);
  // Not submissions: a note, and the lock file Excel leaves beside a workbook someone has open.
  writeFileSync(join(folder, "catatan.txt"), "Kiriman triwulan IV\n");
  writeFileSync(join(folder, "~$alpha.xlsx"), Buffer.alloc(165));
  const daftar = join(dir, "daftar.txt");
  writeFileSync(
    daftar,
    ["Daftar Unit", "Dinas Alpha", "Dinas Beta", "Kecamatan Gamma", "Kecamatan Klakah", "Dinas Delta", "Dinas Epsilon", ""].join(
      "\n",
    ),
  );
  return { dir, folder, daftar };
}

/** A sheet's rows below its header, as ExcelJS (an independent reader) reads them: header text -> shown value. */
export function rowsOf(sheet: ExcelJS.Worksheet): { header: number; rows: Record<string, unknown>[] } {
  let header = 0;
  sheet.eachRow((row, n) => {
    if (!header && row.getCell(1).value === (sheet.name === "Rekap Indikator" ? "Unit" : "No")) header = n;
  });
  const names = (sheet.getRow(header).values as unknown[]).map((v) => (v === null || v === undefined ? null : String(v)));
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n <= header) return;
    const record: Record<string, unknown> = {};
    names.forEach((name, column) => {
      if (name) record[name] = shown(row.getCell(column).value);
    });
    rows.push(record);
  });
  return { header, rows };
}

export function shown(value: ExcelJS.CellValue): unknown {
  if (value && typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value) return (value as { result?: unknown }).result ?? null;
  }
  return value ?? null;
}
