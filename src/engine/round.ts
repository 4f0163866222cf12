import { Decimal, REPORT_DECIMALS } from "./decimal";

/** Excel's ROUND: half away from zero, so 0,125 -> 0,13 and -0,125 -> -0,13. */
export function roundHalfAwayFromZero(value: Decimal, decimals: number = REPORT_DECIMALS): Decimal {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}
