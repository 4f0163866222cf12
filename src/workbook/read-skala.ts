import { customScale, raiseFlag, readNumber, textKey, type Decimal, type PredikatScale, type RaisedFlag } from "../engine";
import { cellAt, isBlank } from "./cells";
import type { SheetSnapshot } from "./snapshot";

export type SkalaResult =
  { readonly ok: true; readonly scale: PredikatScale } | { readonly ok: false; readonly flag: RaisedFlag };

const LOWER = new Set(["batasbawah", "batas", "nilaiminimal", "minimal", "dari", "capaianminimal"].map(textKey));
const LABEL = new Set(["predikat", "kategori", "keterangan", "kriteria"].map(textKey));

/**
 * A workbook's own predikat bands, from sheet Skala: a header row with "Batas Bawah" and
 * "Predikat", then one band per row ("91 | Sangat Baik"). Each band runs from its lower bound up.
 */
export function readSkalaSheet(sheet: SheetSnapshot | null): SkalaResult {
  const fail = (sebab: string): SkalaResult => ({ ok: false, flag: raiseFlag("SKALA_TIDAK_SAH", "skala", { sebab }) });
  if (sheet === null) return fail("Skala Predikat berisi sheet Skala, tetapi sheet Skala tidak ada");
  const { grid } = sheet;
  let header: { row: number; lower: number; label: number } | null = null;
  for (let r = 0; r < Math.min(grid.length, 10) && !header; r++) {
    const row = grid[r] ?? [];
    const lower = row.findIndex((v) => typeof v === "string" && LOWER.has(textKey(v)));
    const label = row.findIndex((v) => typeof v === "string" && LABEL.has(textKey(v)));
    if (lower >= 0 && label >= 0) header = { row: r, lower, label };
  }
  if (!header) return fail("sheet Skala tidak memuat judul kolom Batas Bawah dan Predikat");

  const bands: { from: Decimal; predikat: string }[] = [];
  for (let r = header.row + 1; r < grid.length; r++) {
    const bound = cellAt(grid, r, header.lower);
    const label = cellAt(grid, r, header.label);
    if (isBlank(bound) && isBlank(label)) continue;
    const reading = readNumber(bound);
    if (reading.kind !== "angka" || isBlank(label))
      return fail(`baris ${r + 1} sheet Skala tidak berisi batas bawah berupa angka dan predikatnya`);
    bands.push({ from: reading.value, predikat: String(label).trim() });
  }
  if (bands.length < 2) return fail("sheet Skala berisi kurang dari dua batas");
  const bounds = new Set(bands.map((b) => b.from.toString()));
  if (bounds.size !== bands.length) return fail("sheet Skala memuat batas bawah yang sama dua kali");
  return { ok: true, scale: customScale(bands) };
}
