import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../workbook/cells";
import { readMarks, type FoundName } from "../workbook/marks";
import type { RegionKey } from "../workbook/plan";
import { sheetsToRead, type SheetSnapshot, type WorkbookSnapshot } from "../workbook/snapshot";
import { shownValue } from "./cell-value";

export type LoadedWorkbook =
  | { readonly ok: true; readonly book: ExcelJS.Workbook; readonly snapshot: WorkbookSnapshot }
  | { readonly ok: false; readonly message: string };

const ZIP_MAGIC = [0x50, 0x4b];
/** Compound File Binary: an old .xls, or an .xlsx encrypted with a password. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Loads .xlsx bytes and reads what the pipeline needs as a snapshot; anything else is a clear refusal. */
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
  return { ok: true, book, snapshot: snapshotOf(book) };
}

function snapshotOf(book: ExcelJS.Workbook): WorkbookSnapshot {
  const sheetNames = book.worksheets.map((s) => s.name);
  const names: FoundName[] = (book.definedNames.model as { name: string; ranges: string[] }[]).flatMap((n) =>
    n.ranges.map((reference) => ({ name: n.name, reference })),
  );
  const marks = readMarks(names, sheetNames);
  const wanted = sheetsToRead(sheetNames, marks);
  const sheet = (name: string | null): SheetSnapshot | null => {
    const found = name === null ? undefined : book.getWorksheet(name);
    return found ? { name: found.name, ...gridOf(found) } : null;
  };
  const regions = new Map<RegionKey, Grid>();
  for (const [key, place] of wanted.regions) {
    const found = book.getWorksheet(place.sheet);
    if (!found) continue;
    const { top, left, bottom, right } = place.rect;
    regions.set(
      key,
      Array.from({ length: bottom - top + 1 }, (_, i) =>
        Array.from({ length: right - left + 1 }, (_, j) => shownValue(found.getCell(top + i + 1, left + j + 1).value)),
      ),
    );
  }
  return { sheetNames, marks, info: sheet(wanted.info), indikator: sheet(wanted.indikator), skala: sheet(wanted.skala), regions };
}

function gridOf(sheet: ExcelJS.Worksheet): { grid: Grid; formats: (string | null)[][] } {
  const grid: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    const codes: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // Excel shows a merged area's value in its first cell only; ExcelJS repeats it in the rest.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      cells[columnNumber - 1] = shownValue(cell.value);
      codes[columnNumber - 1] = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null;
    });
    grid[rowNumber - 1] = Array.from(cells, (v) => v ?? null);
    formats[rowNumber - 1] = Array.from(codes, (v) => v ?? null);
  });
  return { grid: Array.from(grid, (row) => row ?? []), formats: Array.from(formats, (row) => row ?? []) };
}
