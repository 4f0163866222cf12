/**
 * The name a generated workbook gets beside its source: IN.xlsx -> IN-laporan.xlsx,
 * IN.xlsm -> IN-laporan.xlsm (the extension as the user typed it). Excel opens a workbook only
 * when its extension matches its content, so a macro workbook keeps .xlsm.
 */
export function reportFileName(input: string): string {
  const extension = /\.xls[xm]$/i.exec(input)?.[0] ?? "";
  return `${input.slice(0, input.length - extension.length)}-laporan${extension || ".xlsx"}`;
}
