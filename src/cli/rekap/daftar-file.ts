import { promises as fs } from "fs";
import { expectedUnitsOf, type ExpectedUnits } from "../../recap/expected-units";
import { sheetA1 } from "../../workbook/a1";
import type { CellValue } from "../../workbook/cells";
import { PackageDraft } from "../../xlsx/package/package-draft";
import { mapPackage } from "../../xlsx/read/package-map";
import { readSharedStrings } from "../../xlsx/read/shared-strings";
import { readSheetCells } from "../../xlsx/read/sheet-cells";
import { readCentralDirectory } from "../../xlsx/zip/central-directory";
import { sizeRefusal } from "../../xlsx/zip/limits";
import { nodeCodec } from "../../xlsx/zip/node-codec";

export type ReadDaftar =
  { readonly ok: true; readonly expected: ExpectedUnits } | { readonly ok: false; readonly message: string };

const ZIP_MAGIC = [0x50, 0x4b];

/**
 * `--daftar FILE`: the units the recap expects, one name a line of a text file, or a row of the
 * first column of a workbook's first sheet (a zip, whatever its name). A list that can't be read
 * stops the run before anything is read: a recap checked against no list would say nobody is missing.
 */
export async function readDaftar(file: string): Promise<ReadDaftar> {
  const bytes = await fs.readFile(file).catch(() => null);
  if (bytes === null) return { ok: false, message: `daftar unit ${file} tidak ditemukan atau tidak dapat dibaca.` };
  const isWorkbook = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  const lines = isWorkbook ? workbookLines(new Uint8Array(bytes), file) : textLines(bytes.toString("utf8"));
  if (typeof lines === "string") return { ok: false, message: lines };
  const expected = expectedUnitsOf(file, lines);
  if (expected.units.length === 0)
    return { ok: false, message: `daftar unit ${file} tidak berisi nama unit; tulis satu nama unit per baris.` };
  return { ok: true, expected };
}

function textLines(text: string): { text: string; sel: string }[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ text: line, sel: `baris ${i + 1}` }));
}

/** Column A of the first worksheet, each value with its cell; a message when the workbook can't be read. */
function workbookLines(bytes: Uint8Array, file: string): { text: string; sel: string }[] | string {
  const cannot = `daftar unit ${file} tidak dapat dibaca sebagai .xlsx; simpan ulang di Excel, atau tulis daftarnya sebagai file teks.`;
  try {
    const entries = readCentralDirectory(bytes);
    const refusal = sizeRefusal(entries, file);
    if (refusal) return refusal;
    const draft = new PackageDraft(bytes, entries, nodeCodec);
    const map = mapPackage(draft);
    const sheet = map.sheets.find((s) => s.kind === "worksheet" && s.part);
    const xml = sheet ? draft.text(sheet.part!) : null;
    if (!sheet || xml === null) return cannot;
    const context = { sharedStrings: readSharedStrings(map.sharedStringsPart ? draft.text(map.sharedStringsPart) : null) };
    const lines: { text: string; sel: string }[] = [];
    readSheetCells(xml, context, (cell) => {
      if (cell.column === 0 && cell.value !== null)
        lines.push({ text: textOf(cell.value), sel: sheetA1(sheet.name, cell.row, 0) });
    });
    return lines;
  } catch {
    return cannot;
  }
}

const textOf = (value: CellValue) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
