import {
  raiseFlag,
  readPeriode,
  readRumusTurun,
  readSkalaPredikat,
  textKey,
  type Flag,
  type Quarter,
  type RumusTurun,
  type SkalaPredikat,
} from "../engine";
import { cellAt, isBlank, type Grid } from "./cells";
import { INFO_KEYS, SHEETS, type InfoKey } from "./contract";
import { flagAtCell } from "./place";

export interface InfoSheet {
  readonly unitKerja: string | null;
  readonly pemerintahDaerah: string | null;
  readonly tahun: string | null;
  /** As typed ("TW IV"), for titles; `quarter` is what it means. */
  readonly periode: string | null;
  readonly quarter: Quarter;
  readonly penanggungJawab: string | null;
  readonly atasanLangsung: string | null;
  readonly rumusTurun: RumusTurun;
  readonly skala: SkalaPredikat;
  /** 0-based row of each key found, so formulas can refer to Info!B<row>. */
  readonly rows: Partial<Record<InfoKey, number>>;
  readonly flags: readonly Flag[];
}

const WHAT_IT_COMPLETES: Partial<Record<InfoKey, string>> = {
  unitKerja: "judul laporan",
  pemerintahDaerah: "judul laporan",
  tahun: "judul laporan",
  periode: "periode laporan",
};

const asText = (value: unknown): string | null => {
  if (isBlank(value)) return null;
  if (value instanceof Date) return String(value.getFullYear());
  return String(value).trim();
};

/** Reads the key/value pairs of sheet Info (null when the workbook has none). */
export function readInfo(grid: Grid | null): InfoSheet {
  const rows: Partial<Record<InfoKey, number>> = {};
  const values: Partial<Record<InfoKey, unknown>> = {};
  const byKey = new Map(INFO_KEYS.map((k) => [textKey(k.label), k.key]));
  for (let r = 0; r < (grid?.length ?? 0); r++) {
    const key = byKey.get(textKey(String(cellAt(grid!, r, 0) ?? "")));
    if (key && rows[key] === undefined) {
      rows[key] = r;
      values[key] = cellAt(grid!, r, 1);
    }
  }

  const flags: Flag[] = [];
  const at = (key: InfoKey, flag: Flag) => (rows[key] === undefined ? flag : flagAtCell(flag, SHEETS.info, rows[key]!, 1));
  if (grid === null) flags.push(raiseFlag("INFO_TIDAK_ADA", "unitKerja", {}));
  else {
    for (const { key, required, field } of INFO_KEYS) {
      if (required && isBlank(values[key]))
        flags.push(at(key, raiseFlag("INFO_KOSONG", field, { untuk: WHAT_IT_COMPLETES[key]! })));
    }
  }
  const periode = readPeriode(values.periode);
  const rumusTurun = readRumusTurun(values.rumusTurun);
  const skala = readSkalaPredikat(values.skala);
  flags.push(...periode.flags.map((f) => at("periode", f)));
  flags.push(...rumusTurun.flags.map((f) => at("rumusTurun", f)));
  flags.push(...skala.flags.map((f) => at("skala", f)));

  return {
    unitKerja: asText(values.unitKerja),
    pemerintahDaerah: asText(values.pemerintahDaerah),
    tahun: asText(values.tahun),
    periode: asText(values.periode),
    quarter: periode.value,
    penanggungJawab: asText(values.penanggungJawab),
    atasanLangsung: asText(values.atasanLangsung),
    rumusTurun: rumusTurun.value,
    skala: skala.value,
    rows,
    flags,
  };
}
