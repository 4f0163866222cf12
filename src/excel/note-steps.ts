import { a1, sheetA1 } from "../workbook/a1";
import type { SheetPlan } from "../workbook/plan";
import type { HostCapabilities } from "./capabilities";
import { pathBytes } from "./request-size";
import { sharedOfSheet, sharedOfWorkbook, type WriteStep } from "./write-step";

/**
 * The plan's notes (the flags of a row, on its cell): cell notes where the host has them
 * (ExcelApi 1.18), threaded comments where it has only those (1.10). Without either, the flags
 * are still written out in the Keterangan column.
 */
export function noteSteps(plan: Omit<SheetPlan, "kind">, sheet: string, capabilities: HostCapabilities): WriteStep[] {
  if (capabilities.notes) {
    return plan.notes.map(({ row, column, text }) => {
      const cell = a1(row, column);
      return {
        bytes: pathBytes("method", "Add", [cell, text]),
        shares: sharedOfSheet(sheet, "Notes"),
        queue: (scope) => scope.sheet(sheet).notes.add(cell, text),
      };
    });
  }
  if (!capabilities.comments) return [];
  return plan.notes.map(({ row, column, text }) => {
    // A comment's address names its sheet.
    const address = sheetA1(sheet, row, column);
    return {
      bytes: pathBytes("method", "Add", [address, text, null]),
      shares: sharedOfWorkbook("Comments"),
      queue: (scope) => scope.context.workbook.comments.add(address, text),
    };
  });
}
