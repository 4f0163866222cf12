import { FORMULA_ERROR_CASES, PRECISION_FORMULA_CASES, SEED_FORMULA_CASES } from "../support/formula-cases";
import { installCustomFunctionsStub, StubFunctionError } from "../support/custom-functions-stub";

installCustomFunctionsStub();
// Imported after the stand-in exists, as Excel loads the file after CustomFunctions is there.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const functions = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

const BY_ID: Record<string, (...args: never[]) => unknown> = {
  CAPAIAN: functions.capaian,
  REALISASI: functions.realisasi,
  CATATAN: functions.catatan,
  PENYERAPAN: functions.penyerapan,
  EFISIENSI: functions.efisiensi,
  BIAYAPERUNIT: functions.biayaPerUnit,
  PREDIKAT: functions.predikat,
  MUTUIKM: functions.mutuIkm,
  ANGKA: functions.angka,
};

const call = (id: string, args: readonly unknown[]) => (BY_ID[id] as (...a: unknown[]) => unknown)(...args);

describe("LAPKIN formulas (sources)", () => {
  test.each([...SEED_FORMULA_CASES, ...PRECISION_FORMULA_CASES].map((c) => [`${c.id}(${JSON.stringify(c.args)})`, c] as const))(
    "%s",
    (_, c) => {
      expect(call(c.id, c.args)).toEqual(c.expected);
    },
  );

  test.each(FORMULA_ERROR_CASES.map((c) => [`${c.id}(${JSON.stringify(c.args)}) gives ${c.code}`, c] as const))("%s", (_, c) => {
    let thrown: unknown;
    try {
      call(c.id, c.args);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StubFunctionError);
    expect((thrown as StubFunctionError).code).toBe(c.code);
    if (c.message) expect((thrown as StubFunctionError).message).toContain(c.message);
  });

  test("an error's message never shows null nor offers a fallback it did not use", () => {
    for (const c of FORMULA_ERROR_CASES) {
      try {
        call(c.id, c.args);
      } catch (error) {
        const message = (error as StubFunctionError).message ?? "";
        expect({ call: c.id, message }).not.toEqual({
          call: c.id,
          message: expect.stringMatching(/null|undefined|NaN|sementara dipakai/),
        });
      }
    }
  });

  test("results are plain JS numbers rounded to 2 decimals, never binary-float noise", () => {
    // 0,1 + 0,2 as quarters: a float sum would print 0,30000000000000004.
    expect(functions.realisasi([[0.1, 0.2, null, null]], "Jumlah", "TW II")).toBe(0.3);
    expect(functions.capaian(3, 1)).toBe(33.33);
  });
});
