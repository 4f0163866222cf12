import { fileNotRead as notRead, type ProblemLine } from "./problem";
import { buildRecap, type RecapPlans } from "./recap-pipeline";
import { isLeftBehind, oldWorkbookReason, submissionKind } from "./submission-name";
import type { UnitSummary } from "./unit-summary";

/** A file the user picked in the pane (a browser File): its name, its path inside a picked folder, its bytes on demand. */
export interface PickedFile {
  readonly name: string;
  /** "kiriman/dinas-a.xlsx" when picked as part of a folder; "" when picked on its own. */
  readonly webkitRelativePath?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** How a door reads one unit's bytes (the file door's unitFromBytes). */
export type ReadUnitBytes = (
  bytes: Uint8Array,
  shown: string,
) => Promise<{ readonly ok: true; readonly unit: UnitSummary } | { readonly ok: false; readonly problem: ProblemLine }>;

export type PickedRecap = { readonly ok: true; readonly plans: RecapPlans } | { readonly ok: false; readonly message: string };

/**
 * The recap of files picked in the pane, read one at a time (each file's bytes are dropped once it
 * is summarised). Files from a picked folder follow the command line's rules for a folder (its
 * .xlsx and .xlsm, its old .xls named as problems, lock files skipped); a file picked on its own is
 * read whatever its name. `onStep` hears before each file, and once more when all are read.
 */
export async function recapPicked(
  files: readonly PickedFile[],
  readUnit: ReadUnitBytes,
  onStep: (done: number, total: number, shown: string) => void = () => undefined,
): Promise<PickedRecap> {
  const skipped: ProblemLine[] = [];
  const toRead: { file: PickedFile; shown: string }[] = [];
  for (const file of files) {
    const shown = file.webkitRelativePath || file.name;
    if (!file.webkitRelativePath) toRead.push({ file, shown });
    else if (isLeftBehind(file.name)) continue;
    else if (submissionKind(file.name) === "workbook") toRead.push({ file, shown });
    else if (submissionKind(file.name) === "old-workbook") skipped.push(notRead(shown, oldWorkbookReason(file.name)));
  }

  const units: UnitSummary[] = [];
  for (const [i, { file, shown }] of toRead.entries()) {
    onStep(i, toRead.length, shown);
    const bytes = await file.arrayBuffer().then(
      (buffer) => new Uint8Array(buffer),
      () => null,
    );
    const read = bytes
      ? await readUnit(bytes, shown)
      : { ok: false as const, problem: notRead(shown, "file ini tidak dapat dibuka") };
    if (read.ok) units.push(read.unit);
    else skipped.push(read.problem);
  }
  onStep(toRead.length, toRead.length, "");

  if (units.length === 0) {
    const reasons = skipped.slice(0, 3).map((p) => p.pesan);
    const more = skipped.length > 3 ? ` (dan ${skipped.length - 3} lagi)` : "";
    return {
      ok: false,
      message:
        toRead.length === 0 && skipped.length === 0
          ? "Tidak ada file .xlsx atau .xlsm yang dipilih; pilih laporan unit (atau foldernya) lalu coba lagi."
          : `Tidak ada laporan unit yang dapat dibaca dari file yang dipilih, sehingga tidak ada rekap yang dibuat. ${reasons.join(" ")}${more}`,
    };
  }
  return { ok: true, plans: buildRecap({ units, skipped, expected: null }) };
}
