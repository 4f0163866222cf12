import { planComputedColumns, type ComputedColumnsPlan } from "./computed-columns";
import { SHEETS } from "./contract";
import { DOCUMENTS, documentAvailability, type DocumentAvailability, type DocumentKind } from "./documents";
import { planEvaluasiRenja } from "./evaluasi-renja-plan";
import { evaluateWorkbook, type WorkbookEvaluation } from "./evaluate-workbook";
import { columnMarkName, regionMarkName, SIDIK_MARK, sheetMarkName, type FoundMarks, type NameMark } from "./marks";
import type { Message } from "./outcome-text";
import { planPemeriksaan } from "./pemeriksaan-plan";
import { planLkjip } from "./lkjip-plan";
import { planPk } from "./pk-plan";
import type { SheetKind, SheetPlan } from "./plan";
import type { Unusable } from "./read-indicators";
import { planRencanaAksi } from "./rencana-aksi-plan";
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
  /** Which documents this workbook allows, and what would add the others. */
  readonly documents: readonly DocumentAvailability[];
  /** What the user should be told besides the counts (a sheet written under another name, a document left out). */
  readonly notices: readonly Message[];
}

export type PipelineResult = WorkbookPlans | Unusable;

export interface PipelineOptions {
  /** The documents to make; by default every one the workbook's data allows. */
  readonly documents?: readonly DocumentKind[];
}

/**
 * The one pipeline: a workbook's snapshot in, its evaluation and every plan out, or the reason it
 * can't be used. Each door (Excel, file, command line, browser) reads a snapshot, calls this once,
 * and writes what it returns.
 */
export function buildWorkbook(snapshot: WorkbookSnapshot, options: PipelineOptions = {}): PipelineResult {
  const evaluated = evaluateWorkbook(snapshot);
  if (!evaluated.ok) return evaluated;

  const available = documentAvailability(evaluated.workbook);
  const wanted = options.documents ?? DOCUMENTS.map((d) => d.kind);
  const made = DOCUMENTS.filter((d) => wanted.includes(d.kind) && available.find((a) => a.kind === d.kind)!.available);
  // Asked for documents by name and none of them can be made: nothing is written, the user is told what each needs.
  if (options.documents && made.length === 0) return noDocument(options.documents, available);
  const taken = new Set<string>();
  const places = new Map<SheetKind, SheetPlacement>();
  const place = (kind: SheetKind, name: string) => {
    const found = placeSheet(kind, name, snapshot.sheetNames, snapshot.marks, taken);
    places.set(kind, found);
    return found;
  };

  const sheets: SheetPlan[] = [];
  let workbook = evaluated.workbook;
  for (const document of made) {
    const at = place(document.sheet, document.sheetName);
    if (document.kind === "laporan") {
      // For Periode Tahunan the report is the LKjIP's Bab III, with every comparison the columns allow.
      const report = workbook.info.tahunan ? planLkjip(workbook, at) : planReport(workbook, at, snapshot.regions);
      workbook = { ...workbook, flags: [...workbook.flags, ...report.flags] };
      sheets.push(report.plan);
    } else if (document.kind === "pk") sheets.push(planPk(workbook, at));
    else if (document.kind === "rencanaAksi") sheets.push(planRencanaAksi(workbook, at));
    else sheets.push(planEvaluasiRenja(workbook, at, snapshot.regions));
  }
  // Pemeriksaan comes last, so that it lists the flags the other plans raised too.
  sheets.push(planPemeriksaan(workbook, workbook.flags, place("pemeriksaan", SHEETS.pemeriksaan)));
  const columns = planComputedColumns(workbook);

  return {
    ok: true,
    workbook,
    sheets,
    columns,
    names: [
      ...columnMarks(columns),
      ...sheetMarks(sheets),
      ...keptMarks(snapshot.marks, sheets),
      ...sidikMark(snapshot.marks, sheets, workbook.sidik),
    ],
    activeSheet: sheets[0]!.name,
    documents: available,
    notices: [
      ...[...places.values()].flatMap(renamedNotice),
      // A document asked for by name but not possible says why; by default the pane lists what each needs.
      ...(options.documents ?? []).flatMap((kind) => {
        const availability = available.find((a) => a.kind === kind)!;
        return availability.available || !availability.needs ? [] : [availability.needs];
      }),
    ],
  };
}

function noDocument(asked: readonly DocumentKind[], available: readonly DocumentAvailability[]): Unusable {
  const needs = asked.map((kind) => available.find((a) => a.kind === kind)!.needs?.id).filter((n) => n !== undefined);
  return { ok: false, reason: "no-document", message: `Tidak ada yang dibuat. ${needs.join(" ")}`.trim() };
}

function columnMarks(columns: ComputedColumnsPlan): NameMark[] {
  return columns.columns.map((c) => ({
    name: columnMarkName(c.key),
    sheet: columns.sheet,
    rect: { top: columns.headerRow, left: c.column, bottom: columns.headerRow, right: c.column },
  }));
}

function sheetMarks(sheets: readonly SheetPlan[]): NameMark[] {
  return [
    ...sheets.map((plan) => ({
      name: sheetMarkName(plan.kind),
      sheet: plan.name,
      rect: { top: 0, left: 0, bottom: 0, right: 0 },
    })),
    ...sheets.flatMap((plan) =>
      plan.regions.map((region) => ({ name: regionMarkName(region.key), sheet: plan.name, rect: region.rect })),
    ),
  ];
}

/**
 * LAPKIN's sheets not made this time (a document not asked for) stay, and so do their marks and
 * free-text places: a door replaces every LAPKIN name with this list.
 */
function keptMarks(marks: FoundMarks, sheets: readonly SheetPlan[]): NameMark[] {
  const written = new Set(sheets.map((s) => s.kind));
  const kept: NameMark[] = [];
  for (const [kind, sheet] of marks.sheets) {
    if (written.has(kind)) continue;
    kept.push({ name: sheetMarkName(kind), sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } });
    for (const [key, placeOf] of marks.regions) {
      if (placeOf.sheet === sheet) kept.push({ name: regionMarkName(key), sheet, rect: placeOf.rect });
    }
  }
  return kept;
}

/** The fingerprint of the figures the report's sentences come from: new with a new report, else the old one kept. */
function sidikMark(marks: FoundMarks, sheets: readonly SheetPlan[], sidik: string): NameMark[] {
  if (sheets.some((s) => s.kind === "laporan")) return [{ name: SIDIK_MARK, constant: sidik }];
  return marks.sidik === null ? [] : [{ name: SIDIK_MARK, constant: marks.sidik }];
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
