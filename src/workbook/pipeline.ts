import { planComputedColumns, type ComputedColumnsPlan } from "./computed-columns";
import { evaluateWorkbook, type WorkbookEvaluation } from "./evaluate-workbook";
import { columnMarkName, regionMarkName, sheetMarkName, type NameMark } from "./marks";
import type { SheetPlan } from "./plan";
import type { Unusable } from "./read-indicators";
import { planReport } from "./report-plan";
import { placeSheet } from "./sheet-names";
import type { WorkbookSnapshot } from "./snapshot";

/** A sentence for the user about what was written, in Indonesian and English. */
export interface Message {
  readonly id: string;
  readonly en: string;
}

/** Everything a door writes for one generation, decided here and nowhere else. */
export interface WorkbookPlans {
  readonly ok: true;
  readonly workbook: WorkbookEvaluation;
  /** LAPKIN's sheets, in the order they are written. */
  readonly sheets: readonly SheetPlan[];
  readonly columns: ComputedColumnsPlan;
  /** Every LAPKIN mark the workbook must hold afterwards; a door removes LAPKIN's other names. */
  readonly names: readonly NameMark[];
  /** The sheet the workbook opens on afterwards. */
  readonly activeSheet: string;
  /** What the user should be told besides the counts (a sheet written under another name). */
  readonly notices: readonly Message[];
}

export type PipelineResult = WorkbookPlans | Unusable;

/**
 * The one pipeline: a workbook's snapshot in, its evaluation and every plan out, or the reason it
 * can't be used. Each door (Excel, file, command line, browser) reads a snapshot, calls this once,
 * and writes what it returns.
 */
export function buildWorkbook(snapshot: WorkbookSnapshot): PipelineResult {
  const evaluated = evaluateWorkbook(snapshot);
  if (!evaluated.ok) return evaluated;
  const { workbook } = evaluated;

  const taken = new Set<string>();
  const laporanPlace = placeSheet("laporan", "Laporan", snapshot.sheetNames, snapshot.marks, taken);
  const laporan = planReport(workbook, laporanPlace, snapshot.regions);
  const sheets = [laporan];
  const columns = planComputedColumns(workbook);

  const notices: Message[] = [];
  if (laporanPlace.wanted) {
    notices.push({
      id: `Sheet ${laporanPlace.wanted} yang sudah ada bukan buatan LAPKIN dan tidak diubah; laporan ditulis ke sheet ${laporanPlace.name}.`,
      en: `The existing sheet ${laporanPlace.wanted} was not made by LAPKIN and is left as it is; the report went to sheet ${laporanPlace.name}.`,
    });
  }

  return {
    ok: true,
    workbook,
    sheets,
    columns,
    names: [
      ...columns.columns.map((c) => ({
        name: columnMarkName(c.key),
        sheet: columns.sheet,
        rect: { top: columns.headerRow, left: c.column, bottom: columns.headerRow, right: c.column },
      })),
      ...sheets.map((plan) => ({
        name: sheetMarkName(plan.kind),
        sheet: plan.name,
        rect: { top: 0, left: 0, bottom: 0, right: 0 },
      })),
      ...sheets.flatMap((plan) =>
        plan.regions.map((region) => ({ name: regionMarkName(region.key), sheet: plan.name, rect: region.rect })),
      ),
    ],
    activeSheet: laporan.name,
    notices,
  };
}
