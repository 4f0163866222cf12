import ExcelJS from "exceljs";
import { textKey } from "../engine";
import type { Grid } from "../workbook/cells";
import { SHEETS } from "../workbook/contract";
import type { SheetGrids } from "../workbook/evaluate-workbook";
import { shownValue } from "./cell-value";

export type LoadedWorkbook =
  | { readonly ok: true; readonly book: ExcelJS.Workbook; readonly grids: SheetGrids }
  | { readonly ok: false; readonly message: string };

const ZIP_MAGIC = [0x50, 0x4b];
/** Compound File Binary: an old .xls, or an .xlsx encrypted with a password. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Loads .xlsx bytes and reads Info and Indikator as grids; anything else is a clear refusal. */
export async function loadWorkbook(bytes: Uint8Array, name: string): Promise<LoadedWorkbook> {
  if (startsWith(bytes, CFB_MAGIC)) {
    return {
      ok: false,
      message: `${name} adalah file .xls lama atau file .xlsx berkata sandi; buka di Excel, hapus kata sandinya, lalu simpan sebagai Excel Workbook (.xlsx).`,
    };
  }
  if (!startsWith(bytes, ZIP_MAGIC))
    return { ok: false, message: `${name} bukan file .xlsx; simpan workbook sebagai Excel Workbook (.xlsx).` };

  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return {
      ok: false,
      message: `${name} rusak atau tidak lengkap sehingga tidak dapat dibaca sebagai .xlsx; buka dan simpan ulang di Excel.`,
    };
  }
  return {
    ok: true,
    book,
    grids: { info: gridOf(findSheet(book, SHEETS.info)), indikator: gridOf(findSheet(book, SHEETS.indikator)) },
  };
}

/** Sheets are found by name, ignoring case and spaces, as headers are. */
export function findSheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return book.worksheets.find((sheet) => textKey(sheet.name) === textKey(name));
}

function gridOf(sheet: ExcelJS.Worksheet | undefined): Grid | null {
  if (!sheet) return null;
  const grid: ReturnType<typeof shownValue>[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: ReturnType<typeof shownValue>[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = shownValue(cell.value);
    });
    grid[rowNumber - 1] = Array.from(cells, (v) => v ?? null);
  });
  return Array.from(grid, (row) => row ?? []);
}
