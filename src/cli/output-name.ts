import { basename } from "path";
import { reportFileName } from "../xlsx/report-file-name";

/**
 * Excel opens a workbook only when its name's extension matches its content: a macro workbook
 * named .xlsx, or a plain one named .xlsm, is refused as "format or extension not valid".
 */
const MACRO_EXTENSION = /\.xlsm$/i;

const isMacroWorkbook = (name: string) => MACRO_EXTENSION.test(name);

/** IN.xlsx -> IN-laporan.xlsx, IN.xlsm -> IN-laporan.xlsm. */
export const defaultOutput = reportFileName;

/** Why `output` can't hold a copy of `input` (null when it can), in the user's words. */
export function extensionProblem(input: string, output: string): string | null {
  if (isMacroWorkbook(input) && !isMacroWorkbook(output))
    return `${input} adalah workbook bermakro (.xlsm), dan Excel tidak membuka workbook bermakro bernama ${basename(output)}; pilih nama berakhiran .xlsm dengan -o.`;
  if (!isMacroWorkbook(input) && isMacroWorkbook(output))
    return `${input} bukan workbook bermakro, dan Excel tidak membuka workbook tanpa makro bernama ${basename(output)}; pilih nama berakhiran .xlsx dengan -o.`;
  return null;
}

/** The sample workbook holds no macros. */
export function sampleExtensionProblem(output: string): string | null {
  return isMacroWorkbook(output)
    ? `workbook contoh tidak bermakro, dan Excel tidak membukanya dengan nama ${basename(output)}; pilih nama berakhiran .xlsx dengan -o.`
    : null;
}
