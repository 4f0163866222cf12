import { benchGrids } from "../../bench/generate";
import type { SheetPlan } from "../../src/workbook/plan";
import { plansOf } from "../support/workbooks";

/**
 * Sheet Evaluasi Renja printed over several pages: one table, its header written once and made the
 * sheet's print titles (Excel and LibreOffice print it at the top of every further page), so the
 * table is one block of rows a user can sort, filter and insert into; the page breaks leave room
 * for the repeated header on every page after the first and keep the signatures whole.
 */
const INDICATORS = 200;
const plan: SheetPlan = plansOf(benchGrids(INDICATORS)).sheets.find((s) => s.name === "Evaluasi Renja")!;

/** Every text of the form's header: captions, K / Rp, the column numbers. */
const HEADER_TEXTS = [
  "No",
  "Sasaran",
  "Kode",
  "Urusan / Bidang Urusan / Program / Kegiatan",
  "Indikator Kinerja Program (outcome) / Kegiatan (output)",
  "Target Renstra PD pada akhir periode Renstra",
  "Realisasi capaian kinerja Renstra PD s.d. Renja tahun lalu",
  "Target kinerja dan anggaran Renja PD tahun berjalan",
  "Realisasi kinerja pada Triwulan I",
  "Realisasi kinerja pada Triwulan II",
  "Realisasi kinerja pada Triwulan III",
  "Realisasi kinerja pada Triwulan IV",
  "Realisasi capaian kinerja dan anggaran Renja PD yang dievaluasi",
  "Realisasi kinerja dan anggaran Renstra PD s.d. tahun ini",
  "Tingkat capaian kinerja dan realisasi anggaran Renstra PD s.d. tahun ini (%)",
  "Tingkat capaian kinerja Renja (%)",
  "Perangkat Daerah penanggung jawab",
  "Rp (%)",
  "14 = 7 + 13",
  "15 = 14 / 6 x 100",
  "13 / 8 x 100",
  "16",
];

const cellsWith = (value: string) => plan.cells.filter((c) => c.value === value);
const rowOf = (value: string) => cellsWith(value)[0]!.row;
const height = (row: number) => plan.rowHeights.get(row)!;
const lastRow = plan.cells.reduce((max, c) => Math.max(max, c.row), 0);

/** A4 landscape less Excel's default margins (0,7 in and 0,75 in), in the sheet's points at the fit-to-width scale. */
function printableHeight(): number {
  const content = plan.columnWidths.reduce((sum, w) => sum + (w * 7 + 5) * 0.75, 0);
  const scale = Math.min(1, (841.9 - 2 * 0.7 * 72) / content);
  return (595.3 - 2 * 0.75 * 72) / scale;
}

describe(`Evaluasi Renja of ${INDICATORS} indicators`, () => {
  test("its header is written once: each of the header's texts is in one cell of the sheet", () => {
    for (const text of HEADER_TEXTS) expect({ text, cells: cellsWith(text).length }).toEqual({ text, cells: 1 });
    // K and Rp under each of the ten numbered pairs, once.
    expect(cellsWith("K").length).toBe(10);
    expect(cellsWith("Rp").length).toBe(9);
    // The column-number row, 1 to 16, once: every cell styled as a column number is on one row.
    expect(new Set(plan.cells.filter((c) => c.style === "columnNumber").map((c) => c.row)).size).toBe(1);
  });

  test("the print titles are exactly the header's three rows: captions, K / Rp, the column numbers", () => {
    const first = rowOf("No");
    expect(plan.print.repeatRows).toEqual({ first, last: rowOf("16") });
    expect(rowOf("16") - first).toBe(2);
    expect(rowOf("K")).toBe(first + 1);
    expect(plan.cells.filter((c) => c.style === "columnNumber").every((c) => c.row === first + 2)).toBe(true);
    // The titles above the header are printed once, on the first page.
    expect(plan.cells.find((c) => typeof c.value === "string" && c.value.startsWith("EVALUASI TERHADAP"))!.row).toBeLessThan(
      first,
    );
  });

  test("the table is one block: the indicators 1 to 200 on consecutive rows right under the header, no header copy among them", () => {
    const { last } = plan.print.repeatRows!;
    const numbers = plan.cells
      .filter((c) => c.column === 0 && c.row > last && c.row <= last + INDICATORS)
      .map((c) => [c.row - last, c.value]);
    expect(numbers).toEqual(Array.from({ length: INDICATORS }, (_, i) => [i + 1, i + 1]));
  });

  test("every page fits A4 with LAPKIN's 5 % to spare: its rows, and on each page after the first the repeated header above them", () => {
    const { first, last } = plan.print.repeatRows!;
    const header = height(first) + height(first + 1) + height(last);
    expect(header).toBeGreaterThanOrEqual(75);
    expect(plan.rowBreaks.length).toBeGreaterThanOrEqual(4);
    const pages = [0, ...plan.rowBreaks, lastRow + 1];
    for (let p = 0; p + 1 < pages.length; p++) {
      let used = p === 0 ? 0 : header;
      for (let row = pages[p]!; row < pages[p + 1]!; row++) used += height(row);
      // Kept 5 % short, so a renderer measuring rows a little taller never breaks a page before LAPKIN does.
      expect({ page: p + 1, fits: used <= 0.95 * printableHeight() }).toEqual({ page: p + 1, fits: true });
      // A page the table runs on from is filled, not cut short by room kept for more than the header.
      const next = pages[p + 1]!;
      if (next > last && next <= last + INDICATORS && p + 2 < pages.length)
        expect({ page: p + 1, full: used + height(next) > 0.9 * printableHeight() }).toEqual({ page: p + 1, full: true });
    }
  });

  test("no page break inside the header or the signatures; the footer and the signatures after the last indicator", () => {
    const { last } = plan.print.repeatRows!;
    expect(plan.rowBreaks.every((row) => row > last)).toBe(true);
    const signaturesStart = rowOf("Dievaluasi,") - 1; // the place and date stand on the row above
    expect(plan.rowBreaks.filter((row) => row > signaturesStart && row <= lastRow)).toEqual([]);
    expect(rowOf("Rata-rata capaian kinerja (%)")).toBe(last + INDICATORS + 1);
  });
});

test("each footer box left for the staff to write in prints at least two lines tall", () => {
  for (const label of [
    "Faktor pendorong keberhasilan pencapaian",
    "Faktor penghambat pencapaian kinerja",
    "Tindak lanjut yang diperlukan dalam triwulan berikutnya",
    "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya",
  ]) {
    const [cell] = cellsWith(label);
    expect(cell).toBeDefined();
    expect(plan.rowHeights.get(cell!.row)).toBeGreaterThanOrEqual(2 * 15);
  }
});
