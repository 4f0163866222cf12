import type { ComputedColumnsPlan } from "../../workbook/computed-columns";
import { TextEdits } from "../package/text-edits";
import { a1 as cellAddress } from "../../workbook/a1";
import { parseCellAddress } from "../read/cell-address";
import { attribute, nextTag, rootTag, type Tag } from "../xml/scan";
import { prefixOf, withPrefix } from "./prefixed";
import { withAttributeValue } from "../xml/attributes";
import { cellXml, type WorksheetCell } from "./worksheet-xml";

export interface SplicedSheet {
  readonly xml: string;
  /** Cells that were there before and are now replaced or gone (a formula among them leaves calcChain stale). */
  readonly cellsReplaced: number;
}

type Wanted = Map<number, Map<number, WorksheetCell | null>>;

/**
 * LAPKIN's columns spliced into the Indikator sheet part: its header cells, a value per indicator,
 * and its earlier cells in `clearRows` removed. Cells stay in column order within a row and rows in
 * order; a row or cell without an `r` gets one (its place would otherwise move); `<dimension>` grows
 * to cover the new cells. Every other byte of the part is kept.
 */
export function spliceComputedColumns(xml: string, plan: ComputedColumnsPlan, headerStyle: number): SplicedSheet {
  const wanted: Wanted = new Map();
  const want = (row: number, column: number, cell: WorksheetCell | null) => {
    let cells = wanted.get(row);
    if (!cells) wanted.set(row, (cells = new Map()));
    cells.set(column, cell);
  };
  if (plan.clearRows) {
    for (let row = plan.clearRows.from; row <= plan.clearRows.to; row++)
      for (const { column } of plan.columns) want(row, column, null);
  }
  for (const { column, header } of plan.columns)
    want(plan.headerRow, column, { row: plan.headerRow, column, value: header, style: headerStyle });
  for (const c of plan.cells)
    want(c.row, c.column, c.value === null ? null : { row: c.row, column: c.column, value: c.value, style: 0 });

  const edits = new TextEdits(xml);
  let cellsReplaced = 0;
  let sheetData: Tag | null = nextTag(xml, rootTag(xml).end);
  while (sheetData && sheetData.name !== "sheetData") sheetData = nextTag(xml, sheetData.end);
  if (!sheetData) throw new Error("Indikator has no sheetData");
  const prefix = prefixOf(sheetData);
  const rowName = `${prefix}row`;
  const pending = [...wanted.keys()].sort((a, b) => a - b);
  let next = 0;
  const newRowsBefore = (row: number, at: number) => {
    const rows: string[] = [];
    while (next < pending.length && pending[next]! < row) {
      const r = pending[next++]!;
      const cells = [...wanted.get(r)!.values()]
        .filter((c): c is WorksheetCell => c !== null)
        .sort((a, b) => a.column - b.column);
      if (cells.length)
        rows.push(`<${rowName} r="${r + 1}">${cells.map((c) => withPrefix(cellXml(c, c.style), prefix)).join("")}</${rowName}>`);
    }
    if (rows.length) edits.insert(at, rows.join(""));
  };

  if (sheetData.kind === "empty") {
    edits.replace(sheetData.start, sheetData.end, `<${sheetData.qualified}>`);
    newRowsBefore(Infinity, sheetData.end);
    edits.insert(sheetData.end, `</${sheetData.qualified}>`);
  } else {
    let row = -1;
    let tag = nextTag(xml, sheetData.end);
    while (tag && !(tag.kind === "close" && tag.name === "sheetData")) {
      if (tag.name === "row" && tag.kind !== "close") {
        const r = attribute(tag, "r");
        row = r === null ? row + 1 : Number(r) - 1;
        newRowsBefore(row, tag.start);
        const cells = wanted.get(row);
        if (cells && pending[next] === row) next++;
        const end = tag.kind === "empty" ? tag.end : xml.indexOf(`</${tag.qualified}>`, tag.end);
        if (cells) cellsReplaced += spliceRow(xml, tag, row, end, cells, edits, prefix);
        else if (r === null) edits.replace(tag.start, tag.end, startTag(tag, { r: String(row + 1) }));
        tag = tag.kind === "empty" ? nextTag(xml, tag.end) : nextTag(xml, end + tag.qualified.length + 3);
        continue;
      }
      tag = nextTag(xml, tag.end);
    }
    if (!tag) throw new Error("sheetData never closed");
    newRowsBefore(Infinity, tag.start);
  }
  updateDimension(xml, edits, wanted);
  return { xml: edits.result(), cellsReplaced };
}

