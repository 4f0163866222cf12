import type { Grid } from "../workbook/cells";
import { SHEETS } from "../workbook/contract";
import { markReference, nameText, type NameMark } from "../workbook/marks";
import type { WorkbookPlans } from "../workbook/pipeline";
import type { WorkbookHandle } from "./read-workbook";
import type { CellStyle } from "../workbook/plan";
import type { Codec } from "./zip/codec";
import { layGrid, type GridLayout } from "./write/grid-layout";
import { mapPackage } from "./read/package-map";
import { emptyPackage } from "./write/empty-package";
import { planSheet, type SheetContentPlan } from "./write/plan-sheet";
import type { NameToWrite } from "./write/workbook-edit";
import { WorkbookWriter } from "./write/workbook-writer";
import type { WorksheetCell } from "./write/worksheet-xml";

/**
 * Writes LAPKIN's sheets, its columns and its marks into the loaded package; returns the new
 * file's bytes. Every part LAPKIN doesn't write is carried over byte for byte.
 */
export function generateReport(handle: WorkbookHandle, plans: WorkbookPlans): Uint8Array {
  const writer = new WorkbookWriter(handle.draft.fork(), handle.map);
  for (const plan of plans.sheets) {
    writer.writeSheet(plan.name, plan.replaces, planSheet(plan, writer.styles), plan.name === plans.activeSheet);
  }
  writer.spliceComputedColumns(plans.columns);
  return writer.finish(namesToWrite(writer, plans), plans.activeSheet);
}

/** LAPKIN's marks (hidden) and each written sheet's print titles. */
function namesToWrite(
  writer: WorkbookWriter,
  book: { readonly sheets: readonly Pick<NewSheetPlan, "name" | "print">[]; readonly names: readonly NameMark[] },
): NameToWrite[] {
  const names: NameToWrite[] = book.names.map((mark) => ({ name: mark.name, text: nameText(mark), hidden: true }));
  for (const plan of book.sheets) {
    const rows = plan.print.repeatRows;
    if (rows)
      names.push({
        name: "_xlnm.Print_Titles",
        localSheetId: writer.tabOf(plan.name),
        text: rowsReference(plan.name, rows.first, rows.last),
      });
  }
  return names;
}

/** `'Laporan (LAPKIN)'!$5:$6`: whole rows of a sheet, quoted as a defined name needs it. */
function rowsReference(sheet: string, first: number, last: number): string {
  const quoted = markReference(sheet, { top: 0, left: 0, bottom: 0, right: 0 }).replace(/!\$A\$1$/, "");
  return `${quoted}!$${first + 1}:$${last + 1}`;
}

/** A sheet of a new workbook: its plan, and the rows kept in view at the top while scrolling. */
export interface NewSheetPlan extends SheetContentPlan {
  readonly name: string;
  readonly frozenRows?: number;
}

/**
 * A new workbook holding only the given sheets (the recap), each written from its plan by the
 * same writer as the report, with LAPKIN's hidden names and each sheet's print titles. `codec`
 * is fflate's unless the caller has a faster one (Node's zlib, on the command line).
 */
export function workbookFromPlans(
  book: {
    readonly sheets: readonly NewSheetPlan[];
    readonly names: readonly NameMark[];
    readonly activeSheet: string;
  },
  codec?: Codec,
): Uint8Array {
  const draft = emptyPackage(codec);
  const writer = new WorkbookWriter(draft, mapPackage(draft));
  for (const plan of book.sheets) {
    const content = { ...planSheet(plan, writer.styles), frozenRows: plan.frozenRows ?? 0 };
    writer.writeSheet(plan.name, null, content, plan.name === book.activeSheet);
  }
  return writer.finish(namesToWrite(writer, book), book.activeSheet);
}

/**
 * A new workbook holding Info and Indikator from grids (the sample, or the empty template), written
 * by the same writer, each laid out to be read (labels bold, columns fitted, long texts wrapped).
 */
export async function workbookFromGrids(grids: { info: Grid; indikator: Grid }): Promise<Uint8Array> {
  const draft = emptyPackage();
  const writer = new WorkbookWriter(draft, mapPackage(draft));
  const xfFor = (style: CellStyle) => writer.styles.xfFor(style);
  const sheet = (layout: GridLayout, frozenRows: number) => ({
    ...layout,
    styleOf: (cell: WorksheetCell) => cell.style,
    merges: [],
    print: null,
    rowBreaks: [],
    frozenRows,
    notes: [],
  });
  writer.writeSheet(SHEETS.info, null, sheet(layGrid(grids.info, "list", xfFor), 0), true);
  writer.writeSheet(SHEETS.indikator, null, sheet(layGrid(grids.indikator, "table", xfFor), 1), false);
  return writer.finish([], SHEETS.info);
}
