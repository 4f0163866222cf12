import fc from "fast-check";
import { indexRuns, joinAddresses, rectAddress } from "../../src/excel/area-addresses";
import { mergeCalls } from "../../src/excel/merge-calls";
import { matrixSteps, type MatrixCell } from "../../src/excel/matrix-steps";
import { jsonBytes, utf8Bytes } from "../../src/excel/request-size";
import { styleAreas } from "../../src/excel/style-areas";
import type { PlanCell, Rect } from "../../src/workbook/plan";

const cellsOf = (rects: readonly Rect[]) =>
  rects.flatMap((r) => {
    const cells: string[] = [];
    for (let row = r.top; row <= r.bottom; row++) for (let c = r.left; c <= r.right; c++) cells.push(`${row}:${c}`);
    return cells;
  });

describe("the pieces a write is made of", () => {
  test("addresses are joined for getRanges within 8,192 characters, each address once, in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ top: fc.nat(50_000), left: fc.nat(50), h: fc.nat(30), w: fc.nat(8) }), { maxLength: 2000 }),
        (boxes) => {
          const addresses = boxes.map((b) => rectAddress({ top: b.top, left: b.left, bottom: b.top + b.h, right: b.left + b.w }));
          const joined = joinAddresses(addresses);
          expect(joined.every((j) => j.length <= 8192)).toBe(true);
          expect(joined.flatMap((j) => j.split(", "))).toEqual(addresses);
        },
      ),
    );
  });

  test("merges become calls that merge exactly the same cells together", () => {
    // Non-overlapping merges: one-row merges on distinct rows of a column band, tall merges in another band.
    const merges = fc.record({
      wide: fc.uniqueArray(fc.record({ row: fc.nat(300), span: fc.constantFrom([0, 8], [6, 7], [1, 2]) }), {
        selector: (m) => m.row,
        maxLength: 200,
      }),
      tall: fc.uniqueArray(fc.record({ top: fc.nat(100), height: fc.integer({ min: 2, max: 4 }) }), {
        selector: (m) => m.top,
        maxLength: 20,
      }),
    });
    fc.assert(
      fc.property(merges, ({ wide, tall }) => {
        const plan: Rect[] = [
          ...wide.map(({ row, span }) => ({ top: row, left: span[0]!, bottom: row, right: span[1]! })),
          ...tall.map(({ top, height }) => ({ top: top * 5, left: 20, bottom: top * 5 + height - 1, right: 20 })),
        ];
        // What Excel ends with: Merge Across merges each row of its rectangle on its own.
        const merged = mergeCalls(plan).flatMap(({ rect, across }) =>
          across
            ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }))
            : [rect],
        );
        const key = (r: Rect) => `${r.top}:${r.left}:${r.bottom}:${r.right}`;
        expect(merged.map(key).sort()).toEqual(plan.map(key).sort());
      }),
    );
  });

  test("stacked one-row merges of the seed report's shape take one call per run of rows", () => {
    const plan = Array.from({ length: 100 }, (_, i) => ({ top: 10 + i, left: 6, bottom: 10 + i, right: 7 }));
    expect(mergeCalls(plan)).toEqual([{ rect: { top: 10, left: 6, bottom: 109, right: 7 }, across: true }]);
  });

  test("style areas cover every styled cell exactly once, and no cell of another style", () => {
    const styles = ["cellText", "cellNumber", "box"] as const;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.nat(8), fc.nat(3)), { maxLength: 300 }), (picks) => {
        const seen = new Set<string>();
        const cells: PlanCell[] = [];
        for (const [row, column, s] of picks) {
          if (seen.has(`${row}:${column}`)) continue;
          seen.add(`${row}:${column}`);
          cells.push({ row, column, value: null, ...(s < 3 ? { style: styles[s]! } : {}) });
        }
        const areas = styleAreas(cells);
        for (const style of styles) {
          const covered = cellsOf(areas.get(style) ?? []);
          const expected = cells.filter((c) => c.style === style).map((c) => `${c.row}:${c.column}`);
          expect(covered.sort()).toEqual(expected.sort());
        }
      }),
    );
  });

  test("a matrix goes in blocks of whole rows that cover each row once, skipping the rows asked", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { minLength: 3, maxLength: 3 }), {
          maxLength: 400,
        }),
        (rows) => {
          const matrix = rows as MatrixCell[][];
          const written: number[] = [];
          const skip = (row: readonly MatrixCell[]) => row.every((v) => v === null);
          for (const step of matrixSteps("X", 7, 2, matrix, "formulas", { skip, stepBytes: 2_000 })) {
            step.queue({
              context: {} as Excel.RequestContext,
              sheet: () =>
                ({
                  getRangeByIndexes: (top: number, left: number, count: number) => {
                    expect(left).toBe(2);
                    return {
                      set formulas(block: MatrixCell[][]) {
                        expect(block).toHaveLength(count);
                        block.forEach((row, i) => {
                          expect(row).toEqual(matrix[top - 7 + i]);
                          written.push(top - 7 + i);
                        });
                      },
                    };
                  },
                }) as unknown as Excel.Worksheet,
            });
          }
          expect(written).toEqual(matrix.map((row, i) => (skip(row) ? -1 : i)).filter((i) => i >= 0));
        },
      ),
    );
  });

  test("UTF-8 bytes are counted as an encoder counts them", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
        expect(jsonBytes([text])).toBe(new TextEncoder().encode(JSON.stringify([text])).length);
      }),
    );
  });

  test("indexes become runs of consecutive ones", () => {
    expect(indexRuns([9, 3, 5, 4, 4])).toEqual([
      [3, 5],
      [9, 9],
    ]);
  });
});
