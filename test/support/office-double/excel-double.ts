import { formatReference, parseAddress } from "./address";
import { recordChart, type RecordedChart } from "./chart-model";
import type { Session } from "./client-object";
import { officeError } from "./errors";
import { SheetModel, shiftRect, type StoredValue } from "./model";
import { requestBody, RequestBuilder, type Action, type ObjectPath, type PendingRequest } from "./request";
import { WorkbookDouble } from "./workbook";

/** Excel on the web refuses a request, or a response, over 5 MB (RequestPayloadSizeLimitExceeded). Counted strictly. */
export const PAYLOAD_LIMIT = 5_000_000;
/** Excel reads at most this many cells of a range at a time. */
export const READ_CELL_LIMIT = 5_000_000;

export interface DoubleOptions {
  /** Keep each request's JSON (for comparing with Office.js's own). */
  readonly keepBodies?: boolean;
  /** Excel's limits, lowered by a test to try a reader on a small sheet. */
  readonly payloadLimit?: number;
  readonly readCellLimit?: number;
}

export interface DefinedName {
  name: string;
  /** As written: "=Indikator!$T$1"; "=#REF!$A$1" once its sheet is deleted. */
  reference: string;
  visible: boolean;
}

/** One round trip: what Office.js sent and what came back, as the tests and the bench read them. */
export interface SyncRecord {
  /** UTF-8 bytes of the request body Office.js serialises (JSON of Actions and ObjectPaths). */
  readonly requestBytes: number;
  responseBytes: number;
  readonly actions: number;
  /** Cells, formats, sheets, names... changed by this request. */
  writes: number;
  /** Writes that ran before Application.suspendApiCalculationUntilNextSync in this request (recalculating as they went). */
  writesWhileCalculating: number;
  calculationSuspended: boolean;
  /** The error code the sync failed with, if it did. */
  failed: string | null;
}

/**
 * A test double of Excel behind Office.js. The code under test queues work on proxies shaped as
 * Office.js's (a property read before load() and sync() throws; a method's range object is gone
 * after its request); each sync serialises the request as Office.js does and measures it, refuses
 * one over 5 MB, runs the actions in order on these sheets (a failing action stops the rest, the
 * earlier ones stay done, as in Excel), refuses a response over 5 MB and a read of over 5 million
 * cells. A string written to a cell starting with "=", "+" or "-" becomes a formula, one starting
 * with an apostrophe becomes text without it, null leaves the cell alone.
 */
export class ExcelDouble {
  readonly sheets: SheetModel[] = [];
  readonly names: DefinedName[] = [];
  readonly operations: string[] = [];
  readonly requests: SyncRecord[] = [];
  /** Each request's JSON, kept only when asked for (they can be megabytes): for comparing with Office.js's own. */
  readonly bodies: string[] | null;
  readonly context: { workbook: WorkbookDouble; readonly application: WorkbookDouble["application"]; sync: () => Promise<void> };
  private readonly session: Session;
  private current: SyncRecord | null = null;
  private readonly failing = new Map<number, string>();

  readonly payloadLimit: number;
  readonly readCellLimit: number;

  constructor(options: DoubleOptions = {}) {
    this.bodies = options.keepBodies ? [] : null;
    this.payloadLimit = options.payloadLimit ?? PAYLOAD_LIMIT;
    this.readCellLimit = options.readCellLimit ?? READ_CELL_LIMIT;
    this.session = { requests: new RequestBuilder(), excel: this };
    const workbook = new WorkbookDouble(
      this.session,
      this.session.requests.rootPath(() => this),
    );
    this.context = {
      workbook,
      get application() {
        return workbook.application;
      },
      sync: () => this.sync(),
    };
  }

  /** Round trips so far (a sync with nothing queued sends nothing, as in Office.js). */
  get syncs(): number {
    return this.requests.length;
  }

