import { officeError } from "./errors";
import type { ExcelDouble } from "./excel-double";
import { PATH, type Evaluate, type HasPath, type ObjectPath, type RequestBuilder } from "./request";

/** What a proxy needs: the request it queues into, and the double's Excel, which runs it at sync. */
export interface Session {
  readonly requests: RequestBuilder;
  readonly excel: ExcelDouble;
}

/**
 * The base of every proxy, as OfficeExtension.ClientObject: made with its object path and
 * instantiated in the pending request at once; navigation properties are made once and kept;
 * methods returning objects make a new path each call; a property read before load() and a
 * successful sync() throws PropertyNotLoaded.
 */
export abstract class ClientObjectDouble implements HasPath {
  readonly [PATH]: ObjectPath;
  private readonly navigation = new Map<string, unknown>();
  private readonly loadedValues = new Map<string, unknown>();
  private nullObject: boolean | undefined;

  constructor(
    protected readonly session: Session,
    path: ObjectPath,
    instantiate = true,
  ) {
    this[PATH] = path;
    if (instantiate) session.requests.instantiateNew(path);
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw notLoaded("isNullObject");
    return this.nullObject;
  }

  /** load("values,numberFormat") or load(["name"]): a Query action; values readable after the sync. */
  load(select?: string | string[]): this {
    const names = Array.isArray(select) ? select : parseSelect(select ?? "");
    this.session.requests.query(
      this[PATH],
      names,
      (target) => (target === null ? null : this.snapshot(target, names)),
      (result) => this.receive(result as Record<string, unknown> | null),
    );
    return this;
  }

  /** Host side: what Excel sends back for a load of these properties, keyed as Excel keys them ("Values"). */
  protected snapshot(_target: unknown, names: readonly string[]): Record<string, unknown> {
    throw new Error(`The double does not model loading ${names.join(", ")} of ${this.constructor.name}`);
  }

  /** Client side: a load's result, kept under the JavaScript names ("values"). */
  protected receive(result: Record<string, unknown> | null): void {
    this.nullObject = result === null;
    for (const [key, value] of Object.entries(result ?? {})) this.loadedValues.set(key[0]!.toLowerCase() + key.slice(1), value);
  }

  protected loaded<T>(name: string): T {
    if (this.nullObject) return undefined as T;
    if (!this.loadedValues.has(name)) throw notLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  /** A navigation property (range.format, workbook.worksheets): one object, made on first use. */
  protected navigate<T>(name: string, evaluate: Evaluate, make: (path: ObjectPath) => T): T {
    if (!this.navigation.has(name)) {
      this.navigation.set(name, make(this.session.requests.propertyPath(this[PATH], name, evaluate)));
    }
    return this.navigation.get(name) as T;
  }

  protected methodObject<T>(
    name: string,
    args: unknown[],
    invalidAfterRequest: boolean,
    evaluate: Evaluate,
    make: (path: ObjectPath) => T,
  ): T {
    return make(this.session.requests.methodPath(this[PATH], name, args, invalidAfterRequest, evaluate));
  }

  protected indexer<T>(args: unknown[], evaluate: Evaluate, make: (path: ObjectPath) => T): T {
    return make(this.session.requests.indexerPath(this[PATH], args, evaluate));
  }

  protected setProperty<Target>(name: string, value: unknown, apply: (target: Target) => void): void {
    this.session.requests.setProperty(this[PATH], name, value, (target) => apply(target as Target));
  }

  protected invoke<Target>(name: string, args: unknown[], apply: (target: Target, args: readonly unknown[]) => void): void {
    this.session.requests.invokeMethod(this[PATH], name, args, (target, resolved) => apply(target as Target, resolved));
  }

  /** What a write records, for the tests' operation counts. */
  protected record(operation: string): void {
    this.session.excel.record(operation);
  }
}

/** Office.js's reading of a load string: "items/name, items/position" selects name and position of each item. */
function parseSelect(select: string): string[] {
  return select
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (/^items[/.]/i.test(s) ? s.slice(6) : s.toLowerCase() === "items" ? "*" : s));
}

export const notLoaded = (property: string) =>
  officeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