/** Rewrites the cells of one row that LAPKIN owns; returns how many existing cells were replaced or removed. */
function spliceRow(
  xml: string,
  rowTag: Tag,
  row: number,
  end: number,
  wanted: Map<number, WorksheetCell | null>,
  edits: TextEdits,
  prefix: string,
): number {
  const inserts = [...wanted.values()].filter((c): c is WorksheetCell => c !== null).sort((a, b) => a.column - b.column);
  const markup = (cell: WorksheetCell) => withPrefix(cellXml(cell, cell.style), prefix);
  let replaced = 0;
  let column = -1;
  let minColumn = Infinity;
  let maxColumn = -1;
  let pendingInsert = 0;
  const insertBefore = (limit: number, at: number) => {
    const out: string[] = [];
    while (pendingInsert < inserts.length && inserts[pendingInsert]!.column < limit) out.push(markup(inserts[pendingInsert++]!));
    if (out.length) edits.insert(at, out.join(""));
  };

  if (rowTag.kind === "open") {
    for (let tag = nextTag(xml, rowTag.end); tag && tag.start < end;) {
      if (tag.name !== "c" || tag.kind === "close") {
        tag = nextTag(xml, tag.end);
        continue;
      }
      const ref = attribute(tag, "r");
      column = ref === null ? column + 1 : (parseCellAddress(ref)?.column ?? column + 1);
      const cellEnd = tag.kind === "empty" ? tag.end : xml.indexOf(`</${tag.qualified}>`, tag.end) + tag.qualified.length + 3;
      insertBefore(column, tag.start);
      minColumn = Math.min(minColumn, column);
      maxColumn = Math.max(maxColumn, column);
      if (wanted.has(column)) {
        const next = wanted.get(column)!;
        replaced++;
        const style = Number(attribute(tag, "s") ?? 0);
        // The cell is LAPKIN's; the user's formatting of it (a number format, a colour) stays.
        edits.replace(tag.start, cellEnd, next ? markup({ ...next, style: next.style || style }) : "");
        if (inserts[pendingInsert]?.column === column) pendingInsert++;
      } else if (ref === null) {
        edits.replace(tag.start, tag.end, startTag(tag, { r: cellAddress(row, column) }));
      }
      tag = nextTag(xml, cellEnd);
    }
  }
  for (const c of inserts) {
    minColumn = Math.min(minColumn, c.column);
    maxColumn = Math.max(maxColumn, c.column);
  }
  const changes: Record<string, string> = {};
  if (attribute(rowTag, "r") === null) changes.r = String(row + 1);
  // spans is Excel's hint of the row's first and last column: it must cover the new cells.
  if (attribute(rowTag, "spans") !== null && maxColumn >= 0) changes.spans = `${minColumn + 1}:${maxColumn + 1}`;
  if (rowTag.kind === "empty") {
    const open = startTag({ ...rowTag, kind: "open" }, changes);
    edits.replace(rowTag.start, rowTag.end, `${open}${inserts.map(markup).join("")}</${rowTag.qualified}>`);
    return replaced;
  }
  if (Object.keys(changes).length) edits.replace(rowTag.start, rowTag.end, startTag(rowTag, changes));
  insertBefore(Infinity, end);
  return replaced;
}

/** A start tag with some attributes set. */
function startTag(tag: Tag, changes: Readonly<Record<string, string>>): string {
  let attributes = tag.attributes;
  for (const [name, value] of Object.entries(changes)) attributes = withAttributeValue(attributes, name, value);
  return `<${tag.qualified}${attributes}${tag.kind === "empty" ? "/>" : ">"}`;
}

function updateDimension(xml: string, edits: TextEdits, wanted: Wanted): void {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [row, cells] of wanted) {
    for (const [column, cell] of cells) {
      if (!cell) continue;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    }
  }
  if (bottom < 0) return;
  const root = rootTag(xml);
  let tag = nextTag(xml, root.end);
  let sheetPr: Tag | null = null;
  while (tag && tag.name !== "dimension" && tag.name !== "sheetData") {
    if (tag.name === "sheetPr" && tag.kind !== "close") sheetPr = tag;
    tag = nextTag(xml, tag.end);
  }
  if (tag?.name === "dimension") {
    const ref = attribute(tag, "ref") ?? "A1";
    const [from, to] = ref.split(":");
    const a = parseCellAddress(from ?? "A1");
    const b = parseCellAddress(to ?? from ?? "A1");
    if (a && b) {
      top = Math.min(top, a.row);
      left = Math.min(left, a.column);
      bottom = Math.max(bottom, b.row);
      right = Math.max(right, b.column);
    }
    const range = `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
    if (range !== ref) edits.replace(tag.start, tag.end, startTag(tag, { ref: range }));
    return;
  }
  const prefix = prefixOf(root);
  const at = sheetPr
    ? sheetPr.kind === "empty"
      ? sheetPr.end
      : xml.indexOf(`</${sheetPr.qualified}>`, sheetPr.end) + sheetPr.qualified.length + 3
    : root.end;
  edits.insert(
    at,
    `<${prefix}dimension ref="${cellAddress(Math.min(top, 0), Math.min(left, 0))}:${cellAddress(bottom, right)}"/>`,
  );
}
