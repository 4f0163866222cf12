import type { CellValue, Grid } from "../workbook/cells";
import { readMarks, type FoundName } from "../workbook/marks";
import type { RegionKey } from "../workbook/plan";
import { sheetsToRead, type SheetSnapshot, type WorkbookSnapshot } from "../workbook/snapshot";
import { PackageDraft } from "./package/package-draft";
import { readCellFormats } from "./read/cell-formats";
import { mapPackage, type PackageMap } from "./read/package-map";
import { readSharedStrings } from "./read/shared-strings";
import { readSheetCells, type SheetReadContext } from "./read/sheet-cells";
import { readCentralDirectory } from "./zip/central-directory";
import { fflateCodec, type Codec } from "./zip/codec";
import { sizeRefusal } from "./zip/limits";

/** What the writer needs of a loaded workbook; opaque to callers. */
export interface WorkbookHandle {
  readonly draft: PackageDraft;
  readonly map: PackageMap;
}

export type LoadedWorkbook =
  | { readonly ok: true; readonly snapshot: WorkbookSnapshot; readonly handle: WorkbookHandle }
  | { readonly ok: false; readonly message: string };

const ZIP_MAGIC = [0x50, 0x4b];
/** Compound File Binary: an old .xls, or an .xlsx encrypted with a password. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Reads what the pipeline needs of .xlsx bytes as a snapshot, and keeps the package for the
 * writer; anything that isn't a workbook it can read is a clear refusal naming the file. `codec`
 * is fflate's unless the caller has a faster one (Node's zlib, on the command line).
 */
export async function loadWorkbook(bytes: Uint8Array, name: string, codec: Codec = fflateCodec): Promise<LoadedWorkbook> {
  if (startsWith(bytes, CFB_MAGIC)) {
    return {
      ok: false,
      message: `${name} adalah file .xls lama atau file .xlsx berkata sandi; buka di Excel, hapus kata sandinya, lalu simpan sebagai Excel Workbook (.xlsx).`,
    };
  }
  if (!startsWith(bytes, ZIP_MAGIC))
    return { ok: false, message: `${name} bukan file .xlsx; simpan workbook sebagai Excel Workbook (.xlsx).` };
  try {
    const entries = readCentralDirectory(bytes);
    const refusal = sizeRefusal(entries, name);
    if (refusal) return { ok: false, message: refusal };
    const draft = new PackageDraft(bytes, entries, codec);
    const map = mapPackage(draft);
    return { ok: true, snapshot: snapshotOf(draft, map), handle: { draft, map } };
  } catch {
    return {
      ok: false,
      message: `${name} rusak atau tidak lengkap sehingga tidak dapat dibaca sebagai .xlsx; buka dan simpan ulang di Excel.`,
    };
  }
}

function snapshotOf(draft: PackageDraft, map: PackageMap): WorkbookSnapshot {
  const sheetNames = map.sheets.map((s) => s.name);
  const names: FoundName[] = map.definedNames
    .filter((n) => n.localSheetId === null)
    .map((n) => ({ name: n.name, reference: n.text }));
  const marks = readMarks(names, sheetNames);
  const wanted = sheetsToRead(sheetNames, marks);
  const formats = readCellFormats(map.stylesPart ? draft.text(map.stylesPart) : null);
  let context: SheetReadContext | null = null;
  const contextOf = () =>
    (context ??= { sharedStrings: readSharedStrings(map.sharedStringsPart ? draft.text(map.sharedStringsPart) : null) });
  const partOf = (sheetName: string | null) => {
    const sheet = sheetName === null ? undefined : map.sheets.find((s) => s.name === sheetName && s.kind === "worksheet");
    return sheet?.part ? { name: sheet.name, xml: draft.text(sheet.part) } : null;
  };
  const sheet = (sheetName: string | null): SheetSnapshot | null => {
    const found = partOf(sheetName);
    return found?.xml ? { name: found.name, ...gridOf(found.xml, contextOf(), formats) } : null;
  };

  const regions = new Map<RegionKey, Grid>();
  for (const [key, place] of wanted.regions) {
    const found = partOf(place.sheet);
    if (!found?.xml) continue;
    const { top, left, bottom, right } = place.rect;
    const grid: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => Array<CellValue>(right - left + 1).fill(null));
    readSheetCells(
      found.xml,
      contextOf(),
      (cell) => {
        if (cell.column >= left && cell.column <= right) grid[cell.row - top]![cell.column - left] = cell.value;
      },
      (row) => row >= top && row <= bottom,
    );
    regions.set(key, grid);
  }
  return { sheetNames, marks, info: sheet(wanted.info), indikator: sheet(wanted.indikator), skala: sheet(wanted.skala), regions };
}

/** A sheet's values placed from A1 (a row as long as its last value), and each value's number format. */
function gridOf(xml: string, context: SheetReadContext, formatOfStyle: readonly (string | null)[]) {
  const grid: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  readSheetCells(xml, context, (cell) => {
    if (cell.value === null) return;
    (grid[cell.row] ??= [])[cell.column] = cell.value;
    (formats[cell.row] ??= [])[cell.column] = formatOfStyle[cell.style] ?? null;
  });
  return {
    grid: Array.from(grid, (row) => (row ? Array.from(row, (v) => v ?? null) : [])),
    formats: Array.from(formats, (row) => (row ? Array.from(row, (v) => v ?? null) : [])),
  };
}
