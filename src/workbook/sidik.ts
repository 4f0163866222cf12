import type { IndicatorRow } from "./read-indicators";
import type { InfoSheet } from "./read-info";

/**
 * A fingerprint of everything a report's sentences are written from: Info's settings and every
 * indicator's texts and figures. LAPKIN keeps it beside the report; when the workbook's fingerprint
 * no longer matches, the figures (live formulas) have moved on but the sentences have not.
 */
export function figuresFingerprint(info: InfoSheet, rows: readonly IndicatorRow[]): string {
  const hash = new Fnv1a();
  for (const part of [info.unitKerja ?? "", info.tahun ?? "", String(info.quarter), info.rumusTurun, info.skala]) hash.part(part);
  for (const row of rows) {
    hash.part(String(row.row));
    hash.part(row.level);
    hash.part(row.uraian);
    hash.part(row.indikator);
    hash.part(row.keterangan ?? "");
    hash.part(String(row.figures.arah));
    hash.part(String(row.figures.agregasi));
    for (const [key, value] of row.numbers) {
      if (value.empty) continue;
      hash.part(key);
      hash.part(value.value?.toString() ?? "x");
    }
    for (const [key, text] of row.texts) {
      hash.part(key);
      hash.part(text);
    }
  }
  return hash.hex();
}

/**
 * FNV-1a, 32 bits, as 8 hex digits: enough to tell one workbook state from the next, not a secret.
 * Taken over the parts joined by U+0001, a part at a time, so that 10,000 rows are never one string;
 * fingerprints kept in workbooks stay the same.
 */
class Fnv1a {
  private hash = 0x811c9dc5;
  private started = false;

  part(text: string): void {
    if (this.started) this.mix(1);
    this.started = true;
    for (let i = 0; i < text.length; i++) this.mix(text.charCodeAt(i));
  }

  hex(): string {
    return this.hash.toString(16).padStart(8, "0");
  }

  private mix(code: number): void {
    this.hash = Math.imul(this.hash ^ code, 0x01000193) >>> 0;
  }
}
