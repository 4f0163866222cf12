import { formatNumber, raiseFlag, readField, textKey, type FieldValue, type Flag, type IndicatorFigures } from "../engine";
import { cellAt, isBlank, type CellValue } from "./cells";
import {
  INPUT_COLUMNS,
  LEVEL_BLOCKS,
  MAX_INDICATOR_ROWS,
  inputColumn,
  type ComputedColumnKey,
  type InputColumnKey,
} from "./contract";
import { readHeaderRow, type HeaderLayout } from "./header-row";
import { cellKindOfFormat } from "./number-format";
import { flagAtCell } from "./place";
import type { SheetSnapshot } from "./snapshot";

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
  /** Every number of the row, read once with its cell's number format. */
  readonly figures: IndicatorFigures;
  /** The numbers of the other documents' columns (Target TW, Target Renstra, ...), read the same way. */
  readonly numbers: ReadonlyMap<InputColumnKey, FieldValue>;
  /** "Realisasi 2022" and the like, by year. */
  readonly years: ReadonlyMap<number, FieldValue>;
  /** The text of the other documents' columns (Kode, Faktor Pendorong, ...). */
  readonly texts: ReadonlyMap<InputColumnKey, string>;
  readonly flags: readonly Flag[];
}

export interface IndikatorSheet {
  /** The sheet's name as the workbook spells it ("Indikator", "INDIKATOR"). */
  readonly name: string;
  readonly layout: HeaderLayout;
  readonly rows: readonly IndicatorRow[];
  /** Rows of the sheet's used range, counted from row 1. */
  readonly usedRows: number;
  /** Flags about the sheet rather than one indicator: columns read as percentages, what lies below the table. */
  readonly flags: readonly Flag[];
}

/** Why a workbook can't be used at all (the CLI's exit 2); the message says it to the user. */
export type Unusable = {
  readonly ok: false;
  readonly reason: "no-sheet" | "no-header" | "missing-column" | "no-rows" | "too-large" | "no-document";
  readonly message: string;
};

export type IndikatorResult = { readonly ok: true; readonly sheet: IndikatorSheet } | Unusable;

const BLOCK_OF_LEVEL = new Map(LEVEL_BLOCKS.flatMap((b) => b.levels.map((level) => [textKey(level), b.block] as const)));

/** The figures of the evaluation; every other numeric column is kept for the other documents. */
type FigureColumn =
  | "target"
  | "tw1"
  | "tw2"
  | "tw3"
  | "tw4"
  | "pembilang"
  | "penyebut"
  | "realisasi"
  | "anggaran"
  | "realisasiAnggaran"
  | "capaianStaf"
  | "penyerapanStaf";
const NUMERIC_KEYS = INPUT_COLUMNS.filter((c) => c.numeric).map((c) => c.key);
const OTHER_TEXT_KEYS = ["kode", "faktorPendorong", "faktorPenghambat", "tindakLanjut", "penanggungJawab"] as const;

/** Blank rows after which the table is over: what lies further down is not read as indicators. */
export const TABLE_GAP = 20;

/** "Jumlah", "Rata-rata capaian": a total row under the table, not an indicator. */
const SUMMARY_ROW = new Set(
  [
    "jumlah",
    "total",
    "jumlah total",
    "rata-rata",
    "rerata",
    "rata-rata capaian",
    "rata-rata capaian kinerja",
    "capaian rata-rata",
    "nilai rata-rata",
  ].map(textKey),
);

