import { formatNumber } from "../engine";
import { ranksOf } from "./rank";
import type { RecapPlans } from "./recap-pipeline";
import { unitLabel } from "./unit-label";

/** A unit of a recap as the pane ranks it: plain, already formatted. */
export interface RecapUnitView {
  /** Its rank by rata-rata capaian, as Rekap Unit's Peringkat (1, 2, 2, 4); null without a capaian. */
  readonly peringkat: number | null;
  readonly unit: string;
  /** "98,34", or "–". */
  readonly rataRata: string;
  /** The bar's length; null where the unit has no rata-rata capaian. */
  readonly nilai: number | null;
  readonly predikat: string;
  /** "94,74", or "–". */
  readonly penyerapan: string;
}

/** What the pane shows after a recap: its title and its units, best first. */
export interface RecapView {
  readonly title: string;
  /** Ranked, best first (equal ranks in Rekap Unit's order), those without a rank last; at most RECAP_VIEW_UNITS. */
  readonly units: readonly RecapUnitView[];
  /** How many units the recap has (more than `units` holds when the recap is long). */
  readonly total: number;
}

/** Units the pane ranks at most: Rekap Unit has them all. */
export const RECAP_VIEW_UNITS = 30;

const shown = (value: number | null) => (value === null ? "–" : formatNumber(value));

/** The recap's units ranked for the pane, small enough to cross from the worker in one message. */
export function recapView(plans: RecapPlans): RecapView {
  const ranks = ranksOf(plans.units.map((u) => u.rataRataCapaian));
  const units = plans.units
    .map((unit, i): RecapUnitView & { readonly order: number } => ({
      order: i,
      peringkat: ranks[i]!,
      unit: unitLabel(unit),
      rataRata: shown(unit.rataRataCapaian),
      nilai: unit.rataRataCapaian,
      predikat: unit.predikat ?? "–",
      penyerapan: shown(unit.penyerapan),
    }))
    .sort((a, b) => (a.peringkat ?? Infinity) - (b.peringkat ?? Infinity) || a.order - b.order)
    .slice(0, RECAP_VIEW_UNITS)
    .map(({ order: _order, ...unit }) => unit);
  return { title: [plans.title, plans.region].filter(Boolean).join(", "), units, total: plans.units.length };
}
