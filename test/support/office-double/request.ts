import { officeError } from "./errors";

/**
 * The request Office.js builds between two syncs, modelled on OfficeExtension's ClientRequest in
 * @microsoft/office-js (dist/excel-web-16.00.debug.js): every proxy object is an object path with
 * an Instantiate action; property sets, method calls and loads are actions on those paths; ids
 * come from one counter per context; each action lists in "L" the paths last used by it; the body
 * sent is JSON.stringify({ Actions, ObjectPaths }). test/excel/office-double-fidelity.test.ts holds
 * the serialisation to the real library's, byte for byte.
 */
export interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: unknown[];
}

export interface PathInfo {
  Id: number;
  /** 1 the root (workbook), 3 a method's result, 4 a property's object, 5 an indexer (getItem). */
  ObjectPathType: 1 | 3 | 4 | 5;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
  /** Set by untrack(): Excel may drop the object after its last use. */
  D?: boolean;
}

export interface ActionInfo {
  Id: number;
  /** 1 Instantiate, 2 Query (load), 3 Method, 4 SetProperty. */
  ActionType: 1 | 2 | 3 | 4;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select: string[] };
  L?: number[];
}

/** What Excel does with a path when the request runs: the host object it stands for (null for a null object). */
export type Evaluate = (parent: unknown, args: readonly unknown[]) => unknown;

export class ObjectPath {
  valid = true;

  constructor(
    readonly info: PathInfo,
    readonly parent: ObjectPath | null,
    readonly argumentPaths: readonly ObjectPath[],
    /** Method results (ranges, added items) are gone after the request that made them. */
    readonly invalidAfterRequest: boolean,
    readonly evaluate: Evaluate,
  ) {}
}

export interface Action {
  readonly info: ActionInfo;
  readonly path: ObjectPath;
  readonly argumentPaths: readonly ObjectPath[];
  /** Host side: runs against the path's host object; a load returns what Excel sends back. */
  readonly run: (target: unknown, args: readonly unknown[]) => unknown;
  /** Client side: what the proxy learns from a load's result once the sync succeeded. */
  readonly settle?: (result: unknown) => void;
}

/** Marks a proxy: Office.js replaces a proxy passed as an argument by its path's id. */
export const PATH = Symbol("objectPath");
export interface HasPath {
  readonly [PATH]: ObjectPath;
}
const hasPath = (value: unknown): value is HasPath => typeof value === "object" && value !== null && PATH in value;

export class PendingRequest {
  readonly actions: Action[] = [];
  readonly instantiated = new Set<number>();
  readonly referenced = new Map<number, ObjectPath>();
}

/** The client half of a request context: ids, the pending request, and the actions queued into it. */
export class RequestBuilder {
  private lastId = 0;
  private pendingRequest: PendingRequest | null = null;

  nextId(): number {
    return ++this.lastId;
  }

  get pending(): PendingRequest {
    this.pendingRequest ??= new PendingRequest();
    return this.pendingRequest;
  }

  /** The request a sync sends; its method results become invalid, as Office.js marks them before sending. */
  take(): PendingRequest | null {
    const request = this.pendingRequest;
    this.pendingRequest = null;
    if (request) for (const path of request.referenced.values()) if (path.invalidAfterRequest) path.valid = false;
    return request;
  }

  rootPath(evaluate: Evaluate): ObjectPath {
    return new ObjectPath({ Id: this.nextId(), ObjectPathType: 1, Name: "" }, null, [], false, evaluate);
  }

  propertyPath(parent: ObjectPath, name: string, evaluate: Evaluate): ObjectPath {
    const info: PathInfo = { Id: this.nextId(), ObjectPathType: 4, Name: name, ParentObjectPathId: parent.info.Id };
    return new ObjectPath(info, parent, [], false, evaluate);
  }

  indexerPath(parent: ObjectPath, args: unknown[], evaluate: Evaluate): ObjectPath {
    const info: PathInfo = {
      Id: this.nextId(),
      ObjectPathType: 5,
      Name: "",
      ParentObjectPathId: parent.info.Id,
      ArgumentInfo: { Arguments: args },
    };
    return new ObjectPath(info, parent, [], false, evaluate);
  }

  methodPath(parent: ObjectPath, name: string, args: unknown[], invalidAfterRequest: boolean, evaluate: Evaluate): ObjectPath {
    const info: PathInfo = {
      Id: this.nextId(),
      ObjectPathType: 3,
      Name: name,
      ParentObjectPathId: parent.info.Id,
      ArgumentInfo: {},
    };
    const argumentPaths = setArguments(info.ArgumentInfo!, args);
    return new ObjectPath(info, parent, argumentPaths, invalidAfterRequest, evaluate);
  }

  /** A proxy's construction: its path is instantiated in the pending request at once (ClientObject's constructor). */
  instantiateNew(path: ObjectPath): void {
    validate(path);
    this.ensureInstantiated(path.parent);
    for (const p of path.argumentPaths) this.ensureInstantiated(p);
    const info: ActionInfo = { Id: this.nextId(), ActionType: 1, Name: "", ObjectPathId: path.info.Id };
    const request = this.pending;
    request.actions.push({ info, path, argumentPaths: [], run: () => undefined });
    request.instantiated.add(path.info.Id);
    this.addReferenced(path);
  }

  setProperty(path: ObjectPath, name: string, value: unknown, run: Action["run"]): void {
    this.addAction(path, { ActionType: 4, Name: name }, [value], run);
  }

