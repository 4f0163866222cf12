import type { Rect } from "../workbook/plan";
import { jsonBytes, READ_CELL_LIMIT, RESPONSE_BUDGET } from "./request-size";

/** A rectangle of a sheet to read: its values, and its number formats where asked. */
export interface CellBlock {
  readonly sheet: string;
  readonly rect: Rect;
  readonly formats: boolean;
}

export interface BlockCells {
  readonly values: unknown[][];
  readonly formats: unknown[][] | null;
}

/** Bytes a cell is taken to cost in a response before any of its block was read (values and formats). */
const FIRST_GUESS = 64;
/** Room left for cells longer than those read so far. */
const MARGIN = 1.25;
const TOO_LARGE = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded", "RangeExceedsLimit"]);

/**
 * Reads blocks of cells in as few syncs as keep each response under the budget and each range
 * under Excel's 5 million cells: blocks of rows, as many as the bytes a cell has cost so far say
 * fit (a first guess before that). Should Excel still refuse a response as too large, the same
 * rows are asked for again in halves.
 */
export async function readBlocks(
  context: Excel.RequestContext,
  blocks: readonly CellBlock[],
  limits: { readonly cells: number; readonly bytes: number } = { cells: READ_CELL_LIMIT, bytes: RESPONSE_BUDGET },
): Promise<BlockCells[]> {
  const read = blocks.map((b) => ({
    values: [] as unknown[][],
    formats: b.formats ? ([] as unknown[][]) : null,
    next: 0,
    perCell: FIRST_GUESS,
    seen: 0,
  }));
  const rowsOf = (b: CellBlock) => b.rect.bottom - b.rect.top + 1;
  const widthOf = (b: CellBlock) => b.rect.right - b.rect.left + 1;

  for (;;) {
    const pending = blocks.map((_, i) => i).filter((i) => read[i]!.next < rowsOf(blocks[i]!));
    if (pending.length === 0) return read.map(({ values, formats }) => ({ values, formats }));

    const sheets = new Map<string, Excel.Worksheet>();
    const round: { index: number; rows: number; range: Excel.Range }[] = [];
    let budget = limits.bytes;
    for (const index of pending) {
      const block = blocks[index]!;
      const state = read[index]!;
      const width = widthOf(block);
      const byBytes = Math.floor(budget / (width * state.perCell));
      let rows = Math.min(rowsOf(block) - state.next, Math.floor(limits.cells / width), byBytes);
      if (rows < 1) {
        if (round.length > 0) break;
        rows = 1;
      }
      let sheet = sheets.get(block.sheet);
      if (!sheet) {
        sheet = context.workbook.worksheets.getItem(block.sheet);
        sheets.set(block.sheet, sheet);
      }
      const range = sheet.getRangeByIndexes(block.rect.top + state.next, block.rect.left, rows, width);
      if (block.formats) range.load("values,numberFormat");
      else range.load("values");
      round.push({ index, rows, range });
      budget -= rows * width * state.perCell;
    }

    try {
      // Each round is one response under the budget; how many rounds depends on what the cells hold.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (!TOO_LARGE.has(code) || round.every((r) => r.rows === 1)) throw error;
      for (const { index } of round) read[index]!.perCell *= 2;
      continue;
    }

    for (const { index, rows, range } of round) {
      const state = read[index]!;
      const values = range.values as unknown[][];
      const formats = state.formats ? (range.numberFormat as unknown[][]) : null;
      // Appended one by one: a block can have more rows than a call may take arguments.
      for (const row of values) state.values.push(row);
      for (const row of formats ?? []) state.formats!.push(row);
      state.next += rows;
      const observed = (jsonBytes(values) + (formats ? jsonBytes(formats) : 0)) / (rows * widthOf(blocks[index]!));
      state.seen = Math.max(state.seen, observed);
      state.perCell = Math.max(1, state.seen * MARGIN);
    }
  }
}