  get largestRequest(): number {
    return Math.max(0, ...this.requests.map((r) => r.requestBytes));
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The charts on a sheet as plain data, their ranges as addresses (a sheet deleted since reads #REF!). */
  charts(sheetName: string): RecordedChart[] {
    return (this.sheet(sheetName)?.charts ?? []).map((chart) => recordChart(chart, this.sheets));
  }

  /** Puts a grid on a (new) sheet before the code under test runs, as a user's workbook. */
  seed(name: string, grid: readonly (readonly StoredValue[])[], formats?: readonly (readonly (string | null)[])[]): SheetModel {
    const sheet = new SheetModel(name);
    grid.forEach((row, r) => row.forEach((value, c) => value !== null && value !== "" && (sheet.cell(r, c).value = value)));
    formats?.forEach((row, r) => row.forEach((format, c) => format && (sheet.cell(r, c).numberFormat = format)));
    this.sheets.push(sheet);
    return sheet;
  }

  /** The n-th round trip from now (1 = the next) fails before Excel runs any of it, as when the connection drops. */
  failSync(n: number, code = "GeneralException"): void {
    this.failing.set(this.requests.length + n - 1, code);
  }

  /** The user inserts a column before `at` on a sheet: cells move right, and so do defined names' references. */
  insertColumn(sheetName: string, at: number): void {
    const sheet = this.sheetOrThrow(sheetName);
    sheet.insertColumn(at);
    for (const entry of this.names) {
      const parsed = parseAddress(entry.reference.replace(/^=/, ""));
      if (parsed?.sheet?.toLowerCase() === sheet.name.toLowerCase())
        entry.reference = `=${formatReference(sheet.name, shiftRect(parsed.rect, at))}`;
    }
  }

  private async sync(): Promise<void> {
    const request = this.session.requests.take();
    if (!request || request.actions.length === 0) return;
    const body = JSON.stringify(requestBody(request));
    this.bodies?.push(body);
    const requestBytes = utf8Bytes(body);
    const record: SyncRecord = {
      requestBytes,
      responseBytes: 0,
      actions: request.actions.length,
      writes: 0,
      writesWhileCalculating: 0,
      calculationSuspended: false,
      failed: null,
    };
    this.requests.push(record);
    try {
      const failure = this.failing.get(this.requests.length - 1);
      if (failure) throw officeError(failure, "The connection to Excel was lost.");
      if (requestBytes > this.payloadLimit) {
        throw officeError(
          "RequestPayloadSizeLimitExceeded",
          `The request is ${requestBytes} bytes; Excel takes at most ${this.payloadLimit}.`,
        );
      }
      const results = this.run(request, record);
      record.responseBytes = utf8Bytes(
        JSON.stringify({ Results: results.map(({ action, value }) => ({ ActionId: action.info.Id, Value: value })) }),
      );
      if (record.responseBytes > this.payloadLimit) {
        throw officeError(
          "ResponsePayloadSizeLimitExceeded",
          `The response is ${record.responseBytes} bytes; Excel sends at most ${this.payloadLimit}.`,
        );
      }
      for (const { action, value } of results) action.settle?.(value);
    } catch (error) {
      record.failed = (error as { code?: string }).code ?? "GeneralException";
      throw error;
    }
  }

  /** Excel's side: each path evaluated at its Instantiate action, each action run on its object, in order. */
  private run(request: PendingRequest, record: SyncRecord): { action: Action; value: unknown }[] {
    this.current = record;
    const targets = new Map<number, unknown>();
    const argumentsOf = (args: readonly unknown[] | undefined, ids: readonly unknown[] | undefined) =>
      (args ?? []).map((arg, i) => (typeof ids?.[i] === "number" && ids[i] !== 0 ? targets.get(ids[i] as number) : arg));
    const targetOf = (path: ObjectPath) => {
      if (!targets.has(path.info.Id)) throw new Error(`double: path ${path.info.Id} used before it was instantiated`);
      return targets.get(path.info.Id);
    };
    const results: { action: Action; value: unknown }[] = [];
    try {
      for (const action of request.actions) {
        const { info, path } = action;
        if (info.ActionType === 1) {
          const parent = path.parent ? targetOf(path.parent) : this;
          const args = argumentsOf(path.info.ArgumentInfo?.Arguments, path.info.ArgumentInfo?.ReferencedObjectPathIds);
          targets.set(path.info.Id, parent === null ? null : path.evaluate(parent, args));
          continue;
        }
        const target = targetOf(path);
        if (target === null && info.ActionType !== 2) continue; // Excel ignores what is done to a null object
        const value = action.run(target, argumentsOf(info.ArgumentInfo?.Arguments, info.ArgumentInfo?.ReferencedObjectPathIds));
        if (info.ActionType === 2) results.push({ action, value });
      }
    } finally {
      this.current = null;
    }
    return results;
  }

  /** A change to the workbook, counted for the sync it belongs to. */
  record(operation: string): void {
    this.operations.push(operation);
    if (!this.current) return;
    this.current.writes++;
    if (!this.current.calculationSuspended) this.current.writesWhileCalculating++;
  }

  suspendCalculation(): void {
    if (this.current) this.current.calculationSuspended = true;
  }

  sheetOrThrow(name: string): SheetModel {
    const sheet = this.sheet(name);
    if (!sheet) throw officeError("ItemNotFound", `The requested resource doesn't exist: sheet ${name}`);
    return sheet;
  }

  addSheet(name: string): SheetModel {
    if (this.sheet(name)) throw officeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
    if (!/^[^:\\/?*[\]]{1,31}$/.test(name) || /^'|'$/.test(name))
      throw officeError("InvalidArgument", `Not a sheet name: ${name}`);
    this.record(`add sheet ${name}`);
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    this.record(`delete sheet ${sheet.name}`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.resheetFormulas(sheet.name, "#REF!");
    for (const entry of this.names) {
      const parsed = parseAddress(entry.reference.replace(/^=/, ""));
      if (parsed?.sheet?.toLowerCase() === sheet.name.toLowerCase()) entry.reference = "=#REF!";
    }
  }

  /** Excel renames a sheet everywhere: defined names and other cells' formulas follow it. */
  renameSheet(sheet: SheetModel, name: string): void {
    const other = this.sheet(name);
    if (other && other !== sheet) throw officeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
    this.record(`rename sheet ${sheet.name} ${name}`);
    for (const entry of this.names) {
      const parsed = parseAddress(entry.reference.replace(/^=/, ""));
      if (parsed?.sheet?.toLowerCase() === sheet.name.toLowerCase()) entry.reference = `=${formatReference(name, parsed.rect)}`;
    }
    this.resheetFormulas(sheet.name, `${formatReference(name, { top: 0, left: 0, bottom: 0, right: 0 }).split("!")[0]}!`);
    sheet.name = name;
  }

  /**
   * Every formula's references to a sheet given another prefix: the sheet's new name, or #REF! once
   * it is deleted (=AVERAGE('Rekap Indikator'!G4:G9) becomes =AVERAGE(#REF!G4:G9)). Text in
   * double quotes is not a reference and stays.
   */
  private resheetFormulas(sheetName: string, prefix: string): void {
    const wanted = sheetName.toLowerCase();
    const reference = /('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!/g;
    const rewrite = (formula: string) =>
      formula
        .split(/("(?:[^"]|"")*")/)
        .map((part, i) =>
          i % 2 === 1
            ? part
            : part.replace(reference, (whole, sheet: string) =>
                sheet
                  .replace(/^'(.*)'$/, "$1")
                  .replace(/''/g, "'")
                  .toLowerCase() === wanted
                  ? prefix
                  : whole,
              ),
        )
        .join("");
    for (const model of this.sheets)
      for (const cell of model.cells.values())
        if (cell.formula?.toLowerCase().includes(wanted.replace(/'/g, "''"))) cell.formula = rewrite(cell.formula);
  }

  moveSheet(sheet: SheetModel, position: number): void {
    this.record(`position ${sheet.name}`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.min(position, this.sheets.length), 0, sheet);
  }

  activateSheet(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible")
      throw officeError("InvalidOperation", `Sheet ${sheet.name} is hidden and can't be activated.`);
    this.record(`activate ${sheet.name}`);
    for (const s of this.sheets) s.active = s === sheet;
  }

  nameOrThrow(name: string): DefinedName {
    const entry = this.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
    if (!entry) throw officeError("ItemNotFound", `No name ${name}`);
    return entry;
  }

  /** Excel refuses a second name of the same spelling, case ignored. */
  addName(name: string, reference: string): DefinedName {
    if (this.names.some((n) => n.name.toUpperCase() === name.toUpperCase()))
      throw officeError("ItemAlreadyExists", `A name ${name} exists.`);
    this.record(`add name ${name}`);
    const entry = { name, reference, visible: true };
    this.names.push(entry);
    return entry;
  }

  deleteName(entry: DefinedName): void {
    this.record(`delete name ${entry.name}`);
    const at = this.names.indexOf(entry);
    if (at >= 0) this.names.splice(at, 1);
  }
}

const encoder = new TextEncoder();
const utf8Bytes = (text: string) => encoder.encode(text).length;
