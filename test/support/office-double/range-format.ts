import { ClientObjectDouble, notLoaded } from "./client-object";
import type { ObjectPath } from "./request";
import type { RangeTarget } from "./range-target";

/**
 * Range.format and what hangs off it (font, fill, borders), for a Range or a RangeAreas alike:
 * each property set is one SetProperty action applied to every cell of every area. Formats are
 * never loaded here, so reading one throws as an unloaded property does.
 */
abstract class FormatPart extends ClientObjectDouble {
  /** Host side of a cell-format property: the value on every cell of the areas (whole rows or columns aren't modelled). */
  protected cellFormat(key: string, value: unknown) {
    return (range: RangeTarget) => {
      if (range.wholeRowsOrColumns) throw new Error(`The double does not model ${key} on whole rows or columns`);
      this.record(`format.${key} ${range.describe()}`);
      range.sheet.formatLayers.push({ rects: range.rects, key, value });
    };
  }
}

export class RangeFormatDouble extends FormatPart {
  get font(): RangeFontDouble {
    return this.navigate(
      "Font",
      (range) => range,
      (path) => new RangeFontDouble(this.session, path),
    );
  }
  get fill(): RangeFillDouble {
    return this.navigate(
      "Fill",
      (range) => range,
      (path) => new RangeFillDouble(this.session, path),
    );
  }
  get borders(): RangeBordersDouble {
    return this.navigate(
      "Borders",
      (range) => range,
      (path) => new RangeBordersDouble(this.session, path),
    );
  }

  set columnWidth(value: number) {
    this.setProperty<RangeTarget>("ColumnWidth", value, (range) => {
      this.record(`format.columnWidth ${range.describe()}`);
      for (const r of range.rects) for (let c = r.left; c <= r.right; c++) range.sheet.columnWidths.set(c, value);
    });
  }
  get columnWidth(): number {
    throw notLoaded("columnWidth");
  }
  set rowHeight(value: number) {
    this.setProperty<RangeTarget>("RowHeight", value, (range) => {
      this.record(`format.rowHeight ${range.describe()}`);
      for (const r of range.rects) for (let row = r.top; row <= r.bottom; row++) range.sheet.rowHeights.set(row, value);
    });
  }
  get rowHeight(): number {
    throw notLoaded("rowHeight");
  }
  set horizontalAlignment(value: Excel.RangeFormat["horizontalAlignment"]) {
    this.setProperty("HorizontalAlignment", value, this.cellFormat("horizontalAlignment", value));
  }
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    throw notLoaded("horizontalAlignment");
  }
  set verticalAlignment(value: Excel.RangeFormat["verticalAlignment"]) {
    this.setProperty("VerticalAlignment", value, this.cellFormat("verticalAlignment", value));
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    throw notLoaded("verticalAlignment");
  }
  set wrapText(value: boolean) {
    this.setProperty("WrapText", value, this.cellFormat("wrapText", value));
  }
  get wrapText(): boolean {
    throw notLoaded("wrapText");
  }
}

export class RangeFontDouble extends FormatPart {
  set bold(value: boolean) {
    this.setProperty("Bold", value, this.cellFormat("font.bold", value));
  }
  get bold(): boolean {
    throw notLoaded("bold");
  }
  set italic(value: boolean) {
    this.setProperty("Italic", value, this.cellFormat("font.italic", value));
  }
  get italic(): boolean {
    throw notLoaded("italic");
  }
  set size(value: number) {
    this.setProperty("Size", value, this.cellFormat("font.size", value));
  }
  get size(): number {
    throw notLoaded("size");
  }
  set name(value: string) {
    this.setProperty("Name", value, this.cellFormat("font.name", value));
  }
  get name(): string {
    throw notLoaded("name");
  }
  set underline(value: Excel.RangeFont["underline"]) {
    this.setProperty("Underline", value, this.cellFormat("font.underline", value));
  }
  get underline(): Excel.RangeFont["underline"] {
    throw notLoaded("underline");
  }
}

export class RangeFillDouble extends FormatPart {
  set color(value: string) {
    this.setProperty("Color", value, this.cellFormat("fill.color", value));
  }
  get color(): string {
    throw notLoaded("color");
  }
}

export class RangeBordersDouble extends ClientObjectDouble {
  /** An indexer: a new RangeBorder object (and path) on every call, as in Office.js. */
  getItem(edge: string): RangeBorderDouble {
    return this.indexer(
      [edge],
      (range) => ({ range, edge }),
      (path: ObjectPath) => new RangeBorderDouble(this.session, path),
    );
  }
}

export class RangeBorderDouble extends FormatPart {
  set style(value: Excel.RangeBorder["style"]) {
    this.setProperty<{ range: RangeTarget; edge: string }>("Style", value, ({ range, edge }) =>
      this.cellFormat(`border.${edge}.style`, value)(range),
    );
  }
  get style(): Excel.RangeBorder["style"] {
    throw notLoaded("style");
  }
  set color(value: string) {
    this.setProperty<{ range: RangeTarget; edge: string }>("Color", value, ({ range, edge }) =>
      this.cellFormat(`border.${edge}.color`, value)(range),
    );
  }
  get color(): string {
    throw notLoaded("color");
  }
}
