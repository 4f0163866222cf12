import type { SheetPlan } from "../workbook/plan";
import { actionBytes, pathBytes } from "./request-size";
import { sharedOfSheet, type WriteStep } from "./write-step";

/** Page setup (ExcelApi 1.9): A4, the plan's orientation, one page wide, its title rows on every page, its page breaks. */
export function pageSteps(plan: Omit<SheetPlan, "kind">, sheet: string): WriteStep[] {
  const orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
  const zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const repeat = plan.print.repeatRows;
  const titles = repeat ? `$${repeat.first + 1}:$${repeat.last + 1}` : null;
  const setup: WriteStep = {
    bytes:
      actionBytes("set", "PaperSize", ["A4"]) +
      actionBytes("set", "Orientation", [orientation]) +
      (plan.print.fitToWidth ? actionBytes("set", "Zoom", [zoom]) : 0) +
      (titles ? actionBytes("call", "SetPrintTitleRows", [titles]) : 0),
    shares: sharedOfSheet(sheet, "PageLayout"),
    queue: (scope) => {
      const layout = scope.sheet(sheet).pageLayout;
      layout.paperSize = "A4";
      layout.orientation = orientation;
      if (plan.print.fitToWidth) layout.zoom = zoom;
      if (titles) layout.setPrintTitleRows(titles);
    },
  };
  const breaks = plan.rowBreaks.map((row): WriteStep => ({
    bytes: pathBytes("method", "Add", [`A${row + 1}`]),
    shares: sharedOfSheet(sheet, "HorizontalPageBreaks"),
    queue: (scope) => scope.sheet(sheet).horizontalPageBreaks.add(`A${row + 1}`),
  }));
  return [setup, ...breaks];
}
