import ExcelJS from "exceljs";
import type { SheetModel, StoredRect } from "./model";

/**
 * A sheet of the double as an .xlsx, so that what the Office.js door wrote can be rendered by
 * LibreOffice and looked at: values, formulas, number formats, fonts, fills, alignment, borders
 * (each edge of each area as Excel draws it), merges, widths, heights and page setup.
 */
export async function sheetToXlsx(sheet: SheetModel): Promise<Buffer> {
  return sheetsToXlsx([sheet]);
}

/** Several sheets of the double in one .xlsx, so that formulas reading each other's cells compute; frozen rows kept. */
export async function sheetsToXlsx(sheets: readonly SheetModel[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) addSheet(book, sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function addSheet(book: ExcelJS.Workbook, sheet: SheetModel): void {
  const out = book.addWorksheet(sheet.name, sheet.frozenRows ? { views: [{ state: "frozen", ySplit: sheet.frozenRows }] } : {});
  for (const [key, cell] of sheet.cells) {
    const [row, column] = key.split(":").map(Number) as [number, number];
    const target = out.getCell(row + 1, column + 1);
    target.value = cell.formula ? { formula: cell.formula.slice(1) } : cell.value;
    if (cell.numberFormat !== "General") target.numFmt = cell.numberFormat;
  }
  for (const layer of sheet.formatLayers) {
    for (const rect of layer.rects)
      eachCell(rect, (row, column) => style(out.getCell(row + 1, column + 1), layer.key, layer.value, rect, row, column));
  }
  for (const m of sheet.merges) out.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const [column, points] of sheet.columnWidths) out.getColumn(column + 1).width = (points / 0.75 - 5) / 7;
  for (const [row, points] of sheet.rowHeights) out.getRow(row + 1).height = points;
  out.pageSetup = {
    paperSize: 9,
    orientation: sheet.pageLayout.orientation === "Landscape" ? "landscape" : "portrait",
    fitToPage: Boolean(sheet.pageLayout.zoom),
    fitToWidth: 1,
    fitToHeight: 0,
    ...(typeof sheet.pageLayout.printTitleRows === "string"
      ? { printTitlesRow: sheet.pageLayout.printTitleRows.replace(/\$/g, "") }
      : {}),
  };
}

function eachCell(rect: StoredRect, visit: (row: number, column: number) => void): void {
  for (let row = rect.top; row <= rect.bottom; row++)
    for (let column = rect.left; column <= rect.right; column++) visit(row, column);
}

const ALIGN: Record<string, ExcelJS.Alignment["horizontal"]> = { Left: "left", Center: "center", Right: "right" };

function style(cell: ExcelJS.Cell, key: string, value: unknown, rect: StoredRect, row: number, column: number): void {
  const font = (change: Partial<ExcelJS.Font>) => (cell.font = { ...cell.font, ...change });
  if (key === "font.name") font({ name: String(value) });
  else if (key === "font.size") font({ size: Number(value) });
  else if (key === "font.bold") font({ bold: Boolean(value) });
  else if (key === "font.italic") font({ italic: Boolean(value) });
  else if (key === "font.underline") font({ underline: value === "Single" });
  else if (key === "fill.color")
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${String(value).slice(1)}` } };
  else if (key === "horizontalAlignment") cell.alignment = { ...cell.alignment, horizontal: ALIGN[String(value)] };
  else if (key === "verticalAlignment") cell.alignment = { ...cell.alignment, vertical: value === "Top" ? "top" : "middle" };
  else if (key === "wrapText") cell.alignment = { ...cell.alignment, wrapText: Boolean(value) };
  else if (key.startsWith("border.") && key.endsWith(".style")) {
    const edge = key.split(".")[1]!;
    const line: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF7F8C87" } };
    const sides: (keyof ExcelJS.Borders)[] = [];
    if (edge === "EdgeTop" && row === rect.top) sides.push("top");
    if (edge === "EdgeBottom" && row === rect.bottom) sides.push("bottom");
    if (edge === "EdgeLeft" && column === rect.left) sides.push("left");
    if (edge === "EdgeRight" && column === rect.right) sides.push("right");
    if (edge === "InsideHorizontal")
      sides.push(...(row > rect.top ? ["top" as const] : []), ...(row < rect.bottom ? ["bottom" as const] : []));
    if (edge === "InsideVertical")
      sides.push(...(column > rect.left ? ["left" as const] : []), ...(column < rect.right ? ["right" as const] : []));
    for (const side of sides) cell.border = { ...cell.border, [side]: line };
  }
}
