/** What the plain-browser pane needs of the file door, as one lazily loaded chunk. */
import { sampleGrids } from "../workbook/sample-workbook";
import { generateReport, workbookFromGrids } from "./generate";

export { loadWorkbook } from "./read-workbook";
export { generateReport };

export function sampleWorkbook(): Promise<Uint8Array> {
  return workbookFromGrids(sampleGrids());
}