  invokeMethod(path: ObjectPath, name: string, args: unknown[], run: Action["run"]): void {
    this.addAction(path, { ActionType: 3, Name: name }, args, run);
  }

  query(path: ObjectPath, select: string[], run: Action["run"], settle: (result: unknown) => void): void {
    validate(path);
    const info: ActionInfo = {
      Id: this.nextId(),
      ActionType: 2,
      Name: "",
      ObjectPathId: path.info.Id,
      QueryInfo: { Select: select },
    };
    this.enqueue({ info, path, argumentPaths: [], run, settle });
  }

  private addAction(path: ObjectPath, kind: Pick<ActionInfo, "ActionType" | "Name">, args: unknown[], run: Action["run"]) {
    validate(path);
    const info: ActionInfo = { Id: this.nextId(), ...kind, ObjectPathId: path.info.Id, ArgumentInfo: {} };
    const argumentPaths = setArguments(info.ArgumentInfo!, args);
    for (const p of argumentPaths) validate(p);
    this.enqueue({ info, path, argumentPaths, run });
  }

  private enqueue(action: Action): void {
    this.ensureInstantiated(action.path);
    for (const p of action.argumentPaths) this.ensureInstantiated(p);
    const request = this.pending;
    request.actions.push(action);
    this.addReferenced(action.path);
    for (const p of action.argumentPaths) this.addReferenced(p);
  }

  /** A path made in an earlier request is instantiated again, parents first, before its first use in this one. */
  private ensureInstantiated(path: ObjectPath | null): void {
    const request = this.pending;
    if (!path || request.instantiated.has(path.info.Id)) return;
    this.ensureInstantiated(path.parent);
    for (const p of path.argumentPaths) this.ensureInstantiated(p);
    if (request.instantiated.has(path.info.Id)) return;
    const info: ActionInfo = { Id: this.nextId(), ActionType: 1, Name: "", ObjectPathId: path.info.Id };
    this.addReferenced(path);
    request.actions.push({ info, path, argumentPaths: [], run: () => undefined });
    request.instantiated.add(path.info.Id);
  }

  private addReferenced(path: ObjectPath): void {
    const request = this.pending;
    if (request.referenced.has(path.info.Id)) return;
    if (!path.valid) throw invalidPath(path);
    for (let p: ObjectPath | null = path; p; p = p.parent) {
      request.referenced.set(p.info.Id, p);
      if (p.info.ObjectPathType === 3) for (const a of p.argumentPaths) this.addReferenced(a);
    }
  }
}

/** The JSON Office.js sends for a request, "L" (each path's last use) included. */
export function requestBody(request: PendingRequest): { Actions: ActionInfo[]; ObjectPaths: Record<string, PathInfo> } {
  const lastUse = new Map<number, number>();
  const mark = (path: ObjectPath | null, actionId: number): void => {
    for (let p = path; p; p = p.parent) {
      if (lastUse.has(p.info.Id)) return;
      lastUse.set(p.info.Id, actionId);
      for (const a of p.argumentPaths) mark(a, actionId);
    }
  };
  for (let i = request.actions.length - 1; i >= 0; i--) {
    const action = request.actions[i]!;
    mark(action.path, action.info.Id);
    for (const p of action.argumentPaths) mark(p, action.info.Id);
  }
  const byAction = new Map<number, number[]>();
  for (const [pathId, actionId] of [...lastUse].sort((a, b) => a[0] - b[0])) {
    byAction.set(actionId, [...(byAction.get(actionId) ?? []), pathId]);
  }
  const actions = request.actions.map((action) => {
    const last = byAction.get(action.info.Id);
    return last ? { ...action.info, L: last } : action.info;
  });
  const paths = [...request.referenced.values()].sort((a, b) => a.info.Id - b.info.Id);
  return { Actions: actions, ObjectPaths: Object.fromEntries(paths.map((p) => [String(p.info.Id), p.info])) };
}

/** Office.js's setMethodArguments: a proxy argument is sent as its path's id, listed in ReferencedObjectPathIds. */
function setArguments(argumentInfo: ArgumentInfo, args: unknown[]): ObjectPath[] {
  const paths: ObjectPath[] = [];
  const ids: unknown[] = [];
  argumentInfo.Arguments = args;
  if (collect(args, paths, ids)) argumentInfo.ReferencedObjectPathIds = ids;
  return paths;
}

function collect(args: unknown[], paths: ObjectPath[], ids: unknown[]): boolean {
  let found = false;
  args.forEach((arg, i) => {
    if (hasPath(arg)) {
      args[i] = arg[PATH].info.Id;
      ids.push(arg[PATH].info.Id);
      paths.push(arg[PATH]);
      found = true;
    } else if (Array.isArray(arg) && arg.some((item) => hasPath(item) || Array.isArray(item))) {
      const inner: unknown[] = [];
      const innerFound = collect(arg, paths, inner);
      ids.push(innerFound ? inner : 0);
      found ||= innerFound;
    } else {
      ids.push(0);
    }
  });
  return found;
}

function validate(path: ObjectPath): void {
  for (let p: ObjectPath | null = path; p; p = p.parent) if (!p.valid) throw invalidPath(p);
}

const invalidPath = (path: ObjectPath) =>
  officeError("InvalidObjectPath", `The object path '${path.info.Name}' isn't working for what you're trying to do.`);
