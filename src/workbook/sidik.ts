import type { IndicatorRow } from "./read-indicators";
import type { InfoSheet } from "./read-info";

/**
 * A fingerprint of everything a report's sentences are written from: Info's settings and every
 * indicator's texts and figures. LAPKIN keeps it beside the report; when the workbook's fingerprint
 * no longer matches, the figures (live formulas) have moved on but the sentences have not.
 */
export function figuresFingerprint(info: InfoSheet, rows: readonly IndicatorRow[]): string {
  const parts: string[] = [info.unitKerja ?? "", info.tahun ?? "", String(info.quarter), info.rumusTurun, info.skala];
  for (const row of rows) {
    parts.push(
      String(row.row),
      row.level,
      row.uraian,
      row.indikator,
      row.keterangan ?? "",
      String(row.figures.arah),
      String(row.figures.agregasi),
    );
    for (const [key, value] of row.numbers) if (!value.empty) parts.push(key, value.value?.toString() ?? "x");
    for (const [key, text] of row.texts) parts.push(key, text);
  }
  return fnv1a(parts.join("\u0001"));
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell one workbook state from the next, not a secret. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
