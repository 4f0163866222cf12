import { readBlocks } from "../../src/excel/read-blocks";
import { excelWith } from "../support/office-double/run";

/**
 * The reader against an Excel whose limits are scaled down (a 60 KB payload, 2,000 cells a read),
 * so that a small sheet is to it what a regency's sheet is to Excel on the web.
 */
const LIMITS = { payloadLimit: 60_000, readCellLimit: 2_000 };
const BUDGET = { cells: 2_000, bytes: 48_000 };

function sheetOf(rows: number, text: (row: number, column: number) => string) {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: 5 }, (_, c) => text(r, c)));
}

describe("reading a sheet larger than one response", () => {
  test("every cell comes back, in several syncs, none of them refused", async () => {
    const grid = sheetOf(3000, (r, c) => `Indikator ${r + 1} kolom ${c + 1}`);
    const { double, context } = excelWith({ Indikator: grid }, LIMITS);
    const [cells] = await readBlocks(
      context,
      [{ sheet: "Indikator", rect: { top: 0, left: 0, bottom: 2999, right: 4 }, formats: true }],
      BUDGET,
    );
    expect(cells!.values).toEqual(grid);
    expect(cells!.formats).toEqual(grid.map((row) => row.map(() => "General")));
    expect(double.syncs).toBeGreaterThan(10);
    expect(double.requests.every((r) => r.failed === null && r.responseBytes <= LIMITS.payloadLimit)).toBe(true);
  });

  test("cells far longer than the first ones read: the refused response is asked for again in halves", async () => {
    const grid = sheetOf(2000, (r, c) => (r < 150 ? `${c}` : `${"panjang ".repeat(20)}${r}`));
    const { double, context } = excelWith({ Indikator: grid }, LIMITS);
    const [cells] = await readBlocks(
      context,
      [{ sheet: "Indikator", rect: { top: 0, left: 0, bottom: 1999, right: 4 }, formats: false }],
      BUDGET,
    );
    expect(cells!.values).toEqual(grid);
    expect(double.requests.some((r) => r.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
  });

  test("blocks of several sheets come back whole, none read past Excel's cell limit", async () => {
    const { double, context } = excelWith({ A: sheetOf(10, () => "a"), B: sheetOf(1000, () => "b") }, LIMITS);
    const cells = await readBlocks(
      context,
      [
        { sheet: "A", rect: { top: 0, left: 0, bottom: 9, right: 4 }, formats: false },
        { sheet: "B", rect: { top: 0, left: 0, bottom: 999, right: 4 }, formats: false },
      ],
      BUDGET,
    );
    expect(cells.map((c) => c.values.length)).toEqual([10, 1000]);
    // B's 5,000 cells need at least three reads of 2,000; A rides along with the first.
    expect(double.syncs).toBeGreaterThanOrEqual(3);
    expect(double.requests.every((r) => r.failed === null)).toBe(true);
  });
});
