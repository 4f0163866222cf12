/**
 * How many bytes a queued operation adds to the request Office.js sends at the next sync, so that
 * a write can be split into syncs that Excel on the web accepts (it refuses a request or response
 * over 5 MB). Office.js sends JSON.stringify({ Actions, ObjectPaths }): every object (a worksheet,
 * a range, its format, its font) is an object path with an Instantiate action; every property set
 * or method call is an action naming its object. Each figure here is an upper bound: ids are
 * taken as 7 digits, every path as marked for early disposal.
 */

/** Where a write stops adding to one request: a megabyte under Excel's 5 MB, for what is only estimated. */
export const REQUEST_BUDGET = 4_000_000;
/** Where a read stops adding ranges to one response. */
export const RESPONSE_BUDGET = 4_000_000;
/** Excel reads at most this many cells at a time. */
export const READ_CELL_LIMIT = 5_000_000;
/** Worksheet.getRanges reads at most this many characters of its address. */
export const ADDRESS_LIMIT = 8192;
/** Office.js sends a matrix of more than this many cells as blocks of rows, each a set of its own. */
export const BULK_CELLS = 1500;

const ID = 9_999_999;
const NON_ASCII = /[\u0080-\uffff]/;
const ID_DIGITS = String(ID).length;

export type PathKind = "method" | "property" | "indexer";
const PATH_TYPE: Readonly<Record<PathKind, number>> = { method: 3, property: 4, indexer: 5 };

/** UTF-8 bytes of a value's JSON, counted without building the encoded copy. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "");
}

export function utf8Bytes(text: string): number {
  if (!NON_ASCII.test(text)) return text.length;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) {
      bytes += 1;
      continue;
    }
    // Three bytes for one UTF-16 unit, four for a surrogate pair (two units), three for a lone surrogate.
    bytes += 2;
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
  }
  return bytes;
}

/** An object in the request: its ObjectPaths entry, its Instantiate action and its id in an action's "L" list. */
export function pathBytes(kind: PathKind, name: string, args?: readonly unknown[], referencesObject = false): number {
  const info = {
    Id: ID,
    ObjectPathType: PATH_TYPE[kind],
    Name: name,
    ParentObjectPathId: ID,
    ...(args ? { ArgumentInfo: { Arguments: args, ...(referencesObject ? { ReferencedObjectPathIds: [ID] } : {}) } } : {}),
    D: true,
  };
  const entry = `"${ID}":`.length + jsonBytes(info) + 1;
  const instantiate = jsonBytes({ Id: ID, ActionType: 1, Name: "", ObjectPathId: ID }) + 1;
  return entry + instantiate + ID_DIGITS + 1;
}

/** A property set (kind "set") or a method call (kind "call") on an object already in the request. */
export function actionBytes(kind: "set" | "call", name: string, args: readonly unknown[]): number {
  const info = { Id: ID, ActionType: kind === "set" ? 4 : 3, Name: name, ObjectPathId: ID, ArgumentInfo: { Arguments: args } };
  return jsonBytes(info) + 1 + `,"L":[]`.length;
}

/** The request's own frame: {"Actions":[...],"ObjectPaths":{...}}. */
export const REQUEST_FRAME_BYTES = `{"Actions":[],"ObjectPaths":{}}`.length;

/**
 * A matrix (values, formulas, number formats) set on a range, as Office.js sends it: one set, or
 * over 1,500 cells a size check and, per block of rows, two GetRow paths, a GetBoundingRect path
 * and a set. `rowBytes` are the JSON bytes of each row, measured once by the caller.
 */
export function matrixBytes(property: string, rowBytes: readonly number[], width: number): number {
  const rows = rowBytes.length;
  const json = (from: number, to: number) => {
    let bytes = 2 + Math.max(0, to - from - 1);
    for (let i = from; i < to; i++) bytes += rowBytes[i]!;
    return bytes;
  };
  const setBytes = (from: number, to: number) => actionBytes("set", property, []) + json(from, to);
  if (rows * width <= BULK_CELLS) return setBytes(0, rows);
  const blockRows = Math.max(1, Math.round(BULK_CELLS / width));
  let bytes = actionBytes("call", "_ValidateArraySize", [rows, width]);
  for (let start = 0; start < rows; start += blockRows) {
    const end = Math.min(rows, start + blockRows);
    bytes +=
      pathBytes("method", "GetRow", [start]) +
      pathBytes("method", "GetRow", [end - 1]) +
      pathBytes("method", "GetBoundingRect", [ID], true) +
      setBytes(start, end);
  }
  return bytes;
}
