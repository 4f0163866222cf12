import fc from "fast-check";
import { TableRows } from "../../src/recap/table-rows";
import type { StyleKey } from "../../src/workbook/plan";
import { REPORT_STYLES } from "../../src/workbook/report-styles";
import { MAX_CELL_TEXT, SheetBuilder } from "../../src/workbook/sheet-builder";

const WIDTHS = [6, 14, 30, 9];
const STYLES: StyleKey[] = ["cellText", "cellNumber", "cellCenter", "box", "tableHeader"];

const word = fc.stringMatching(/^[A-Za-z]{1,18}$/);
const text = fc.array(fc.oneof(word, fc.constant("\n")), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(" "));
const value = fc.oneof(text, fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constant(null));
const cell = fc.record({ value, style: fc.constantFrom(...STYLES) });
const row = fc.array(cell, { minLength: WIDTHS.length, maxLength: WIDTHS.length });

describe("a recap table's rows, laid down in order", () => {
  test("property: the same cells and row heights as SheetBuilder gives for the same puts (the documents' builder as the reference)", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: -1, max: WIDTHS.length - 1 }),
        (rows, spanTo) => {
          const table = new TableRows(WIDTHS);
          const builder = new SheetBuilder("T", "pemeriksaan", WIDTHS, REPORT_STYLES);
          rows.forEach((cells, r) => {
            cells.forEach((c, column) => {
              table.put(r, column, c.value, c.style);
              builder.put(r, column, c.value, c.style);
            });
          });
          // A last row spanning the first columns, as the total row and "Tidak ada masalah." do.
          const last = rows.length;
          if (spanTo >= 0) {
            table.span(last, 0, spanTo, "Jumlah / Rata-rata dari semua unit yang direkap", "tableHeader");
            builder.merge(
              { top: last, left: 0, bottom: last, right: spanTo },
              "Jumlah / Rata-rata dari semua unit yang direkap",
              "tableHeader",
            );
          }
          const plan = builder.build({ paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: null }, null);
          expect(table.cells).toEqual(plan.cells);
          expect(table.merges).toEqual(plan.merges);
          expect(new Map([...table.heights].sort((a, b) => a[0] - b[0]))).toEqual(plan.rowHeights);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("a text longer than a cell holds is cut to Excel's 32,767 characters, ending in ...", () => {
    const table = new TableRows(WIDTHS).put(0, 2, "x".repeat(MAX_CELL_TEXT + 10), "cellText");
    const written = table.cells[0]!.value as string;
    expect(written).toHaveLength(MAX_CELL_TEXT);
    expect(written.endsWith("...")).toBe(true);
  });
});
