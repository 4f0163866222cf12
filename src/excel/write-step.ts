import { actionBytes, pathBytes, REQUEST_FRAME_BYTES } from "./request-size";

/**
 * What a write step may use in the sync it lands in: the context, and worksheets fetched by name
 * once per sync (a range object made in one sync is gone in the next, so nothing is kept across).
 */
export interface BatchScope {
  readonly context: Excel.RequestContext;
  sheet(name: string): Excel.Worksheet;
}

/** An object several steps share within one sync (a worksheet, its notes), paid for once per sync. */
export interface SharedObject {
  readonly key: string;
  readonly bytes: number;
}

/**
 * One indivisible piece of a write: what it queues, an upper bound of the bytes it adds to the
 * request (request-size.ts), and the shared objects it uses besides.
 */
export interface WriteStep {
  readonly bytes: number;
  readonly shares: readonly SharedObject[];
  queue(scope: BatchScope): void;
}

export const WORKBOOK: SharedObject = { key: "workbook", bytes: pathBytes("property", "") };
export const WORKSHEETS: SharedObject = { key: "worksheets", bytes: pathBytes("property", "Worksheets") };
const APPLICATION: SharedObject = { key: "application", bytes: pathBytes("property", "Application") };

/** context.workbook.worksheets.getItem(name), with what it hangs from. */
export function sharedSheet(name: string): SharedObject[] {
  return [WORKBOOK, WORKSHEETS, { key: `sheet:${name}`, bytes: pathBytes("indexer", "", [name]) }];
}

/** A navigation object of a worksheet (its Notes, PageLayout, HorizontalPageBreaks). */
export function sharedOfSheet(name: string, property: string): SharedObject[] {
  return [...sharedSheet(name), { key: `sheet:${name}:${property}`, bytes: pathBytes("property", property) }];
}

/** A navigation object of the workbook (its Names, Comments). */
export function sharedOfWorkbook(property: string): SharedObject[] {
  return [WORKBOOK, { key: `workbook:${property}`, bytes: pathBytes("property", property) }];
}

/** What every sync starts with when calculation is suspended while writing. */
export const SUSPEND_BYTES = APPLICATION.bytes + actionBytes("call", "SuspendApiCalculationUntilNextSync", []);

export interface Batch {
  readonly steps: readonly WriteStep[];
  /** The estimate the steps were packed by: never below what Office.js sends for them. */
  readonly bytes: number;
}

/**
 * Packs steps, in order, into as few syncs as keep each request's estimate within the budget. A
 * step is never split; one larger than the budget alone (none is made so) would get a sync of its own.
 */
export function packSteps(steps: readonly WriteStep[], budget: number, suspends: boolean): Batch[] {
  const base = REQUEST_FRAME_BYTES + (suspends ? WORKBOOK.bytes + SUSPEND_BYTES : 0);
  const batches: Batch[] = [];
  let current: WriteStep[] = [];
  let bytes = base;
  let shared = new Set<string>(suspends ? [WORKBOOK.key] : []);
  const costOf = (step: WriteStep, seen: ReadonlySet<string>) =>
    step.bytes +
    step.shares
      .filter((s, i, all) => !seen.has(s.key) && all.findIndex((o) => o.key === s.key) === i)
      .reduce((n, s) => n + s.bytes, 0);

  for (const step of steps) {
    let cost = costOf(step, shared);
    if (current.length > 0 && bytes + cost > budget) {
      batches.push({ steps: current, bytes });
      current = [];
      shared = new Set(suspends ? [WORKBOOK.key] : []);
      bytes = base;
      cost = costOf(step, shared);
    }
    current.push(step);
    bytes += cost;
    for (const s of step.shares) shared.add(s.key);
  }
  if (current.length > 0) batches.push({ steps: current, bytes });
  return batches;
}
