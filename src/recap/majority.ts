import { textKey } from "../engine";

/** The value most units give, and how many give it out of how many that give one at all. */
export interface Majority {
  readonly value: string;
  readonly count: number;
  readonly of: number;
}

/**
 * The value given by most, compared ignoring case, spaces and punctuation; units that give none
 * don't vote. A tie goes to the value `later` puts last (the later year, the later period): in a
 * folder collected for a new report, the older files are the odd ones. Null when nobody gives one.
 */
export function majorityOf(values: readonly (string | null)[], later: (a: string, b: string) => number): Majority | null {
  const counts = new Map<string, { value: string; count: number }>();
  let of = 0;
  for (const value of values) {
    if (value === null || textKey(value) === "") continue;
    of++;
    const key = textKey(value);
    const found = counts.get(key);
    if (found) found.count++;
    else counts.set(key, { value, count: 1 });
  }
  let best: { value: string; count: number } | null = null;
  for (const candidate of counts.values()) {
    if (!best || candidate.count > best.count || (candidate.count === best.count && later(candidate.value, best.value) > 0))
      best = candidate;
  }
  return best && { value: best.value, count: best.count, of };
}

/** Years by their number where they are numbers ("2024" after "2023"), else by their text. */
export function laterYear(a: string, b: string): number {
  const [x, y] = [Number(a.trim()), Number(b.trim())];
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : a.localeCompare(b);
}

const PERIOD_ORDER = ["TW I", "TW II", "TW III", "TW IV", "Tahunan"];

/** Periods in the year's order, the annual report last. */
export function laterPeriod(a: string, b: string): number {
  return PERIOD_ORDER.indexOf(a) - PERIOD_ORDER.indexOf(b);
}

/** Whether a unit's value is the majority's (a unit that gives none is not). */
export function agrees(value: string | null, majority: Majority): boolean {
  return value !== null && textKey(value) === textKey(majority.value);
}
