import { evaluateWorkbook } from "../../src/workbook/evaluate-workbook";
import { snapshotOfGrids } from "../../src/workbook/snapshot";
import { figuresFingerprint } from "../../src/workbook/sidik";
import { indicatorRows, seedGrids, withCell } from "../support/grids";

/**
 * The fingerprint kept beside a report is FNV-1a (32 bits) of Info's settings and every row's texts
 * and figures joined by U+0001, as the reports already in staff's workbooks were marked with: a
 * changed way of computing it would call every one of them out of date. Computed here a second way,
 * from the one joined string, by FNV-1a's published constants.
 */
function fnv1aOfJoined(parts: string[]): string {
  let hash = 2166136261;
  for (const ch of parts.join("\u0001")) {
    for (let i = 0; i < ch.length; i++) {
      hash ^= ch.charCodeAt(i);
      hash = Number((BigInt(hash >>> 0) * 16777619n) % 4294967296n);
    }
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

test.each([
  ["the sample", seedGrids()],
  ["300 generated rows", { info: seedGrids().info, indikator: indicatorRows(300) }],
])("%s: the fingerprint is FNV-1a of the joined parts", (_, grids) => {
  const result = evaluateWorkbook(snapshotOfGrids(grids));
  if (!result.ok) throw new Error(result.message);
  const { info, indikator } = result.workbook;
  const parts = [info.unitKerja ?? "", info.tahun ?? "", String(info.quarter), info.rumusTurun, info.skala];
  for (const row of indikator.rows) {
    parts.push(
      row.row + "",
      row.level,
      row.uraian,
      row.indikator,
      row.keterangan ?? "",
      `${row.figures.arah}`,
      `${row.figures.agregasi}`,
    );
    for (const [key, value] of row.numbers)
      if (!value.empty) parts.push(key, value.value === null ? "x" : value.value.toString());
    for (const [key, text] of row.texts) parts.push(key, text);
  }
  expect(figuresFingerprint(info, indikator.rows)).toBe(fnv1aOfJoined(parts));
  expect(result.workbook.sidik).toBe(fnv1aOfJoined(parts));
});

test("a changed figure changes the fingerprint", () => {
  const grids = seedGrids();
  const before = evaluateWorkbook(snapshotOfGrids(grids));
  withCell(grids.indikator, 1, "target", 12345.678);
  const after = evaluateWorkbook(snapshotOfGrids(grids));
  if (!before.ok || !after.ok) throw new Error("unusable");
  expect(after.workbook.sidik).not.toBe(before.workbook.sidik);
});
