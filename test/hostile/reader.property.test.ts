import fc from "fast-check";
import type { CellValue } from "../../src/workbook/cells";
import { INPUT_COLUMNS } from "../../src/workbook/contract";
import { buildWorkbook } from "../../src/workbook/pipeline";
import { snapshotOfGrids } from "../../src/workbook/snapshot";
import { jsonReport } from "../../src/workbook/json-report";

/**
 * Whatever a workbook holds, the reader returns indicators and flags, or says the workbook can't
 * be used; it never throws, and neither does anything built on what it returns.
 */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ maxLength: 3000 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e308, -1e308, 5e-324, -0, Number.MAX_SAFE_INTEGER, 0.1 + 0.2),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    "#N/A",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "=SUM(A1:A2)",
    "+62 812 3456",
    "1.500",
    "84,87",
    "Rp 1.000.000",
    "Rata-rata",
    "Turun",
    "TW IV",
  ),
  fc.date({ noInvalidDate: false }),
);
const row = fc.array(cell, { maxLength: 24 });
const grid = fc.array(row, { maxLength: 25 });
const header = fc.shuffledSubarray(
  INPUT_COLUMNS.map((c) => c.header),
  { minLength: 3 },
);

function survives(info: CellValue[][], indikator: CellValue[][]) {
  const result = buildWorkbook(snapshotOfGrids({ info, indikator }));
  if (!result.ok) {
    expect(result.message.length).toBeGreaterThan(10);
    return;
  }
  const { workbook } = result;
  for (const flag of workbook.flags) {
    expect(typeof flag.pesan).toBe("string");
    if (flag.sel !== null) expect(flag.sel).toMatch(/^(Info|Indikator)![A-Z]+\d+$/);
  }
  for (const item of workbook.indicators)
    expect(item.evaluation.capaian !== null || item.flags.some((f) => f.tingkat === "galat")).toBe(true);
  JSON.stringify(jsonReport(workbook));
}

describe("hostile cell values", () => {
  test("any 2D array as Info and Indikator", () => {
    fc.assert(
      fc.property(grid, grid, (info, indikator) => survives(info, indikator)),
      { numRuns: 300 },
    );
  });

  test("any rows under a real header row, so that every row is evaluated and reported", () => {
    fc.assert(
      fc.property(grid, header, fc.array(row, { minLength: 1, maxLength: 25 }), (info, headers, rows) =>
        survives(info, [headers, ...rows]),
      ),
      { numRuns: 300 },
    );
  });
});
