import { SheetModel, type StoredValue } from "./model";

/**
 * A test double for the part of Office.js LAPKIN uses, behaving as Excel does where it matters:
 * a property read before load() and sync() throws; syncs are counted; every queued write is
 * recorded; a string written to a cell starting with "=", "+" or "-" becomes a formula, and one
 * starting with an apostrophe becomes text without it. The classes implement the @types/office-js
 * members they stand in for, so the compiler checks them against the real API.
 */
export class ExcelDouble {
  readonly sheets: SheetModel[] = [];
  /** Workbook-level defined names: the name and its reference ("=Indikator!$T$1"). */
  readonly names: { name: string; reference: string; visible: boolean }[] = [];
  syncs = 0;
  readonly operations: string[] = [];
  private readonly loadables = new Set<Loadable>();
  readonly context: { workbook: WorkbookDouble; sync: () => Promise<void> };

  constructor() {
    this.context = {
      workbook: new WorkbookDouble(this),
      sync: async () => {
        this.syncs++;
        for (const loadable of this.loadables) loadable.settle();
      },
    };
  }

  register(loadable: Loadable): void {
    this.loadables.add(loadable);
  }

  record(operation: string): void {
    this.operations.push(operation);
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Puts a grid on a (new) sheet before the code under test runs, as a user's workbook. */
  seed(name: string, grid: readonly (readonly StoredValue[])[], formats?: readonly (readonly (string | null)[])[]): SheetModel {
    const sheet = new SheetModel(name);
    grid.forEach((row, r) => row.forEach((value, c) => value !== null && value !== "" && (sheet.cell(r, c).value = value)));
    formats?.forEach((row, r) => row.forEach((format, c) => format && (sheet.cell(r, c).numberFormat = format)));
    this.sheets.push(sheet);
    return sheet;
  }
}

/** Properties become readable only after load() and a sync, as in Office.js. */
abstract class Loadable {
  private requested = new Set<string>();
  private readable = new Set<string>();

  constructor(protected readonly double: ExcelDouble) {
    double.register(this);
  }

  load(properties?: string | string[]): this {
    const list = Array.isArray(properties) ? properties : (properties ?? "").split(",");
    for (const p of list.map((s) => s.trim()).filter(Boolean)) this.requested.add(p);
    return this;
  }

  settle(): void {
    for (const p of this.requested) this.readable.add(p);
    this.requested.clear();
    this.onSettle();
  }

  protected onSettle(): void {}

  protected read<T>(property: string, value: () => T): T {
    if (!this.readable.has(property)) {
      throw new Error(
        `PropertyNotLoaded: The property '${property}' is not available. Call load() and context.sync() before reading it.`,
      );
    }
    return value();
  }
}

class WorkbookDouble {
  readonly worksheets: WorksheetCollectionDouble;
  readonly names: NamedItemCollectionDouble;
  readonly comments: Pick<Excel.CommentCollection, never> & { add: (cell: RangeDouble, text: string) => void };

  constructor(double: ExcelDouble) {
    this.worksheets = new WorksheetCollectionDouble(double);
    this.names = new NamedItemCollectionDouble(double);
    this.comments = {
      add: (cell: RangeDouble, text: string) => {
        double.record(`comment ${cell.sheet.name}`);
        cell.sheet.comments.push({ row: cell.top, column: cell.left, text });
      },
    };
  }
}

class NamedItemDouble implements Pick<Excel.NamedItem, "delete"> {
  constructor(
    private readonly double: ExcelDouble,
    private readonly entry: { name: string; reference: string; visible: boolean },
    private readonly loaded: boolean,
  ) {}

  get name(): string {
    if (!this.loaded) throw new Error("PropertyNotLoaded: name");
    return this.entry.name;
  }
  get value(): string {
    if (!this.loaded) throw new Error("PropertyNotLoaded: value");
    return this.entry.reference.replace(/^=/, "");
  }
  set visible(value: boolean) {
    this.double.record(`name.visible ${this.entry.name}`);
    this.entry.visible = value;
  }
  get visible(): boolean {
    if (!this.loaded) throw new Error("PropertyNotLoaded: visible");
    return this.entry.visible;
  }

  delete(): void {
    this.double.record(`delete name ${this.entry.name}`);
    const at = this.double.names.indexOf(this.entry);
    if (at >= 0) this.double.names.splice(at, 1);
  }
}

class NamedItemCollectionDouble extends Loadable {
  private snapshot: NamedItemDouble[] | null = null;

