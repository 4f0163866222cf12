import type { Decimal } from "./decimal";
import { REPORT_DECIMALS } from "./decimal";

/**
 * Decimals a person types go up to about six (an index of 0,0189, a ratio of 0,293). A value with
 * more is a computed one (=12/13*100, or a float's 0,30000000000000004): it carries no meaning in
 * its far digits, and a figure derived from it is printed with the report's usual two.
 */
const MOST_TYPED_DECIMALS = 6;

/** The decimals a value was typed with, as far as they mean something (see MOST_TYPED_DECIMALS). */
export function typedDecimals(value: Decimal): number {
  const places = value.decimalPlaces();
  return places <= MOST_TYPED_DECIMALS ? places : 0;
}

/**
 * The decimals a derived figure is rounded to: two, or as many as its most precise input has if
 * more (DOMAIN.md, "Rounding": the mean of 0,321 and 0,334 is 0,328, not 0,33).
 */
export function derivedDecimals(inputs: readonly Decimal[]): number {
  return inputs.reduce((most, value) => Math.max(most, typedDecimals(value)), REPORT_DECIMALS);
}

/** The decimals a typed figure is shown with: as typed, and at least the report's two (90,00; 0,025). */
export function shownDecimals(value: Decimal): number {
  return Math.max(REPORT_DECIMALS, typedDecimals(value));
}
