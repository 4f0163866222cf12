import { writeRecapInExcel } from "../../src/excel/recap-in-excel";
import { buildRecap } from "../../src/recap/recap-pipeline";
import type { UnitSummary } from "../../src/recap/unit-summary";
import { PAYLOAD_LIMIT } from "../support/office-double/excel-double";
import { indicatorRows, seedGrids } from "../support/grids";
import { ALL_CAPABILITIES, excelWith } from "../support/office-double/run";
import { summaryOf, unitInfo } from "../recap/support/units";

/**
 * A kabupaten's recap is large (hundreds of units, thousands of indicators): written into Excel in
 * as many syncs as keep each request under Excel on the web's 5 MB, each sync's estimate an upper
 * bound of what Office.js sends (the double measures it), calculation suspended while writing.
 */
jest.setTimeout(240_000);

const UNITS = 600;
const INDICATORS = 40;

test(`a recap of ${UNITS} units x ${INDICATORS} indicators fits Excel's request limit, sync by sync`, async () => {
  const one = summaryOf({ info: unitInfo("Dinas Contoh"), indikator: indicatorRows(INDICATORS) }, "kiriman/contoh.xlsx");
  const units: UnitSummary[] = Array.from({ length: UNITS }, (_, i) => ({
    ...one,
    unitKerja: `Dinas ${i + 1}`,
    file: `kiriman/dinas-${i + 1}.xlsx`,
  }));
  const plans = buildRecap({ units, skipped: [], expected: null });
  const grids = seedGrids();
  const { double, context } = excelWith({ Info: grids.info, Indikator: grids.indikator });
  const before = double.syncs;

  await writeRecapInExcel(context, ALL_CAPABILITIES, plans);

  const writes = double.requests.slice(before + 1);
  expect(writes.length).toBeGreaterThan(1);
  expect(double.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
  expect(writes.every((r) => r.calculationSuspended && r.writesWhileCalculating === 0)).toBe(true);
  expect(double.sheet("Rekap Indikator")!.usedArea()!.bottom).toBe(plans.sheets[1]!.frozenRows + UNITS * INDICATORS - 1);
});
