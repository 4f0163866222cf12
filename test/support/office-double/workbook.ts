import { ClientObjectDouble, type Session } from "./client-object";
import { officeError } from "./errors";
import type { DefinedName, ExcelDouble } from "./excel-double";
import type { SheetModel } from "./model";
import type { RangeDouble } from "./range";
import { PATH, type ObjectPath } from "./request";
import { cellOf, WorksheetDouble } from "./worksheet";

/** The root object (context.workbook) and the collections LAPKIN uses from it. */
export class WorkbookDouble extends ClientObjectDouble {
  get worksheets(): WorksheetCollectionDouble {
    return this.navigate(
      "Worksheets",
      (excel) => excel,
      (path) => new WorksheetCollectionDouble(this.session, path),
    );
  }
  get names(): NamedItemCollectionDouble {
    return this.navigate(
      "Names",
      (excel) => excel,
      (path) => new NamedItemCollectionDouble(this.session, path),
    );
  }
  get comments(): CommentCollectionDouble {
    return this.navigate(
      "Comments",
      (excel) => excel,
      (path) => new CommentCollectionDouble(this.session, path),
    );
  }
  get application(): ApplicationDouble {
    return this.navigate(
      "Application",
      (excel) => excel,
      (path) => new ApplicationDouble(this.session, path),
    );
  }
}

/** Items of a loaded collection, each on a path of its own (an id is used for it, as in Office.js). */
abstract class CollectionDouble<Item> extends ClientObjectDouble {
  private loadedItems: Item[] | null = null;

  get items(): Item[] {
    this.loaded<boolean>("items");
    return this.loadedItems ?? [];
  }

  protected abstract itemPath(item: Record<string, unknown>): ObjectPath;
  protected abstract makeItem(path: ObjectPath, item: Record<string, unknown>): Item;

  protected override receive(result: Record<string, unknown> | null): void {
    const raw = (result?._Items ?? []) as Record<string, unknown>[];
    this.loadedItems = raw.map((item) => this.makeItem(this.itemPath(item), item));
    super.receive(result === null ? null : { Items: true });
  }
}

export class WorksheetCollectionDouble extends CollectionDouble<WorksheetDouble> {
  getItem(name: string): WorksheetDouble {
    return this.indexer(
      [name],
      (excel) => (excel as ExcelDouble).sheetOrThrow(name),
      (path) => new WorksheetDouble(this.session, path),
    );
  }

  getItemOrNullObject(name: string): WorksheetDouble {
    return this.methodObject(
      "GetItemOrNullObject",
      [name],
      false,
      (excel) => (excel as ExcelDouble).sheet(name) ?? null,
      (path) => new WorksheetDouble(this.session, path),
    );
  }

  getActiveWorksheet(): WorksheetDouble {
    return this.methodObject(
      "GetActiveWorksheet",
      [],
      false,
      (excel) => (excel as ExcelDouble).sheets.find((s) => s.active) ?? (excel as ExcelDouble).sheets[0],
      (path) => new WorksheetDouble(this.session, path),
    );
  }

  add(name: string): WorksheetDouble {
    return this.methodObject(
      "Add",
      [name],
      true,
      (excel) => (excel as ExcelDouble).addSheet(name),
      (path) => new WorksheetDouble(this.session, path),
    );
  }

  protected override snapshot(target: unknown, names: readonly string[]): Record<string, unknown> {
    const excel = target as ExcelDouble;
    const read: Record<string, (sheet: SheetModel) => unknown> = {
      name: (sheet) => sheet.name,
      position: (sheet) => excel.sheets.indexOf(sheet),
      visibility: (sheet) => sheet.visibility,
    };
    return {
      _Items: excel.sheets.map((sheet) =>
        Object.fromEntries(names.map((n) => [n[0]!.toUpperCase() + n.slice(1), read[n]!(sheet)])),
      ),
    };
  }

