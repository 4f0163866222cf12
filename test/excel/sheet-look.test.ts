import { writePlans } from "../../src/excel/generate-in-excel";
import { readSheets } from "../../src/excel/read-sheets";
import type { CellStyle } from "../../src/workbook/plan";
import { buildWorkbook } from "../../src/workbook/pipeline";
import type { HostCapabilities } from "../../src/excel/capabilities";
import { seedGrids } from "../support/grids";
import type { ExcelDouble } from "../support/office-double/excel-double";
import { ALL_CAPABILITIES, excelWith } from "../support/office-double/run";

/** The report as the plan draws it: each style on its cells, merges, heights, widths and page setup. */
async function written(capabilities: HostCapabilities, rowBreaks?: number[]) {
  const grids = seedGrids();
  const { double, context } = excelWith({ Info: grids.info, Indikator: grids.indikator });
  const sheets = await readSheets(context);
  const plans = buildWorkbook(sheets.snapshot);
  if (!plans.ok) throw new Error(plans.message);
  const plan = rowBreaks ? { ...plans.sheets[0]!, rowBreaks } : plans.sheets[0]!;
  await writePlans(context, { ...plans, sheets: [plan] }, sheets, capabilities);
  return { double, plan, laporan: double.sheet("Laporan")! };
}

/** What a style means in Excel's terms, written out here rather than taken from the door. */
function expectedFormat(style: CellStyle): Record<string, unknown> {
  const alignment = { left: "Left", center: "Center", right: "Right" } as const;
  return {
    "font.name": "Calibri",
    "font.size": style.size ?? 11,
    ...(style.bold ? { "font.bold": true } : {}),
    ...(style.italic ? { "font.italic": true } : {}),
    ...(style.underline ? { "font.underline": "Single" } : {}),
    ...(style.fill ? { "fill.color": `#${style.fill}` } : {}),
    ...(style.horizontal ? { horizontalAlignment: alignment[style.horizontal] } : {}),
    ...(style.vertical ? { verticalAlignment: style.vertical === "top" ? "Top" : "Center" } : {}),
    ...(style.wrap ? { wrapText: true } : {}),
    ...(style.border ? { "border.EdgeTop.style": "Continuous", "border.EdgeBottom.style": "Continuous" } : {}),
  };
}

const usedCells = (double: ExcelDouble, sheet: string) =>
  [...double.sheet(sheet)!.cells.keys()].map((k) => k.split(":").map(Number) as [number, number]);

describe("the report's look in Excel", () => {
  test("every styled cell carries its style and its number format", async () => {
    const { plan, laporan } = await written(ALL_CAPABILITIES);
    const styled = plan.cells.filter((c) => c.style);
    expect(styled.length).toBeGreaterThan(300);
    for (const cell of styled) {
      const style = plan.styles[cell.style!];
      expect({ at: [cell.row, cell.column], format: laporan.formatAt(cell.row, cell.column) }).toEqual({
        at: [cell.row, cell.column],
        format: expect.objectContaining(expectedFormat(style)),
      });
      expect(laporan.peek(cell.row, cell.column)?.numberFormat ?? "General").toBe(
        cell.numberFormat ?? style.numberFormat ?? "General",
      );
    }
  });

  test("merges, row heights and column widths are the plan's", async () => {
    const { plan, laporan } = await written(ALL_CAPABILITIES);
    const key = (r: { top: number; left: number; bottom: number; right: number }) => `${r.top}:${r.left}:${r.bottom}:${r.right}`;
    expect(laporan.merges.map(key).sort()).toEqual(plan.merges.map(key).sort());
    expect(new Map(laporan.rowHeights)).toEqual(new Map(plan.rowHeights));
    expect([...laporan.columnWidths.keys()].sort((a, b) => a - b)).toEqual(plan.columnWidths.map((_, c) => c));
  });

  test("a host without RangeAreas gets the same look, one range per rectangle", async () => {
    const areas = await written(ALL_CAPABILITIES);
    const rects = await written({ ...ALL_CAPABILITIES, rangeAreas: false });
    expect(areas.double.operations.some((op) => op.includes("areas)"))).toBe(true);
    expect(rects.double.operations.some((op) => op.includes("areas)"))).toBe(false);
    for (const [row, column] of usedCells(areas.double, "Laporan")) {
      expect(rects.laporan.formatAt(row, column)).toEqual(areas.laporan.formatAt(row, column));
    }
    expect(rects.laporan.rowHeights).toEqual(areas.laporan.rowHeights);
    expect(rects.laporan.columnWidths).toEqual(areas.laporan.columnWidths);
    expect(rects.laporan.merges).toEqual(expect.arrayContaining(areas.laporan.merges));
  });

  test("page setup: A4, the plan's orientation, one page wide, the title row repeated, the plan's page breaks", async () => {
    const { laporan } = await written(ALL_CAPABILITIES, [20, 40]);
    expect(laporan.pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
    });
    expect(laporan.pageBreaks).toEqual([20, 40]);
  });
});