/** Reads sheet Indikator: one indicator a row under its header, in the contract's shape. */
export function readIndicators(
  sheet: SheetSnapshot | null,
  context: { readonly tahun: number | null; readonly own: ReadonlyMap<ComputedColumnKey, number> },
): IndikatorResult {
  if (sheet === null) {
    return {
      ok: false,
      reason: "no-sheet",
      message: "Sheet Indikator tidak ada; tambahkan sheet bernama Indikator (lapkin contoh membuat contohnya).",
    };
  }
  const { grid, name } = sheet;
  const header = readHeaderRow(grid, { sheet: name, tahun: context.tahun }, context.own);
  if (!header.ok) return { ok: false, reason: header.reason, message: header.message };
  const { layout } = header;
  const inputColumns = [...layout.input.values(), ...layout.years.values()];
  const blank = (r: number) => inputColumns.every((c) => isBlank(cellAt(grid, r, c)));

  const table = tableRows(grid.length, layout.dataStart, blank);
  if (table.rows.length > MAX_INDICATOR_ROWS) {
    return {
      ok: false,
      reason: "too-large",
      message: `Sheet ${name} berisi ${table.rows.length} baris indikator, lebih dari batas ${MAX_INDICATOR_ROWS} baris; pecah menjadi beberapa workbook.`,
    };
  }

  const reader = new CellReader(sheet, layout);
  const sheetFlags: Flag[] = [];
  if (table.beyond !== null) {
    const column = inputColumns.find((c) => !isBlank(cellAt(grid, table.beyond!, c))) ?? inputColumns[0]!;
    sheetFlags.push(
      flagAtCell(
        raiseFlag("SEL_DI_BAWAH_TABEL", "indikator", { baris: table.beyond + 1, akhir: table.lastRow + 1 }),
        name,
        table.beyond,
        column,
        "Sel",
      ),
    );
  }

  const rows: IndicatorRow[] = [];
  let previous = { level: "", uraian: "" };
  for (const r of table.rows) {
    const level = reader.text(r, "level");
    const uraian = reader.text(r, "uraian");
    const indikator = reader.text(r, "indikator");
    const summary = [level, uraian, indikator].find((t) => t !== null && SUMMARY_ROW.has(textKey(t.replace(/[:%()]/g, " "))));
    if (summary) {
      const key = [level, uraian, indikator].indexOf(summary);
      const column = layout.input.get((["level", "uraian", "indikator"] as const)[key]!)!;
      sheetFlags.push(flagAtCell(raiseFlag("BARIS_RINGKASAN", "indikator", { teks: summary }), name, r, column, "Baris"));
      continue;
    }
    const hasFigures = NUMERIC_KEYS.some((key) => !reader.blank(r, key));
    if (indikator === null && !hasFigures) {
      // A heading row ("Sasaran 1: ...") names the level or uraian of the rows under it.
      previous = { level: level ?? previous.level, uraian: uraian ?? previous.uraian };
      continue;
    }
    rows.push(reader.row(r, previous, { level, uraian, indikator }));
    previous = { level: rows[rows.length - 1]!.level, uraian: rows[rows.length - 1]!.uraian };
  }
  sheetFlags.push(...reader.percentFlags());

  if (rows.length === 0) {
    return {
      ok: false,
      reason: "no-rows",
      message: `Sheet ${name} hanya berisi judul kolom (baris ${layout.row + 1}); isi satu indikator per baris di bawahnya.`,
    };
  }
  return { ok: true, sheet: { name, layout, rows, usedRows: grid.length, flags: sheetFlags } };
}

/** The rows of the table: from its first data row to the last before a long run of blank rows. */
function tableRows(length: number, start: number, blank: (r: number) => boolean) {
  const rows: number[] = [];
  let gap = 0;
  let lastRow = start;
  for (let r = start; r < length; r++) {
    if (blank(r)) {
      gap++;
      continue;
    }
    if (gap >= TABLE_GAP && rows.length > 0) return { rows, lastRow, beyond: r };
    gap = 0;
    rows.push(r);
    lastRow = r;
  }
  return { rows, lastRow, beyond: null as number | null };
}

/** Reads the cells of Indikator once each: texts trimmed, numbers with their cell's number format. */
class CellReader {
  private readonly percentCells = new Map<InputColumnKey, { row: number; raw: number; value: string }>();

  constructor(
    private readonly sheet: SheetSnapshot,
    private readonly layout: HeaderLayout,
  ) {}

  private raw(row: number, column: number | undefined): CellValue {
    return column === undefined ? null : cellAt(this.sheet.grid, row, column);
  }

