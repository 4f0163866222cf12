import type { CellStyle, StyleKey } from "./plan";

const NUMBER = "#,##0.00";
const MONEY = "#,##0";
const HEADER_FILL = "D9E7E1";

/**
 * The report's look. Number formats are written in the file's neutral syntax, which Indonesian
 * Excel shows as 2.180.922.481 and 94,74.
 */
export const REPORT_STYLES: Readonly<Record<StyleKey, CellStyle>> = {
  title: { bold: true, size: 14, horizontal: "center" },
  subtitle: { bold: true, size: 12, horizontal: "center" },
  section: { bold: true, size: 12 },
  tableHeader: { bold: true, fill: HEADER_FILL, border: true, horizontal: "center", vertical: "middle", wrap: true },
  columnNumber: { italic: true, size: 9, fill: HEADER_FILL, border: true, horizontal: "center" },
  cellText: { border: true, vertical: "top", wrap: true },
  cellNumber: { border: true, vertical: "top", horizontal: "right", numberFormat: NUMBER },
  cellMoney: { border: true, vertical: "top", horizontal: "right", numberFormat: MONEY },
  cellCenter: { border: true, vertical: "top", horizontal: "center", wrap: true },
  paragraph: { vertical: "top", wrap: true },
  box: { border: true, vertical: "top", wrap: true },
  signature: { horizontal: "center", vertical: "top", wrap: true },
  signatureName: { bold: true, underline: true, horizontal: "center", vertical: "top", wrap: true },
};

/** The same look in a smaller font for a wide table's cells (the Evaluasi Renja form's 27 columns on A4). */
export function compactStyles(size: number): Readonly<Record<StyleKey, CellStyle>> {
  const small = new Set<StyleKey>(["tableHeader", "columnNumber", "cellText", "cellNumber", "cellMoney", "cellCenter", "box"]);
  return Object.fromEntries(
    Object.entries(REPORT_STYLES).map(([key, style]) => [
      key,
      small.has(key as StyleKey) ? { ...style, size: Math.min(size, style.size ?? size) } : style,
    ]),
  ) as Record<StyleKey, CellStyle>;
}
