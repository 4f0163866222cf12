import type { CellStyle } from "../workbook/plan";
import type { FormatWrite } from "./area-steps";
import { actionBytes, pathBytes } from "./request-size";

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
const BORDER_COLOR = "#7F8C87";

const HORIZONTAL = {
  left: "Left",
  center: "Center",
  right: "Right",
} as const satisfies Record<NonNullable<CellStyle["horizontal"]>, `${Excel.HorizontalAlignment}`>;

/** A plan's cell style as one format write: the font, fill, alignment and borders it sets, and their bytes. */
export function styleWrite(style: CellStyle): FormatWrite {
  const font: [string, unknown][] = [];
  if (style.bold) font.push(["Bold", true]);
  if (style.italic) font.push(["Italic", true]);
  if (style.underline) font.push(["Underline", "Single"]);
  if (style.size) font.push(["Size", style.size]);
  const format: [string, unknown][] = [];
  if (style.horizontal) format.push(["HorizontalAlignment", HORIZONTAL[style.horizontal]]);
  if (style.vertical) format.push(["VerticalAlignment", style.vertical === "top" ? "Top" : "Center"]);
  if (style.wrap) format.push(["WrapText", true]);

  const sets = (list: [string, unknown][]) => list.reduce((n, [name, value]) => n + actionBytes("set", name, [value]), 0);
  const bytes =
    (font.length > 0 ? pathBytes("property", "Font") + sets(font) : 0) +
    (style.fill ? pathBytes("property", "Fill") + actionBytes("set", "Color", [`#${style.fill}`]) : 0) +
    sets(format) +
    (style.border
      ? pathBytes("property", "Borders") +
        EDGES.reduce(
          (n, edge) =>
            n +
            pathBytes("indexer", "", [edge]) +
            actionBytes("set", "Style", ["Continuous"]) +
            actionBytes("set", "Color", [BORDER_COLOR]),
          0,
        )
      : 0);

  return {
    bytes,
    apply(target) {
      if (style.bold) target.font.bold = true;
      if (style.italic) target.font.italic = true;
      if (style.underline) target.font.underline = "Single";
      if (style.size) target.font.size = style.size;
      if (style.fill) target.fill.color = `#${style.fill}`;
      if (style.horizontal) target.horizontalAlignment = HORIZONTAL[style.horizontal];
      if (style.vertical) target.verticalAlignment = style.vertical === "top" ? "Top" : "Center";
      if (style.wrap) target.wrapText = true;
      if (style.border) {
        for (const edge of EDGES) {
          const border = target.borders.getItem(edge);
          border.style = "Continuous";
          border.color = BORDER_COLOR;
        }
      }
    },
  };
}
