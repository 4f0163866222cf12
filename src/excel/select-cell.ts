/** Shows the user a flagged cell: activates its sheet and selects it ("Indikator!J2"). */
export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const [sheetName, cell] = address.includes("!") ? address.split("!") : [null, address];
  const sheet = sheetName
    ? context.workbook.worksheets.getItem(sheetName.replace(/^'|'$/g, ""))
    : context.workbook.worksheets.getActiveWorksheet();
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}
