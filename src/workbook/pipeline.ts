import { planComputedColumns, type ComputedColumnsPlan } from "./computed-columns";
import { SHEETS } from "./contract";
import { evaluateWorkbook, type WorkbookEvaluation } from "./evaluate-workbook";
import { columnMarkName, regionMarkName, sheetMarkName, type NameMark } from "./marks";
import type { Message } from "./outcome-text";
import { planPemeriksaan } from "./pemeriksaan-plan";
import type { SheetPlan } from "./plan";
import type { Unusable } from "./read-indicators";
import { planReport } from "./report-plan";
import { placeSheet, type SheetPlacement } from "./sheet-names";
import type { WorkbookSnapshot } from "./snapshot";

export type { Message };

/** Everything a door writes for one generation, decided here and nowhere else. */
export interface WorkbookPlans {
  readonly ok: true;
  /** The evaluation, its flags including those the plans raised (a text cut to fit a cell). */
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

  const taken = new Set<string>();
  const laporanPlace = placeSheet("laporan", SHEETS.laporan, snapshot.sheetNames, snapshot.marks, taken);
  const pemeriksaanPlace = placeSheet("pemeriksaan", SHEETS.pemeriksaan, snapshot.sheetNames, snapshot.marks, taken);
  const report = planReport(evaluated.workbook, laporanPlace, snapshot.regions);
  const workbook: WorkbookEvaluation = { ...evaluated.workbook, flags: [...evaluated.workbook.flags, ...report.flags] };
  const sheets = [report.plan, planPemeriksaan(workbook, workbook.flags, pemeriksaanPlace)];
  const columns = planComputedColumns(workbook);

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
    activeSheet: report.plan.name,
    notices: [laporanPlace, pemeriksaanPlace].flatMap(renamedNotice),
  };
}

/** Where a user's sheet holds the name LAPKIN wanted, the user is told where LAPKIN wrote instead. */
function renamedNotice(place: SheetPlacement): Message[] {
  if (!place.wanted) return [];
  return [
    {
      id: `Sheet ${place.wanted} yang sudah ada bukan buatan LAPKIN dan tidak diubah; LAPKIN menulis ke sheet ${place.name}.`,
      en: `The existing sheet ${place.wanted} was not made by LAPKIN and is left as it is; LAPKIN wrote to sheet ${place.name}.`,
    },
  ];
}
