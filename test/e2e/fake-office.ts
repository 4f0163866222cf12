/**
 * Stands in for office.js inside the e2e page: Office says it runs in Excel, Excel.run hands the
 * pane the Office.js test double holding the sample workbook, and the ribbon's handlers given to
 * Office.actions.associate are kept so a test can press a ribbon button. Bundled for the browser
 * by the test.
 */
import { sampleGrids } from "../../src/workbook/sample-workbook";
import { ExcelDouble } from "../support/office-double/excel-double";
import type { StoredValue } from "../support/office-double/model";

const double = new ExcelDouble();
const grids = sampleGrids();
double.seed("Info", grids.info as StoredValue[][]);
double.seed("Indikator", grids.indikator as StoredValue[][]);

const actions = new Map<string, (event: { completed: () => void }) => unknown>();

Object.assign(window, {
  __lapkinDouble: double,
  __lapkinActions: actions,
  /** A user typing into a cell of the workbook (0-based row and column). */
  __lapkinType: (sheet: string, row: number, column: number, value: string | number) => {
    double.sheet(sheet)!.cell(row, column).value = value;
  },
  Office: {
    HostType: { Excel: "Excel" },
    onReady: (callback?: (info: { host: string }) => void) => {
      callback?.({ host: "Excel" });
      return Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
    },
    context: { requirements: { isSetSupported: () => true } },
    addin: { showAsTaskpane: () => Promise.resolve() },
    actions: { associate: (id: string, handler: (event: { completed: () => void }) => unknown) => actions.set(id, handler) },
  },
  Excel: { run: <T>(batch: (context: unknown) => Promise<T>) => batch(double.context) },
});