  get items(): NamedItemDouble[] {
    return this.read("items/name", () => this.snapshot!);
  }

  protected onSettle(): void {
    this.snapshot = this.double.names.map((entry) => new NamedItemDouble(this.double, entry, true));
  }

  getItem(name: string): NamedItemDouble {
    const entry = this.double.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
    if (!entry) throw new Error(`ItemNotFound: no name ${name}`);
    return new NamedItemDouble(this.double, entry, false);
  }

  /** Excel refuses a second name of the same spelling, case ignored. */
  add(name: string, reference: string): NamedItemDouble {
    if (this.double.names.some((n) => n.name.toUpperCase() === name.toUpperCase()))
      throw new Error(`ItemAlreadyExists: a name ${name} exists`);
    this.double.record(`add name ${name}`);
    const entry = { name, reference, visible: true };
    this.double.names.push(entry);
    return new NamedItemDouble(this.double, entry, false);
  }
}

class WorksheetCollectionDouble extends Loadable {
  private snapshot: WorksheetDouble[] | null = null;

  get items(): WorksheetDouble[] {
    return this.read("items/name", () => this.snapshot!);
  }

  protected onSettle(): void {
    this.snapshot = this.double.sheets.map((s) => new WorksheetDouble(this.double, s, true));
  }

  getItem(name: string): WorksheetDouble {
    const model = this.double.sheet(name);
    if (!model) throw new Error(`ItemNotFound: no sheet named ${name}`);
    return new WorksheetDouble(this.double, model, false);
  }

  getActiveWorksheet(): WorksheetDouble {
    const model = this.double.sheets.find((s) => s.active) ?? this.double.sheets[0]!;
    return new WorksheetDouble(this.double, model, false);
  }

  add(name: string): WorksheetDouble {
    if (this.double.sheet(name)) throw new Error(`ItemAlreadyExists: a sheet named ${name} exists`);
    this.double.record(`add sheet ${name}`);
    const model = new SheetModel(name);
    this.double.sheets.push(model);
    return new WorksheetDouble(this.double, model, false);
  }
}

class WorksheetDouble extends Loadable implements Pick<Excel.Worksheet, "delete" | "activate"> {
  readonly notes: { add: (cell: RangeDouble, text: string) => void };
  readonly pageLayout: PageLayoutDouble;
  readonly horizontalPageBreaks: { add: (above: RangeDouble) => void };

  constructor(
    double: ExcelDouble,
    readonly model: SheetModel,
    private readonly nameLoaded: boolean,
  ) {
    super(double);
    this.notes = {
      add: (cell: RangeDouble, text: string) => {
        double.record(`note ${model.name}`);
        model.notes.push({ row: cell.top, column: cell.left, text });
      },
    };
    this.pageLayout = new PageLayoutDouble(double, model);
    this.horizontalPageBreaks = {
      add: (above: RangeDouble) => {
        double.record(`pageBreak ${model.name}`);
        model.pageBreaks.push(above.top);
      },
    };
  }

  get position(): number {
    if (!this.nameLoaded) throw new Error("PropertyNotLoaded: position");
    return this.double.sheets.indexOf(this.model);
  }
  set position(value: number) {
    this.double.record(`position ${this.model.name}`);
    const sheets = this.double.sheets;
    sheets.splice(sheets.indexOf(this.model), 1);
    sheets.splice(Math.min(value, sheets.length), 0, this.model);
  }

  get name(): string {
    if (this.nameLoaded) return this.model.name;
    return this.read("name", () => this.model.name);
  }

  delete(): void {
    this.double.record(`delete sheet ${this.model.name}`);
    this.double.sheets.splice(this.double.sheets.indexOf(this.model), 1);
  }

  activate(): void {
    this.double.record(`activate ${this.model.name}`);
    for (const s of this.double.sheets) s.active = s === this.model;
  }

  getRangeByIndexes(top: number, left: number, rows: number, columns: number): RangeDouble {
    return new RangeDouble(this.double, this.model, top, left, rows, columns, false);
  }

