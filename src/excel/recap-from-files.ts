/**
 * The recap inside Excel, loaded the first time one is made: the file door's reader for the picked
 * workbooks, the recap pipeline, and the writer of its sheets. None of it is needed to open the pane.
 */
export { recapPicked } from "../recap/recap-picked";
export { unitFromBytes } from "../xlsx/read-unit";
export { writeRecapInExcel } from "./recap-in-excel";
