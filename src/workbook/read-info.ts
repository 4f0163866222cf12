import {
  describeValue,
  raiseFlag,
  readNumber,
  readPeriode,
  readRumusTurun,
  readSkalaPredikat,
  textKey,
  type Decimal,
  type Flag,
  type Quarter,
  type RumusTurun,
  type SkalaPredikat,
} from "../engine";
import { cellAt, isBlank, type Grid } from "./cells";
import { INFO_KEYS, SHEETS, type InfoKey } from "./contract";
import { cellKindOfFormat } from "./number-format";
import { flagAtCell, flagOnWorkbook } from "./place";
import type { SheetSnapshot } from "./snapshot";

export interface Signatory {
  /** The office ("Camat Klakah"), as Info's Penanggung Jawab / Atasan Langsung. */
  readonly jabatan: string | null;
  readonly nama: string | null;
  readonly nip: string | null;
  readonly pangkat: string | null;
}

export interface InfoSheet {
  /** The sheet's name as the workbook spells it, or null when there is none. */
  readonly sheet: string | null;
  readonly unitKerja: string | null;
  readonly pemerintahDaerah: string | null;
  /** As typed, for titles; `tahunAngka` is the year when it is one. */
  readonly tahun: string | null;
  readonly tahunAngka: number | null;
  /** As typed ("TW IV"), for titles; `quarter` is what it means. */
  readonly periode: string | null;
  readonly quarter: Quarter;
  /** Periode "Tahunan": the annual report (LKjIP), the year as a whole. */
  readonly tahunan: boolean;
  readonly penanggungJawab: string | null;
  readonly atasanLangsung: string | null;
  readonly signatories: { readonly penanggungJawab: Signatory; readonly atasanLangsung: Signatory };
  readonly perangkatDaerah: string | null;
  readonly tempat: string | null;
  readonly tanggal: string | null;
  readonly rumusTurun: RumusTurun;
  /** The scale named in Info; "sheet" means the workbook's own sheet Skala. */
  readonly skala: SkalaPredikat | "sheet";
  /** A cap on capaian for averaging (Info "Batas Capaian"); null for none. */
  readonly batasCapaian: Decimal | null;
  /** The cell holding each key's value, so formulas can refer to it (Info!$B$4, or C4 where a ":" column sits between). */
  readonly cells: Partial<Record<InfoKey, { readonly row: number; readonly column: number }>>;
  readonly flags: readonly Flag[];
}

const WHAT_IT_COMPLETES: Partial<Record<InfoKey, string>> = {
  unitKerja: "judul laporan",
  pemerintahDaerah: "judul laporan",
  tahun: "judul laporan",
  periode: "periode laporan",
};

const MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** A colon cell between key and value (key | : | value), or a key typed with its colon ("Tahun :"). */
const COLON = /^\s*:\s*$/;

