import type { PickedFile } from "../recap/recap-picked";
import type { RecapPlans } from "../recap/recap-pipeline";
import type { DocumentKind } from "../workbook/documents";
import type { Message } from "../workbook/outcome-text";
import type { WorkbookResult } from "../workbook/evaluate-workbook";
import { detectCapabilities } from "./capabilities";
import type { ExcelRun } from "./generate-in-excel";
import { insertTemplate, readWorkbookInExcel } from "./read-in-excel";
import { selectCell as selectCellIn } from "./select-cell";

/**
 * Each thing the ribbon and the task pane do in the open workbook, as one Excel.run. The only
 * place outside which nothing says Excel.run: the pane and the ribbon call these.
 */

/** The pane's view: the workbook read and evaluated, nothing written. */
export const read = (): Promise<WorkbookResult> => Excel.run((context) => readWorkbookInExcel(context));

/**
 * The report's planning and writing code, loaded the first time a report is made: the pane and the
 * custom functions start without it (what Excel loads at start stays small).
 */
const generation = () => import(/* webpackChunkName: "generate" */ "./generate-in-excel");

/** "Buat Laporan": LAPKIN's sheets (the documents asked for, or every one the data allows), its columns on Indikator and its marks. */
export const buatLaporan = async (documents?: readonly DocumentKind[]): Promise<ExcelRun> => {
  const { generateInExcel } = await generation();
  return Excel.run((context) => generateInExcel(context, detectCapabilities(), documents ? { documents } : {}));
};

/** "Isi Kolom Hitung": LAPKIN's columns on Indikator alone. */
export const isiKolomHitung = async (): Promise<ExcelRun> => {
  const { fillComputedColumns } = await generation();
  return Excel.run((context) => fillComputedColumns(context, detectCapabilities()));
};

/** "Sisipkan Templat": the missing Info and Indikator sheets added, then the workbook read as the pane shows it. */
export const sisipkanTemplat = (): Promise<{ readonly added: readonly string[]; readonly workbook: WorkbookResult }> =>
  Excel.run(async (context) => {
    const { added } = await insertTemplate(context);
    return { added, workbook: await readWorkbookInExcel(context) };
  });

/** The recap's reader, pipeline and writer, loaded the first time a recap is made. */
const recapping = () => import(/* webpackChunkName: "recap" */ "./recap-from-files");

export type ExcelRecap =
  | { readonly ok: true; readonly plans: RecapPlans; readonly sheets: readonly string[]; readonly notices: readonly Message[] }
  | { readonly ok: false; readonly message: string };

/**
 * "Rekap banyak file": the picked units' workbooks read in the pane one at a time (nothing of
 * them is written anywhere), then the recap's sheets written into the open workbook.
 */
export const rekap = async (
  files: readonly PickedFile[],
  onStep: (done: number, total: number, file: string) => void,
): Promise<ExcelRecap> => {
  const { recapPicked, unitFromBytes, writeRecapInExcel } = await recapping();
  const recap = await recapPicked(files, (bytes, shown) => unitFromBytes(bytes, shown), onStep);
  if (!recap.ok) return recap;
  const written = await Excel.run((context) => writeRecapInExcel(context, detectCapabilities(), recap.plans));
  return { ok: true, plans: recap.plans, ...written };
};

/** Shows the user a flagged cell ("Indikator!J2"). */
export const selectCell = (address: string): Promise<void> => Excel.run((context) => selectCellIn(context, address));
