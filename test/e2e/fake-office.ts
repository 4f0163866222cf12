/**
 * Stands in for office.js inside the e2e page: Office says it runs in Excel, and Excel.run hands
 * the pane the Office.js test double holding the sample workbook. Bundled for the browser by the test.
 */
import { sampleGrids } from "../../src/workbook/sample-workbook";
import { ExcelDouble } from "../support/office-double/excel-double";
import type { StoredValue } from "../support/office-double/model";

const double = new ExcelDouble();
const grids = sampleGrids();
double.seed("Info", grids.info as StoredValue[][]);
double.seed("Indikator", grids.indikator as StoredValue[][]);

Object.assign(window, {
  __lapkinDouble: double,
  Office: {
    HostType: { Excel: "Excel" },
    onReady: (callback?: (info: { host: string }) => void) => {
      callback?.({ host: "Excel" });
      return Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
    },
    context: { requirements: { isSetSupported: () => true } },
    addin: { showAsTaskpane: () => Promise.resolve() },
    actions: { associate: () => undefined },
  },
  Excel: { run: <T>(batch: (context: unknown) => Promise<T>) => batch(double.context) },
});
