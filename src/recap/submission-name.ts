/** What a file found among a unit's submissions is, by its name. */
export type SubmissionKind = "workbook" | "old-workbook" | "not-a-submission";

const WORKBOOK = /\.xls[xm]$/i;
const OLD_WORKBOOK = /\.xls$/i;
/**
 * Files a folder of submissions holds that are no one's report: Excel's lock file of an open
 * workbook (~$name.xlsx), and the ._name files macOS leaves on a flash drive.
 */
const NOT_A_SUBMISSION = /^(~\$|\._)/;

/** A lock file or a macOS leftover: skipped wherever it is found, folder or file. */
export const isLeftBehind = (name: string) => NOT_A_SUBMISSION.test(name);

/**
 * A file found in a folder: an .xlsx or .xlsm workbook to recap, an old .xls workbook (a unit that
 * sent one has sent nothing LAPKIN can read: it is named as a file to save again), or anything else,
 * left alone. A file the user names or picks on its own is read whatever its name.
 */
export function submissionKind(fileName: string): SubmissionKind {
  if (isLeftBehind(fileName)) return "not-a-submission";
  if (WORKBOOK.test(fileName)) return "workbook";
  if (OLD_WORKBOOK.test(fileName)) return "old-workbook";
  return "not-a-submission";
}

/** Why an old .xls workbook is not recapped, and what to do. */
export const oldWorkbookReason = (fileName: string) =>
  `${fileName} adalah workbook .xls lama; buka di Excel lalu simpan sebagai Excel Workbook (.xlsx)`;

/** The recap's file name wherever LAPKIN chooses it (the command line's default, the browser's download). */
export const RECAP_FILE_NAME = "lapkin-rekap.xlsx";
