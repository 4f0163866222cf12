/** What the plain-browser pane needs of the file door, as one lazily loaded chunk. */
import { sampleGrids } from "../workbook/sample-workbook";
import { workbookFromGrids } from "./generate";

export { loadWorkbook, type LoadedWorkbook, type WorkbookHandle } from "./read-workbook";
export { generateReport, workbookFromPlans } from "./generate";
export { unitFromBytes } from "./read-unit";
export { checkPackageSize, MAX_PACKAGE_BYTES, MAX_PART_BYTES } from "./zip/limits";

export function sampleWorkbook(): Promise<Uint8Array> {
  return workbookFromGrids(sampleGrids());
}