  /** A1 addresses of one cell or a rectangle: "J2", "A1:C3". */
  getRange(address: string): RangeDouble {
    const [from, to = from] = address.split(":").map(parseA1);
    return new RangeDouble(
      this.double,
      this.model,
      from!.row,
      from!.column,
      to!.row - from!.row + 1,
      to!.column - from!.column + 1,
      false,
    );
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeDouble {
    return new RangeDouble(this.double, this.model, 0, 0, 0, 0, true);
  }
}

class PageLayoutDouble implements Pick<Excel.PageLayout, "paperSize" | "orientation" | "zoom" | "setPrintTitleRows"> {
  constructor(
    private readonly double: ExcelDouble,
    private readonly model: SheetModel,
  ) {}

  private set(key: string, value: unknown) {
    this.double.record(`pageLayout.${key}`);
    this.model.pageLayout[key] = value;
  }
  set paperSize(value: Excel.PageLayout["paperSize"]) {
    this.set("paperSize", value);
  }
  get paperSize(): Excel.PageLayout["paperSize"] {
    throw new Error("PropertyNotLoaded: paperSize");
  }
  set orientation(value: Excel.PageLayout["orientation"]) {
    this.set("orientation", value);
  }
  get orientation(): Excel.PageLayout["orientation"] {
    throw new Error("PropertyNotLoaded: orientation");
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.set("zoom", value);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    throw new Error("PropertyNotLoaded: zoom");
  }
  setPrintTitleRows(rows: string | Excel.Range): void {
    this.set("printTitleRows", rows);
  }
}

type Matrix = (string | number | boolean | null)[][];

class RangeDouble
  extends Loadable
  implements
    Pick<Excel.Range, "values" | "formulas" | "numberFormat" | "rowIndex" | "columnIndex" | "isNullObject" | "merge" | "clear">
{
  readonly format: RangeFormatDouble;
  private used: { top: number; left: number; rows: number; columns: number } | null = null;
  private settled = false;

  constructor(
    double: ExcelDouble,
    readonly sheet: SheetModel,
    public top: number,
    public left: number,
    private rows: number,
    private columns: number,
    private readonly isUsedRange: boolean,
  ) {
    super(double);
    this.format = new RangeFormatDouble(double, this);
  }

  protected onSettle(): void {
    this.settled = true;
    if (!this.isUsedRange) return;
    const area = this.sheet.usedArea();
    this.used = area && { top: area.top, left: area.left, rows: area.bottom - area.top + 1, columns: area.right - area.left + 1 };
    if (this.used) ({ top: this.top, left: this.left, rows: this.rows, columns: this.columns } = this.used);
  }

  get isNullObject(): boolean {
    if (!this.settled) throw new Error("PropertyNotLoaded: isNullObject is known only after context.sync()");
    return this.isUsedRange && this.used === null;
  }
  get rowIndex(): number {
    return this.read("rowIndex", () => this.top);
  }
  get columnIndex(): number {
    return this.read("columnIndex", () => this.left);
  }
  get values(): Matrix {
    return this.read("values", () => this.map((r, c) => this.sheet.peek(r, c)?.value ?? ""));
  }
  set values(matrix: Matrix) {
    this.write("values", matrix);
  }
  get formulas(): Matrix {
    return this.read("formulas", () => this.map((r, c) => this.sheet.peek(r, c)?.formula ?? this.sheet.peek(r, c)?.value ?? ""));
  }
  set formulas(matrix: Matrix) {
    this.write("formulas", matrix);
  }
  get numberFormat(): Matrix {
    return this.read("numberFormat", () => this.map((r, c) => this.sheet.peek(r, c)?.numberFormat ?? "General"));
  }
  set numberFormat(matrix: Matrix) {
    this.expectShape(matrix, "numberFormat");
    this.double.record(`numberFormat ${this.address()}`);
    this.each((r, c, i, j) => (this.sheet.cell(r, c).numberFormat = String(matrix[i]![j])));
  }

  select(): void {
    this.double.record(`select ${this.address()}`);
  }

  merge(_across?: boolean): void {
    this.double.record(`merge ${this.address()}`);
    this.sheet.merges.push({
      top: this.top,
      left: this.left,
      bottom: this.top + this.rows - 1,
      right: this.left + this.columns - 1,
    });
  }

  clear(
    _applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents",
  ): void {
    this.double.record(`clear ${this.address()}`);
    this.each((r, c) => {
      const cell = this.sheet.peek(r, c);
      if (cell) Object.assign(cell, { value: null, formula: null });
    });
  }

  each(visit: (row: number, column: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) visit(this.top + i, this.left + j, i, j);
  }

  address(): string {
    return `${this.sheet.name}!R${this.top + 1}C${this.left + 1}:R${this.top + this.rows}C${this.left + this.columns}`;
  }

  private map<T>(cell: (row: number, column: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.columns }, (_, j) => cell(this.top + i, this.left + j)),
    );
  }

