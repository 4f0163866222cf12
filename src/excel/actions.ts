import type { RecapPlans } from "../recap/recap-pipeline";
import type { DocumentKind } from "../workbook/documents";
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

/**
 * The kabupaten recap (built from the files the user picked) written into the open workbook: its
 * three sheets and their marks, the workbook's other sheets and marks left alone. Returns the
 * names the sheets were written under ("Rekap Unit (LAPKIN)" beside a user's "Rekap Unit").
 */
export const tulisRekap = async (plans: RecapPlans): Promise<{ sheets: string[] }> => {
  const { writeRecapInExcel } = await import(/* webpackChunkName: "recap-excel" */ "./recap-in-excel");
  return Excel.run((context) => writeRecapInExcel(context, detectCapabilities(), plans));
};

/** "Sisipkan Templat": the missing Info and Indikator sheets added, then the workbook read as the pane shows it. */
export const sisipkanTemplat = (): Promise<{ readonly added: readonly string[]; readonly workbook: WorkbookResult }> =>
  Excel.run(async (context) => {
    const { added } = await insertTemplate(context);
    return { added, workbook: await readWorkbookInExcel(context) };
  });

/** Shows the user a flagged cell ("Indikator!J2"). */
export const selectCell = (address: string): Promise<void> => Excel.run((context) => selectCellIn(context, address));