/** Reads the key/value pairs of sheet Info (null when the workbook has none). */
export function readInfo(sheet: SheetSnapshot | null): InfoSheet {
  const grid = sheet?.grid ?? null;
  const name = sheet?.name ?? SHEETS.info;
  const byKey = new Map(INFO_KEYS.flatMap((k) => [k.label, ...k.also].map((label) => [textKey(label), k.key] as const)));
  const cells: Partial<Record<InfoKey, { row: number; column: number }>> = {};
  const values: Partial<Record<InfoKey, unknown>> = {};
  for (let r = 0; r < (grid?.length ?? 0); r++) {
    const found = keyOf(grid!, r, byKey);
    if (!found || cells[found.key] !== undefined) continue;
    cells[found.key] = { row: r, column: found.valueColumn };
    values[found.key] = valueAt(sheet!, r, found.valueColumn);
  }

  const flags: Flag[] = [];
  const at = (key: InfoKey, flag: Parameters<typeof flagAtCell>[0]) =>
    cells[key] === undefined ? flagOnWorkbook(flag) : flagAtCell(flag, name, cells[key]!.row, cells[key]!.column);
  if (grid === null) flags.push(flagOnWorkbook(raiseFlag("INFO_TIDAK_ADA", "unitKerja", {})));
  else {
    for (const { key, required, field } of INFO_KEYS) {
      if (required && isBlank(values[key]))
        flags.push(at(key, raiseFlag("INFO_KOSONG", field, { untuk: WHAT_IT_COMPLETES[key]! })));
    }
  }
  const periode = readPeriode(values.periode);
  const rumusTurun = readRumusTurun(values.rumusTurun);
  const skala = readSkala(values.skala);
  flags.push(...periode.flags.map((f) => at("periode", f)));
  flags.push(...rumusTurun.flags.map((f) => at("rumusTurun", f)));
  flags.push(...skala.flags.map((f) => at("skala", f)));
  const tahun = asText(values.tahun);
  const tahunAngka = tahun !== null && /^(19|20)\d\d$/.test(tahun) ? Number(tahun) : null;
  if (tahun !== null && tahunAngka === null)
    flags.push(at("tahun", raiseFlag("TAHUN_TIDAK_SAH", "tahun", { nilai: describeValue(tahun) })));
  const batas = readBatas(values.batasCapaian);
  if (batas.flag) flags.push(at("batasCapaian", batas.flag));

  const text = (key: InfoKey) => asText(values[key]);
  const signatory = (jabatan: InfoKey, nama: InfoKey, nip: InfoKey, pangkat: InfoKey): Signatory => ({
    jabatan: text(jabatan),
    nama: text(nama),
    nip: text(nip),
    pangkat: text(pangkat),
  });
  return {
    sheet: sheet?.name ?? null,
    unitKerja: text("unitKerja"),
    pemerintahDaerah: text("pemerintahDaerah"),
    tahun,
    tahunAngka,
    periode: text("periode"),
    quarter: periode.value,
    tahunan: /^(tahunan|tahun|setahun)$/.test(textKey(text("periode") ?? "")),
    penanggungJawab: text("penanggungJawab"),
    atasanLangsung: text("atasanLangsung"),
    signatories: {
      penanggungJawab: signatory("penanggungJawab", "namaPenanggungJawab", "nipPenanggungJawab", "pangkatPenanggungJawab"),
      atasanLangsung: signatory("atasanLangsung", "namaAtasanLangsung", "nipAtasanLangsung", "pangkatAtasanLangsung"),
    },
    perangkatDaerah: text("perangkatDaerah"),
    tempat: text("tempat"),
    tanggal: text("tanggal"),
    rumusTurun: rumusTurun.value,
    skala: skala.value,
    batasCapaian: batas.value,
    cells,
    flags,
  };
}

/**
 * The Info key a row names, and the column its value is in: key | value, key | : | value, or a
 * key cell ending in a colon ("Tahun :"). The key may stand in any of the first three columns.
 */
function keyOf(grid: Grid, row: number, byKey: ReadonlyMap<string, InfoKey>): { key: InfoKey; valueColumn: number } | null {
  for (let c = 0; c < 3; c++) {
    const cell = cellAt(grid, row, c);
    if (typeof cell !== "string") continue;
    const key = byKey.get(textKey(cell.replace(/:\s*$/, "")));
    if (!key) continue;
    let value = c + 1;
    const next = cellAt(grid, row, value);
    if (typeof next === "string" && COLON.test(next)) value++;
    return { key, valueColumn: value };
  }
  return null;
}

/** A value as the cell shows it; a value typed after a colon in its own cell (": 2023") without the colon. */
function valueAt(sheet: SheetSnapshot, row: number, column: number): unknown {
  const value = cellAt(sheet.grid, row, column);
  const kind = cellKindOfFormat(sheet.formats?.[row]?.[column]);
  if (typeof value === "number" && kind === "date") return excelDate(value);
  if (typeof value === "string") return value.replace(/^\s*:\s*/, "");
  return value;
}

function excelDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
}

const asText = (value: unknown): string | null => {
  if (isBlank(value)) return null;
  if (value instanceof Date) return `${value.getUTCDate()} ${MONTHS[value.getUTCMonth()]} ${value.getUTCFullYear()}`;
  return String(value).trim();
};

function readSkala(raw: unknown): { value: SkalaPredikat | "sheet"; flags: readonly Parameters<typeof flagAtCell>[0][] } {
  if (typeof raw === "string" && /^(sheet|lembar)\s*skala$/.test(raw.trim().toLowerCase().replace(/\s+/g, " "))) {
    return { value: "sheet", flags: [] };
  }
  return readSkalaPredikat(raw);
}

function readBatas(raw: unknown): { value: Decimal | null; flag: Parameters<typeof flagAtCell>[0] | null } {
  if (isBlank(raw) || (typeof raw === "string" && /^(tidak ada|tanpa batas|-|tidak)$/i.test(raw.trim()))) {
    return { value: null, flag: null };
  }
  const reading = readNumber(raw);
  if (reading.kind === "angka" && reading.value.greaterThan(0)) return { value: reading.value, flag: null };
  return {
    value: null,
    flag: raiseFlag("PILIHAN_TIDAK_DIKENAL", "batasCapaian", {
      nilai: describeValue(raw),
      pilihan: "kosong (tanpa batas) atau angka seperti 100 atau 120",
      dipakai: "tanpa batas",
    }),
  };
}