  private expectShape(matrix: Matrix, what: string): void {
    if (matrix.length !== this.rows || matrix.some((row) => row.length !== this.columns)) {
      throw new Error(
        `InvalidArgument: ${what} is ${matrix.length}x${matrix[0]?.length ?? 0} for a ${this.rows}x${this.columns} range`,
      );
    }
  }

  /** Excel's reading of what was written: formulas from "=", "+", "-"; text behind an apostrophe. */
  private write(what: string, matrix: Matrix): void {
    this.expectShape(matrix, what);
    this.double.record(`${what} ${this.address()}`);
    this.each((r, c, i, j) => {
      const input = matrix[i]![j];
      const cell = this.sheet.cell(r, c);
      if (typeof input === "string" && input.startsWith("'")) Object.assign(cell, { value: input.slice(1), formula: null });
      else if (typeof input === "string" && /^[=+-]/.test(input)) Object.assign(cell, { value: null, formula: input });
      else Object.assign(cell, { value: input === "" ? null : input, formula: null });
    });
  }
}

class RangeFormatDouble implements Pick<
  Excel.RangeFormat,
  "columnWidth" | "rowHeight" | "horizontalAlignment" | "verticalAlignment" | "wrapText"
> {
  readonly font: Pick<Excel.RangeFont, "bold" | "italic" | "size" | "name" | "underline">;
  readonly fill: Pick<Excel.RangeFill, "color">;
  readonly borders: { getItem: (edge: string) => Pick<Excel.RangeBorder, "style" | "color"> };

  constructor(
    private readonly double: ExcelDouble,
    private readonly range: RangeDouble,
  ) {
    this.font = writeOnly(this, "font.", ["bold", "italic", "size", "name", "underline"]);
    this.fill = writeOnly(this, "fill.", ["color"]);
    this.borders = { getItem: (edge: string) => writeOnly(this, `border.${edge}.`, ["style", "color"]) };
  }

  apply(key: string, value: unknown): void {
    this.double.record(`format.${key} ${this.range.address()}`);
    if (key === "columnWidth") return this.range.each((_, c) => this.range.sheet.columnWidths.set(c, value as number));
    if (key === "rowHeight") return this.range.each((r) => this.range.sheet.rowHeights.set(r, value as number));
    this.range.each((r, c) => (this.range.sheet.cell(r, c).format[key] = value));
  }

  set columnWidth(value: number) {
    this.apply("columnWidth", value);
  }
  get columnWidth(): number {
    throw new Error("PropertyNotLoaded: columnWidth");
  }
  set rowHeight(value: number) {
    this.apply("rowHeight", value);
  }
  get rowHeight(): number {
    throw new Error("PropertyNotLoaded: rowHeight");
  }
  set horizontalAlignment(value: Excel.RangeFormat["horizontalAlignment"]) {
    this.apply("horizontalAlignment", value);
  }
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    throw new Error("PropertyNotLoaded: horizontalAlignment");
  }
  set verticalAlignment(value: Excel.RangeFormat["verticalAlignment"]) {
    this.apply("verticalAlignment", value);
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    throw new Error("PropertyNotLoaded: verticalAlignment");
  }
  set wrapText(value: boolean) {
    this.apply("wrapText", value);
  }
  get wrapText(): boolean {
    throw new Error("PropertyNotLoaded: wrapText");
  }
}

/** An object whose listed properties record writes and refuse reads (nothing here loads formats). */
function writeOnly<T>(format: RangeFormatDouble, prefix: string, keys: string[]): T {
  const target = {} as Record<string, unknown>;
  for (const key of keys) {
    Object.defineProperty(target, key, {
      set: (value: unknown) => format.apply(`${prefix}${key}`, value),
      get: () => {
        throw new Error(`PropertyNotLoaded: ${prefix}${key}`);
      },
    });
  }
  return target as T;
}

function parseA1(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!match) throw new Error(`InvalidArgument: ${address} is not an A1 address`);
  const column = [...match[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}
