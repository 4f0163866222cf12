import { nameText, type NameMark } from "../workbook/marks";
import { actionBytes, pathBytes } from "./request-size";
import { sharedOfWorkbook, sharedSheet, type SharedObject, type WriteStep } from "./write-step";

/** A complete temporary sheet taking its place: its name, and LAPKIN's earlier sheet it replaces there. */
export interface SheetSwap {
  readonly temporary: string;
  readonly name: string;
  /**
   * LAPKIN's earlier sheet of this kind and the tab position the new one takes (counted once the
   * leftovers are gone), or null for a new sheet (it stays last).
   */
  readonly replaces: { readonly name: string; readonly position: number } | null;
  /**
   * Rows kept in view at the top (ExcelApi 1.7), frozen once the sheet is visible: Excel has refused
   * pane changes on a hidden sheet (office-js#1463).
   */
  readonly frozenRows?: number;
}

/** The tab position a replaced sheet takes back: where it stands now, less the leftovers before it, which go first. */
export function positionAfterLeftovers(
  name: string,
  positions: ReadonlyMap<string, number>,
  leftovers: readonly string[],
): number {
  const position = positions.get(name)!;
  return position - leftovers.filter((l) => positions.get(l)! < position).length;
}

export interface NameChange {
  /** LAPKIN's names to remove (earlier marks, temporary marks). */
  readonly remove: readonly string[];
  readonly add: readonly NameMark[];
}

/**
 * The last sync of a generation, in one request so that the workbook goes from the old report to
 * the new one at once: leftovers of an interrupted run deleted, each earlier LAPKIN sheet deleted
 * and its replacement renamed, shown and put at its tab position, LAPKIN's names replaced, the
 * report's sheet activated. Panes are frozen after the names are in place and before the
 * activation, so that a host refusing them (office-js#2196) leaves a complete, marked report.
 */
export function swapStep(
  swaps: readonly SheetSwap[],
  leftovers: readonly string[],
  names: NameChange | null,
  active: string,
): WriteStep {
  const ordered = [...swaps].sort((a, b) => (a.replaces?.position ?? Infinity) - (b.replaces?.position ?? Infinity));
  const shares: SharedObject[] = [
    ...leftovers.flatMap(sharedSheet),
    ...swaps.flatMap((s) => [...sharedSheet(s.temporary), ...(s.replaces ? sharedSheet(s.replaces.name) : [])]),
    ...(names ? sharedOfWorkbook("Names") : []),
  ];
  const activeSwap = swaps.find((s) => s.name === active);
  const bytes =
    leftovers.length * actionBytes("call", "Delete", []) +
    swaps.reduce(
      (n, s) =>
        n +
        (s.replaces ? actionBytes("call", "Delete", []) + actionBytes("set", "Position", [s.replaces.position]) : 0) +
        actionBytes("set", "Name", [s.name]) +
        actionBytes("set", "Visibility", ["Visible"]) +
        (s.frozenRows ? pathBytes("property", "FreezePanes") + actionBytes("call", "FreezeRows", [s.frozenRows]) : 0),
      0,
    ) +
    (names ? namesBytes(names) : 0) +
    (activeSwap ? 0 : pathBytes("indexer", "", [active])) +
    actionBytes("call", "Activate", []);

  return {
    bytes,
    shares,
    queue: (scope) => {
      for (const sheet of leftovers) scope.sheet(sheet).delete();
      for (const swap of ordered) {
        if (swap.replaces) scope.sheet(swap.replaces.name).delete();
        const sheet = scope.sheet(swap.temporary);
        sheet.name = swap.name;
        sheet.visibility = "Visible";
        if (swap.replaces) sheet.position = swap.replaces.position;
      }
      if (names) queueNames(scope.context, names);
      for (const swap of swaps) if (swap.frozenRows) scope.sheet(swap.temporary).freezePanes.freezeRows(swap.frozenRows);
      // The renamed sheet's own object: a lookup by its new name could find the sheet just deleted.
      (activeSwap ? scope.sheet(activeSwap.temporary) : scope.context.workbook.worksheets.getItem(active)).activate();
    },
  };
}

function queueNames(context: Excel.RequestContext, names: NameChange): void {
  const collection = context.workbook.names;
  for (const name of names.remove) collection.getItem(name).delete();
  for (const mark of names.add) collection.add(mark.name, `=${nameText(mark)}`).visible = false;
}

/** Names alone, as "Isi Kolom Hitung" changes them without touching any sheet. */
export function namesStep(names: NameChange): WriteStep {
  return { bytes: namesBytes(names), shares: sharedOfWorkbook("Names"), queue: (scope) => queueNames(scope.context, names) };
}

function namesBytes(names: NameChange): number {
  return (
    names.remove.reduce((n, name) => n + pathBytes("indexer", "", [name]) + actionBytes("call", "Delete", []), 0) +
    names.add.reduce(
      (n, mark) =>
        n + pathBytes("method", "Add", [mark.name, `=${nameText(mark)}`, null]) + actionBytes("set", "Visible", [false]),
      0,
    )
  );
}
