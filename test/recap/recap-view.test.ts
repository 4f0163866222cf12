import { buildRecap } from "../../src/recap/recap-pipeline";
import { RECAP_VIEW_UNITS, recapView } from "../../src/recap/recap-view";
import {
  ALPHA,
  ALPHA_EXPECTED,
  BETA,
  BETA_EXPECTED,
  GAMMA,
  GAMMA_EXPECTED,
  summaryOf,
  withCell,
  withInfo,
} from "./support/units";

/** 87.5 as the pane shows it: 87,50. */
const shown = (value: number | null) => (value === null ? "–" : value.toFixed(2).replace(".", ","));

/** Gamma with its one capaian gone (a target of 0 too): a unit without a rata-rata capaian. */
const DELTA = withCell(withInfo(GAMMA, "Unit Kerja", "Kecamatan Delta"), 2, "Target", 0);

describe("a recap's units as the pane ranks them", () => {
  test("best rata-rata capaian first, equal ones sharing a rank in Rekap Unit's order, a unit without one last and unranked", () => {
    const plans = buildRecap({
      units: [
        summaryOf(DELTA, "delta.xlsx"),
        summaryOf(GAMMA, "gamma.xlsx"),
        summaryOf(BETA, "beta.xlsx"),
        summaryOf(ALPHA, "alpha.xlsx"),
      ],
      skipped: [],
      expected: null,
    });
    const view = recapView(plans);
    const [alpha, tiedFirst, tiedSecond, delta] = view.units;
    expect(alpha).toEqual({
      peringkat: 1,
      unit: ALPHA_EXPECTED.unit,
      rataRata: shown(ALPHA_EXPECTED.rataRata),
      nilai: ALPHA_EXPECTED.rataRata,
      predikat: ALPHA_EXPECTED.predikat,
      penyerapan: shown(ALPHA_EXPECTED.penyerapan),
    });
    // Beta and Gamma both average 75: both second, in the order Rekap Unit lists them.
    const order = plans.units.map((u) => u.unitKerja);
    const tied = [BETA_EXPECTED, GAMMA_EXPECTED].sort((a, b) => order.indexOf(a.unit) - order.indexOf(b.unit));
    expect([tiedFirst, tiedSecond].map((u) => [u!.peringkat, u!.unit, u!.rataRata, u!.predikat, u!.penyerapan])).toEqual(
      tied.map((e) => [2, e.unit, shown(e.rataRata), e.predikat, shown(e.penyerapan)]),
    );
    expect(delta).toMatchObject({ peringkat: null, unit: "Kecamatan Delta", rataRata: "–", nilai: null, predikat: "–" });
    expect(view.total).toBe(4);
    expect(view.title).toContain(plans.title);
  });

  test(`a long recap carries its ${RECAP_VIEW_UNITS} best units and says how many there are`, () => {
    const units = Array.from({ length: RECAP_VIEW_UNITS + 5 }, (_, i) =>
      summaryOf(withCell(withInfo(ALPHA, "Unit Kerja", `Kecamatan ${i + 1}`), 1, "Realisasi", 50 + i), `unit-${i + 1}.xlsx`),
    );
    const view = recapView(buildRecap({ units, skipped: [], expected: null }));
    expect(view.total).toBe(RECAP_VIEW_UNITS + 5);
    expect(view.units).toHaveLength(RECAP_VIEW_UNITS);
    expect(view.units.map((u) => u.peringkat)).toEqual(view.units.map((_, i) => i + 1));
    // Higher realisasi, higher rata-rata: the last unit made comes first.
    expect(view.units[0]!.unit).toBe(`Kecamatan ${RECAP_VIEW_UNITS + 5}`);
    const values = view.units.map((u) => u.nilai!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
});