  blank(row: number, key: InputColumnKey): boolean {
    return isBlank(this.raw(row, this.layout.input.get(key)));
  }

  text(row: number, key: InputColumnKey): string | null {
    const value = this.raw(row, this.layout.input.get(key));
    return isBlank(value) ? null : String(value).trim();
  }

  private number(row: number, column: number | undefined, key: InputColumnKey): FieldValue {
    const raw = this.raw(row, column);
    const format = column === undefined ? null : (this.sheet.formats?.[row]?.[column] ?? null);
    const value = readField(raw, inputColumn(key).field, cellKindOfFormat(format));
    if (value.fromPercent && typeof raw === "number" && !this.percentCells.has(key)) {
      this.percentCells.set(key, { row, raw, value: formatNumber(value.value!, { decimals: 10, fixed: false }) });
    }
    return value;
  }

  row(
    r: number,
    previous: { level: string; uraian: string },
    texts: { level: string | null; uraian: string | null; indikator: string | null },
  ): IndicatorRow {
    const { layout } = this;
    const flags: Flag[] = [];
    const at = (key: InputColumnKey, flag: Parameters<typeof flagAtCell>[0]) =>
      flagAtCell(flag, this.sheet.name, r, layout.input.get(key)!);
    // A blank Level or Uraian continues the one above, as in a sheet whose cells were merged.
    const level = texts.level ?? previous.level;
    const uraian = texts.uraian ?? previous.uraian;
    if (!uraian) flags.push(at("uraian", raiseFlag("URAIAN_KOSONG", "uraian", {})));
    const indikator = texts.indikator ?? "";
    if (!indikator) flags.push(at("indikator", raiseFlag("INDIKATOR_KOSONG", "indikator", {})));

    const numbers = new Map<InputColumnKey, FieldValue>();
    for (const key of NUMERIC_KEYS) numbers.set(key, this.number(r, layout.input.get(key), key));
    const years = new Map<number, FieldValue>();
    for (const [year, column] of layout.years) years.set(year, this.number(r, column, "realisasiTahunLalu"));
    const otherTexts = new Map<InputColumnKey, string>();
    for (const key of OTHER_TEXT_KEYS) {
      const value = this.text(r, key);
      if (value !== null) otherTexts.set(key, value);
    }
    const figure = (key: FigureColumn) => numbers.get(key)!;
    const sumber = this.text(r, "sumber");
    return {
      row: r,
      level,
      block: BLOCK_OF_LEVEL.get(textKey(level)) ?? (level || "Lainnya"),
      uraian,
      indikator,
      satuan: this.text(r, "satuan"),
      sumber,
      keterangan: this.text(r, "keterangan"),
      figures: {
        target: figure("target"),
        tw: [figure("tw1"), figure("tw2"), figure("tw3"), figure("tw4")],
        pembilang: figure("pembilang"),
        penyebut: figure("penyebut"),
        realisasi: figure("realisasi"),
        anggaran: figure("anggaran"),
        realisasiAnggaran: figure("realisasiAnggaran"),
        capaianStaf: figure("capaianStaf"),
        penyerapanStaf: figure("penyerapanStaf"),
        agregasi: this.raw(r, layout.input.get("agregasi")),
        arah: this.raw(r, layout.input.get("arah")),
        sumber,
        rincian: this.text(r, "rincian"),
      },
      numbers,
      years,
      texts: otherTexts,
      flags,
    };
  }

  /** One note per column read as percentages, at its first such cell. */
  percentFlags(): Flag[] {
    return [...this.percentCells].map(([key, cell]) =>
      flagAtCell(
        raiseFlag("PERSEN_DIBACA", inputColumn(key).field, {
          tersimpan: formatNumber(cell.raw, { decimals: 10, fixed: false }),
          dibaca: cell.value,
        }),
        this.sheet.name,
        cell.row,
        this.layout.input.get(key)!,
        inputColumn(key).header,
      ),
    );
  }
}
