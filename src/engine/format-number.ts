import { Decimal, REPORT_DECIMALS } from "./decimal";
import { shownDecimals } from "./precision";

export interface FormatOptions {
  /** Decimals shown; the value is rounded half away from zero to them first. */
  decimals?: number;
  /** Show trailing zeros (90,00) rather than trimming them (90). */
  fixed?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(decimals: number, fixed: boolean): Intl.NumberFormat {
  const key = `${decimals}:${fixed}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("id-ID", {
      minimumFractionDigits: fixed ? decimals : 0,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Indonesian notation: decimal comma, thousands dot (2.180.922.481; 84,87). Intl formats the
 * decimal's exact string, so no binary float ever touches the printed figure.
 */
export function formatNumber(value: Decimal | number, options: FormatOptions = {}): string {
  const decimals = options.decimals ?? REPORT_DECIMALS;
  const decimal = value instanceof Decimal ? value : new Decimal(value);
  // Intl.NumberFormat.format takes a decimal string exactly (ES2023) and rounds it half away from
  // zero (its default rounding mode, as Excel's ROUND) to the decimals shown: the
  // decimal's own string, so no binary float ever touches the printed figure. The cast is for older lib types.
  const text = formatterFor(decimals, options.fixed ?? true).format(decimal.toString() as unknown as number);
  return text === "-0" || /^-0(,0+)?$/.test(text) ? text.slice(1) : text;
}

/** Rupiah as typed: Rp 2.180.922.481, and with its sen where it has them: Rp 1.000.000,50. */
export function formatRupiah(value: Decimal | number): string {
  const amount = new Decimal(value);
  return `Rp ${formatNumber(amount, { decimals: amount.isInteger() ? 0 : 2 })}`;
}

/** A typed figure as typed, with at least the report's two decimals: 90,00; 0,025; 3,638. */
export function formatFigure(value: Decimal): string {
  return formatNumber(value, { decimals: shownDecimals(value) });
}

/** A percentage as the report prints it: 94,74 %. */
export function formatPercent(value: Decimal | number): string {
  return `${formatNumber(value)} %`;
}
