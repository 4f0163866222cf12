import { textKey } from "../engine";
import { MARK_PREFIX, markReference, parseReference, type FoundName } from "../workbook/marks";
import { actionBytes, pathBytes } from "./request-size";
import { sharedOfWorkbook, type WriteStep } from "./write-step";

/**
 * A LAPKIN sheet is written over several syncs under a temporary name, hidden, and given its name
 * and place only once complete (swap-step.ts): if Excel fails part-way, the user's earlier report
 * is still there and nothing half-written is visible. Each temporary sheet is marked by a hidden
 * name, so that one left by a run that could not clean up is recognised and removed next time.
 */
export const TEMPORARY_MARK = `${MARK_PREFIX}SEMENTARA_`;

export interface Temporary {
  /** "LAPKIN sementara 2". */
  readonly sheet: string;
  /** "_LAPKIN_SEMENTARA_2". */
  readonly mark: string;
}

/** Temporary sheets and their marks under numbers no sheet and no defined name of the workbook has. */
export function temporaries(count: number, sheetNames: readonly string[], definedNames: readonly string[]): Temporary[] {
  const taken = new Set([...sheetNames, ...definedNames].map(textKey));
  const found: Temporary[] = [];
  for (let n = 1; found.length < count; n++) {
    const candidate = { sheet: `LAPKIN sementara ${n}`, mark: `${TEMPORARY_MARK}${n}` };
    if (!taken.has(textKey(candidate.sheet)) && !taken.has(textKey(candidate.mark))) found.push(candidate);
  }
  return found;
}

export const isTemporaryMark = (name: string) => name.toUpperCase().startsWith(TEMPORARY_MARK);

/** Sheets an interrupted earlier run left behind, known by their temporary marks. */
export function leftoverSheets(names: readonly FoundName[], sheetNames: readonly string[]): string[] {
  const actual = new Map(sheetNames.map((name) => [textKey(name), name] as const));
  return names
    .filter((n) => isTemporaryMark(n.name))
    .map((n) => parseReference(n.reference)?.sheet)
    .map((sheet) => (sheet === undefined ? undefined : actual.get(textKey(sheet))))
    .filter((sheet): sheet is string => sheet !== undefined);
}

/** The hidden name marking a temporary sheet as LAPKIN's (ExcelApi 1.4, like every mark). */
export function temporaryMarkStep(temporary: Temporary): WriteStep {
  const name = temporary.mark;
  const formula = `=${markReference(temporary.sheet, { top: 0, left: 0, bottom: 0, right: 0 })}`;
  return {
    bytes: pathBytes("method", "Add", [name, formula, null]) + actionBytes("set", "Visible", [false]),
    shares: sharedOfWorkbook("Names"),
    queue: (scope) => {
      scope.context.workbook.names.add(name, formula).visible = false;
    },
  };
}

/** Best effort after a failure: the temporary sheets that were made go (their marks go with the next run). */
export async function removeTemporarySheets(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const present = worksheets.items.filter((s) => names.includes(s.name));
    for (const sheet of present) sheet.delete();
    if (present.length > 0) await context.sync();
  } catch {
    // Excel is unreachable; the next run finds the sheets by their marks and removes them.
  }
}
