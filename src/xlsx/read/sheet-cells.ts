import type { CellValue } from "../../workbook/cells";
import { unescapeCellText } from "../xml/escape";
import { attribute, nextTag, type Tag } from "../xml/scan";
import { parseCellAddress } from "./cell-address";
import { readText, stringItemText } from "./rich-text";

/** A cell as a sheet part holds it: where it is, its style index and the value Excel shows. */
export interface SheetCell {
  readonly row: number;
  readonly column: number;
  readonly style: number;
  readonly value: CellValue;
}

export interface SheetReadContext {
  readonly sharedStrings: readonly string[];
}

/**
 * Every cell of a worksheet part with a value or a style, in order: rows and cells without an `r`
 * attribute are placed after the one before them. `wantRow` lets a caller skip whole rows
 * unread (a few marked rows of a large sheet).
 */
export function readSheetCells(
  xml: string,
  context: SheetReadContext,
  onCell: (cell: SheetCell) => void,
  wantRow: (row: number) => boolean = () => true,
): void {
  const sheetData = findTag(xml, 0, "sheetData");
  if (!sheetData || sheetData.kind === "empty") return;
  let row = -1;
  let tag = nextTag(xml, sheetData.end);
  while (tag && !(tag.kind === "close" && tag.name === "sheetData")) {
    if (tag.name === "row" && tag.kind !== "close") {
      const r = attribute(tag, "r");
      row = r === null ? row + 1 : Number(r) - 1;
      if (tag.kind === "open" && !wantRow(row)) {
        const close = xml.indexOf(`</${tag.qualified}>`, tag.end);
        tag = nextTag(xml, close);
        continue;
      }
      if (tag.kind === "open") tag = readRowCells(xml, tag, row, context, onCell);
    }
    tag = nextTag(xml, tag!.end);
  }
}

/** Reads the cells of one row; returns its closing tag. */
function readRowCells(xml: string, rowTag: Tag, row: number, context: SheetReadContext, onCell: (cell: SheetCell) => void): Tag {
  let column = -1;
  let tag = nextTag(xml, rowTag.end);
  while (tag && !(tag.kind === "close" && tag.name === "row")) {
    if (tag.name === "c" && tag.kind !== "close") {
      const ref = attribute(tag, "r");
      const at = ref === null ? null : parseCellAddress(ref);
      column = at ? at.column : column + 1;
      const type = attribute(tag, "t");
      const style = Number(attribute(tag, "s") ?? 0);
      if (tag.kind === "empty") {
        onCell({ row, column, style, value: null });
      } else {
        const { value, close } = readCellValue(xml, tag, type, context);
        onCell({ row, column, style, value });
        tag = close;
      }
    }
    tag = nextTag(xml, tag.end);
  }
  if (!tag) throw new Error("row never closed");
  return tag;
}

function readCellValue(
  xml: string,
  cellTag: Tag,
  type: string | null,
  context: SheetReadContext,
): { value: CellValue; close: Tag } {
  let raw: string | null = null;
  let inline: string | null = null;
  let tag = nextTag(xml, cellTag.end);
  while (tag && !(tag.kind === "close" && tag.name === "c")) {
    if (tag.kind === "open" && (tag.name === "v" || tag.name === "f")) {
      const close = xml.indexOf("</", tag.end);
      if (tag.name === "v") raw = readText(xml, tag.end, close);
      tag = nextTag(xml, close);
    } else if (tag.kind === "open" && tag.name === "is") {
      const close = xml.indexOf(`</${tag.qualified}>`, tag.end);
      inline = stringItemText(xml, tag.end, close);
      tag = nextTag(xml, close);
    }
    tag = nextTag(xml, tag!.end);
  }
  if (!tag) throw new Error("cell never closed");
  return { value: cellValue(type, raw, inline, context), close: tag };
}

function cellValue(type: string | null, raw: string | null, inline: string | null, context: SheetReadContext): CellValue {
  switch (type) {
    case "inlineStr":
      return inline ?? (raw === null ? null : unescapeCellText(raw));
    case "s":
      return raw === null ? null : (context.sharedStrings[Number(raw)] ?? null);
    case "str":
      return raw === null ? null : unescapeCellText(raw);
    case "b":
      return raw === null ? null : raw.trim() === "1" || raw.trim() === "true";
    case "e":
      return raw;
    case "d": {
      if (raw === null) return null;
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) || !raw.includes("T") ? raw : `${raw}Z`);
      return Number.isNaN(date.getTime()) ? raw : date;
    }
    default: {
      if (raw === null || raw.trim() === "") return null;
      const n = Number(raw);
      return Number.isFinite(n) ? n : raw;
    }
  }
}

function findTag(xml: string, from: number, name: string): Tag | null {
  let tag = nextTag(xml, from);
  while (tag && !(tag.name === name && tag.kind !== "close")) tag = nextTag(xml, tag.end);
  return tag;
}
