import { raiseFlag, textKey, type Flag, type IndicatorInput } from "../engine";
import { cellAt, isBlank, type CellValue, type Grid } from "./cells";
import { INPUT_COLUMNS, LEVEL_BLOCKS, MAX_INDICATOR_ROWS, SHEETS, type ComputedColumnKey, type InputColumnKey } from "./contract";
import { readHeaderRow, type HeaderLayout } from "./header-row";
import { flagAtCell } from "./place";

export interface IndicatorRow {
  /** 0-based row on the sheet. */
  readonly row: number;
  readonly level: string;
  /** The report block it belongs to: Tujuan, Sasaran, Kegiatan, Sub Kegiatan, or its own level text. */
  readonly block: string;
  readonly uraian: string;
  readonly indikator: string;
  readonly satuan: string | null;
  readonly sumber: string | null;
  readonly keterangan: string | null;
  readonly input: IndicatorInput;
  readonly flags: readonly Flag[];
}

export interface IndikatorSheet {
  /** The sheet's name as the workbook spells it ("Indikator", "INDIKATOR"). */
  readonly name: string;
  readonly layout: HeaderLayout;
  readonly rows: readonly IndicatorRow[];
  /** Rows of the sheet's used range, counted from row 1. */
  readonly usedRows: number;
}

/** Why a workbook can't be used at all (the CLI's exit 2); the message says it to the user. */
export type Unusable = {
  readonly ok: false;
  readonly reason: "no-sheet" | "no-header" | "missing-column" | "no-rows" | "too-large";
  readonly message: string;
};

export type IndikatorResult = { readonly ok: true; readonly sheet: IndikatorSheet } | Unusable;

const BLOCK_OF_LEVEL = new Map(LEVEL_BLOCKS.flatMap((b) => b.levels.map((level) => [textKey(level), b.block] as const)));
const TEXT_COLUMNS: readonly InputColumnKey[] = ["level", "uraian", "indikator", "satuan", "sumber", "keterangan", "rincian"];

/** Reads sheet Indikator: one indicator a row under its header row, in the contract's shape. */
export function readIndicators(
  grid: Grid | null,
  own: ReadonlyMap<ComputedColumnKey, number> = new Map(),
  name: string = SHEETS.indikator,
): IndikatorResult {
  if (grid === null) {
    return {
      ok: false,
      reason: "no-sheet",
      message: `Sheet ${SHEETS.indikator} tidak ada; tambahkan sheet bernama ${SHEETS.indikator} (lapkin contoh membuat contohnya).`,
    };
  }
  const header = readHeaderRow(grid, own);
  if (!header.ok) return { ok: false, reason: header.reason, message: header.message };
  const { layout } = header;

  const dataRows = grid.length - layout.row - 1;
  if (dataRows > MAX_INDICATOR_ROWS) {
    return {
      ok: false,
      reason: "too-large",
      message: `Sheet ${SHEETS.indikator} berisi ${dataRows} baris, lebih dari batas ${MAX_INDICATOR_ROWS} baris indikator; pecah menjadi beberapa workbook.`,
    };
  }

  const get = (row: number, key: InputColumnKey): CellValue => {
    const column = layout.input.get(key);
    return column === undefined ? null : cellAt(grid, row, column);
  };
  const text = (row: number, key: InputColumnKey): string | null => {
    const value = get(row, key);
    return isBlank(value) ? null : String(value).trim();
  };
  const inputColumns = [...layout.input.values()];

  const rows: IndicatorRow[] = [];
  let previous = { level: "", uraian: "" };
  for (let r = layout.row + 1; r < grid.length; r++) {
    if (inputColumns.every((c) => isBlank(cellAt(grid, r, c)))) continue;
    const flags: Flag[] = [];
    const at = (key: InputColumnKey, flag: Flag) => flagAtCell(flag, SHEETS.indikator, r, layout.input.get(key)!);

    // A blank Level or Uraian continues the one above, as in a sheet whose cells were merged.
    const level = text(r, "level") ?? previous.level;
    const uraian = text(r, "uraian") ?? previous.uraian;
    if (!uraian) flags.push(at("uraian", raiseFlag("URAIAN_KOSONG", "uraian", {})));
    const indikator = text(r, "indikator") ?? "";
    if (!indikator) flags.push(at("indikator", raiseFlag("INDIKATOR_KOSONG", "indikator", {})));
    previous = { level, uraian };

    rows.push({
      row: r,
      level,
      block: BLOCK_OF_LEVEL.get(textKey(level)) ?? (level || "Lainnya"),
      uraian,
      indikator,
      satuan: text(r, "satuan"),
      sumber: text(r, "sumber"),
      keterangan: text(r, "keterangan"),
      input: {
        target: get(r, "target"),
        tw: [get(r, "tw1"), get(r, "tw2"), get(r, "tw3"), get(r, "tw4")],
        agregasi: get(r, "agregasi"),
        pembilang: get(r, "pembilang"),
        penyebut: get(r, "penyebut"),
        realisasi: get(r, "realisasi"),
        arah: get(r, "arah"),
        anggaran: get(r, "anggaran"),
        realisasiAnggaran: get(r, "realisasiAnggaran"),
        sumber: text(r, "sumber"),
        rincian: text(r, "rincian"),
      },
      flags,
    });
  }
  if (rows.length === 0) {
    return {
      ok: false,
      reason: "no-rows",
      message: `Sheet ${SHEETS.indikator} hanya berisi judul kolom (baris ${layout.row + 1}); isi satu indikator per baris di bawahnya.`,
    };
  }
  return { ok: true, sheet: { name, layout, rows, usedRows: grid.length } };
}

/** The input columns that hold numbers, for checks that look down a whole column. */
export const NUMERIC_COLUMNS: readonly InputColumnKey[] = INPUT_COLUMNS.map((c) => c.key).filter(
  (key) => !TEXT_COLUMNS.includes(key) && key !== "arah" && key !== "agregasi",
);
