import { parseAddress } from "./address";
import { ChartCollectionDouble } from "./chart";
import { ClientObjectDouble, notLoaded } from "./client-object";
import { officeError } from "./errors";
import type { SheetModel, StoredRect } from "./model";
import { RangeAreasDouble, RangeDouble } from "./range";
import { RangeTarget } from "./range-target";
import type { ObjectPath } from "./request";

/** Worksheet.getRange and getRanges read at most this many characters of an address (the rest is cut off). */
export const ADDRESS_LIMIT = 8192;

/** A worksheet: its name, place and visibility, its ranges, notes, charts, frozen rows, page layout and page breaks. */
export class WorksheetDouble extends ClientObjectDouble {
  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.setProperty<SheetModel>("Name", value, (sheet) => this.session.excel.renameSheet(sheet, value));
  }
  get position(): number {
    return this.loaded("position");
  }
  set position(value: number) {
    this.setProperty<SheetModel>("Position", value, (sheet) => this.session.excel.moveSheet(sheet, value));
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.loaded("visibility");
  }
  set visibility(value: Excel.Worksheet["visibility"]) {
    this.setProperty<SheetModel>("Visibility", value, (sheet) => {
      this.record(`visibility ${sheet.name} ${value}`);
      sheet.visibility = value as SheetModel["visibility"];
    });
  }

  get notes(): NoteCollectionDouble {
    return this.navigate(
      "Notes",
      (sheet) => sheet,
      (path) => new NoteCollectionDouble(this.session, path),
    );
  }
  get charts(): ChartCollectionDouble {
    return this.navigate(
      "Charts",
      (sheet) => sheet,
      (path) => new ChartCollectionDouble(this.session, path),
    );
  }
  get pageLayout(): PageLayoutDouble {
    return this.navigate(
      "PageLayout",
      (sheet) => sheet,
      (path) => new PageLayoutDouble(this.session, path),
    );
  }
  get freezePanes(): FreezePanesDouble {
    return this.navigate(
      "FreezePanes",
      (sheet) => sheet,
      (path) => new FreezePanesDouble(this.session, path),
    );
  }
  get horizontalPageBreaks(): PageBreakCollectionDouble {
    return this.navigate(
      "HorizontalPageBreaks",
      (sheet) => sheet,
      (path) => new PageBreakCollectionDouble(this.session, path),
    );
  }

  delete(): void {
    this.invoke<SheetModel>("Delete", [], (sheet) => this.session.excel.deleteSheet(sheet));
  }

  activate(): void {
    this.invoke<SheetModel>("Activate", [], (sheet) => this.session.excel.activateSheet(sheet));
  }

  getRangeByIndexes(top: number, left: number, rows: number, columns: number): RangeDouble {
    return this.methodObject(
      "GetRangeByIndexes",
      [top, left, rows, columns],
      true,
      (sheet) => new RangeTarget(sheet as SheetModel, [{ top, left, bottom: top + rows - 1, right: left + columns - 1 }]),
      (path) => new RangeDouble(this.session, path),
    );
  }

  /** "J2", "A1:C3". */
  getRange(address: string): RangeDouble {
    return this.methodObject(
      "GetRange",
      [address],
      true,
      (sheet) => new RangeTarget(sheet as SheetModel, [localRect(address.slice(0, ADDRESS_LIMIT))]),
      (path) => new RangeDouble(this.session, path),
    );
  }

  /** "A1:B2, D4:E9", "5:7, 9:9", "A:A": Excel reads the first 8,192 characters, as its documentation says. */
  getRanges(address: string): RangeAreasDouble {
    return this.methodObject(
      "GetRanges",
      [address],
      true,
      (sheet) => new RangeTarget(sheet as SheetModel, address.slice(0, ADDRESS_LIMIT).split(/[,;]/).map(localRect)),
      (path) => new RangeAreasDouble(this.session, path),
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeDouble {
    return this.methodObject(
      "GetUsedRangeOrNullObject",
      [valuesOnly],
      true,
      (sheet) => {
        const area = (sheet as SheetModel).usedArea();
        return area ? new RangeTarget(sheet as SheetModel, [area]) : null;
      },
      (path) => new RangeDouble(this.session, path),
    );
  }

  protected override snapshot(target: unknown, names: readonly string[]): Record<string, unknown> {
    const sheet = target as SheetModel;
    const read: Record<string, () => unknown> = {
      name: () => sheet.name,
      position: () => this.session.excel.sheets.indexOf(sheet),
      visibility: () => sheet.visibility,
    };
    return Object.fromEntries(names.map((n) => [n[0]!.toUpperCase() + n.slice(1), read[n]!()]));
  }

  /** A collection item as Office.js makes it from a load's result: no Instantiate action, its values already known. */
  static fromItem(session: ConstructorParameters<typeof WorksheetDouble>[0], path: ObjectPath, item: Record<string, unknown>) {
    const sheet = new WorksheetDouble(session, path, false);
    sheet.receive(item);
    return sheet;
  }
}

function localRect(address: string): StoredRect {
  const parsed = parseAddress(address);
  if (!parsed)
    throw officeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: "${address}"`);
  return parsed.rect;
}

/** A cell given as a Range or as an address string: the sheet's own, or the one the string names. */
export function cellOf(sheet: SheetModel | null, cell: unknown, resolveSheet: (name: string) => SheetModel): RangeTarget {
  if (cell instanceof RangeTarget) return cell;
  const parsed = typeof cell === "string" ? parseAddress(cell) : null;
  const on = parsed?.sheet ? resolveSheet(parsed.sheet) : sheet;
  if (!parsed || !on) throw officeError("InvalidArgument", `Not a cell address: ${String(cell)}`);
  return new RangeTarget(on, [parsed.rect]);
}

class NoteDouble extends ClientObjectDouble {}

export class NoteCollectionDouble extends ClientObjectDouble {
  /** ExcelApi 1.18. Not in the Office.js build in node_modules: modelled as Comments.add is (a method object "Add"). */
  add(cellAddress: RangeDouble | string, content: string): NoteDouble {
    return this.methodObject(
      "Add",
      [cellAddress, content],
      true,
      (sheet, [cell]) => {
        const target = cellOf(sheet as SheetModel, cell, (name) => this.session.excel.sheetOrThrow(name));
        if (target.cellCount !== 1) throw officeError("InvalidCellAddress", "A note goes on a single cell.");
        this.record(`note ${target.sheet.name}`);
        target.sheet.notes.push({ row: target.first.top, column: target.first.left, text: content });
        return {};
      },
      (path) => new NoteDouble(this.session, path),
    );
  }
}

class PageBreakDouble extends ClientObjectDouble {}

export class PageBreakCollectionDouble extends ClientObjectDouble {
  add(pageBreakRange: RangeDouble | string): PageBreakDouble {
    return this.methodObject(
      "Add",
      [pageBreakRange],
      true,
      (sheet, [cell]) => {
        const target = cellOf(sheet as SheetModel, cell, (name) => this.session.excel.sheetOrThrow(name));
        this.record(`pageBreak ${target.sheet.name}`);
        target.sheet.pageBreaks.push(target.first.top);
        return {};
      },
      (path) => new PageBreakDouble(this.session, path),
    );
  }
}

/** ExcelApi 1.7: the top rows or left columns kept in view while scrolling. */
export class FreezePanesDouble extends ClientObjectDouble {
  freezeRows(count?: number): void {
    this.invoke<SheetModel>("FreezeRows", [count], (sheet) => {
      this.record(`freezeRows ${sheet.name}`);
      sheet.frozenRows = count ?? 1;
    });
  }
}

export class PageLayoutDouble extends ClientObjectDouble {
  private put(property: string, key: string, value: unknown): void {
    this.setProperty<SheetModel>(property, value, (sheet) => {
      this.record(`pageLayout.${key} ${sheet.name}`);
      sheet.pageLayout[key] = value;
    });
  }
  set paperSize(value: Excel.PageLayout["paperSize"]) {
    this.put("PaperSize", "paperSize", value);
  }
  get paperSize(): Excel.PageLayout["paperSize"] {
    throw notLoaded("paperSize");
  }
  set orientation(value: Excel.PageLayout["orientation"]) {
    this.put("Orientation", "orientation", value);
  }
  get orientation(): Excel.PageLayout["orientation"] {
    throw notLoaded("orientation");
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.put("Zoom", "zoom", value);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    throw notLoaded("zoom");
  }
  setPrintTitleRows(rows: string): void {
    this.invoke<SheetModel>("SetPrintTitleRows", [rows], (sheet) => {
      this.record(`pageLayout.printTitleRows ${sheet.name}`);
      sheet.pageLayout.printTitleRows = rows;
    });
  }
}
