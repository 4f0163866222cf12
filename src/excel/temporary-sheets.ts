import { textKey } from "../engine";
import { MARK_PREFIX, parseReference, type FoundName } from "../workbook/marks";
import { actionBytes, pathBytes } from "./request-size";
import { sharedOfWorkbook, type WriteStep } from "./write-step";

/**
 * A LAPKIN sheet is written over several syncs under a temporary name, hidden, and given its name
 * and place only once complete (swap-step.ts): if Excel fails part-way, the user's earlier report
 * is still there and nothing half-written is visible. Each temporary sheet is marked by a hidden
 * name, so that one left by a run that could not clean up is recognised and removed next time.
 */
export const TEMPORARY_MARK = `${MARK_PREFIX}SEMENTARA_`;

/** "LAPKIN sementara 1", ...: names no sheet of the workbook has. */
export function temporaryNames(count: number, sheetNames: readonly string[]): string[] {
  const taken = new Set(sheetNames.map(textKey));
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `LAPKIN sementara ${n}`;
    if (!taken.has(textKey(name))) names.push(name);
  }
  return names;
}

export const temporaryMarkName = (index: number) => `${TEMPORARY_MARK}${index + 1}`;

/** Sheets an interrupted earlier run left behind, known by their temporary marks. */
export function leftoverSheets(names: readonly FoundName[], sheetNames: readonly string[]): string[] {
  const actual = new Map(sheetNames.map((name) => [textKey(name), name] as const));
  return names
    .filter((n) => n.name.toUpperCase().startsWith(TEMPORARY_MARK))
    .map((n) => parseReference(n.reference)?.sheet)
    .map((sheet) => (sheet === undefined ? undefined : actual.get(textKey(sheet))))
    .filter((sheet): sheet is string => sheet !== undefined);
}

/** The hidden name marking a temporary sheet as LAPKIN's (ExcelApi 1.4, like every mark). */
export function temporaryMarkStep(index: number, reference: string): WriteStep {
  const name = temporaryMarkName(index);
  const formula = `=${reference}`;
  return {
    bytes: pathBytes("method", "Add", [name, formula, null]) + actionBytes("set", "Visible", [false]),
    shares: sharedOfWorkbook("Names"),
    queue: (scope) => {
      scope.context.workbook.names.add(name, formula).visible = false;
    },
  };
}
