import DecimalJs from "decimal.js";

/**
 * The one Decimal constructor of the engine. Forty significant digits hold any rupiah budget with
 * room to spare, and ROUND_HALF_UP in decimal.js is half away from zero, which is Excel's ROUND.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;

export const HUNDRED = new Decimal(100);

/** The figures of a report are printed with two decimals; every derived figure is rounded so. */
export const REPORT_DECIMALS = 2;