  protected itemPath(item: Record<string, unknown>): ObjectPath {
    const name = String(item.Name);
    return this.session.requests.indexerPath(this[PATH], [name], (excel) => (excel as ExcelDouble).sheetOrThrow(name));
  }

  protected makeItem(path: ObjectPath, item: Record<string, unknown>): WorksheetDouble {
    return WorksheetDouble.fromItem(this.session, path, item);
  }
}

export class NamedItemCollectionDouble extends CollectionDouble<NamedItemDouble> {
  getItem(name: string): NamedItemDouble {
    return this.indexer(
      [name],
      (excel) => (excel as ExcelDouble).nameOrThrow(name),
      (path) => new NamedItemDouble(this.session, path),
    );
  }

  add(name: string, reference: string, comment?: string): NamedItemDouble {
    return this.methodObject(
      "Add",
      [name, reference, comment],
      true,
      (excel) => (excel as ExcelDouble).addName(name, reference),
      (path) => new NamedItemDouble(this.session, path),
    );
  }

  protected override snapshot(target: unknown, names: readonly string[]): Record<string, unknown> {
    const read: Record<string, (entry: DefinedName) => unknown> = {
      name: (entry) => entry.name,
      value: (entry) => entry.reference.replace(/^=/, ""),
      visible: (entry) => entry.visible,
    };
    return {
      _Items: (target as ExcelDouble).names.map((entry) =>
        Object.fromEntries(names.map((n) => [n[0]!.toUpperCase() + n.slice(1), read[n]!(entry)])),
      ),
    };
  }

  protected itemPath(item: Record<string, unknown>): ObjectPath {
    const name = String(item.Name);
    return this.session.requests.indexerPath(this[PATH], [name], (excel) => (excel as ExcelDouble).nameOrThrow(name));
  }

  protected makeItem(path: ObjectPath, item: Record<string, unknown>): NamedItemDouble {
    return NamedItemDouble.fromItem(this.session, path, item);
  }
}

export class NamedItemDouble extends ClientObjectDouble {
  get name(): string {
    return this.loaded("name");
  }
  get value(): string {
    return this.loaded("value");
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(value: boolean) {
    this.setProperty<DefinedName>("Visible", value, (entry) => {
      this.record(`name.visible ${entry.name}`);
      entry.visible = value;
    });
  }

  delete(): void {
    this.invoke<DefinedName>("Delete", [], (entry) => this.session.excel.deleteName(entry));
  }

  static fromItem(session: Session, path: ObjectPath, item: Record<string, unknown>): NamedItemDouble {
    const named = new NamedItemDouble(session, path, false);
    named.receive(item);
    return named;
  }
}

class CommentDouble extends ClientObjectDouble {}

export class CommentCollectionDouble extends ClientObjectDouble {
  /** ExcelApi 1.10: a string address must name its sheet ("'Laporan (LAPKIN)'!E9"). */
  add(cellAddress: RangeDouble | string, content: string, contentType?: Excel.ContentType): CommentDouble {
    return this.methodObject(
      "Add",
      [cellAddress, content, contentType],
      true,
      (excel, [cell]) => {
        const target = cellOf(null, cell, (name) => (excel as ExcelDouble).sheetOrThrow(name));
        if (target.cellCount !== 1) throw officeError("InvalidArgument", "A comment goes on a single cell.");
        this.record(`comment ${target.sheet.name}`);
        target.sheet.comments.push({ row: target.first.top, column: target.first.left, text: content });
        return {};
      },
      (path) => new CommentDouble(this.session, path),
    );
  }
}

export class ApplicationDouble extends ClientObjectDouble {
  /** ExcelApi 1.6: no recalculation until the next sync; the double notes it for the sync's record. */
  suspendApiCalculationUntilNextSync(): void {
    this.invoke<ExcelDouble>("SuspendApiCalculationUntilNextSync", [], (excel) => excel.suspendCalculation());
  }
}
