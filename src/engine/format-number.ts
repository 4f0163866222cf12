import { Decimal, REPORT_DECIMALS } from "./decimal";
import { roundHalfAwayFromZero } from "./round";

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
  const rounded = roundHalfAwayFromZero(new Decimal(value), decimals);
  // Intl.NumberFormat.format takes a decimal string exactly (ES2023); the cast is for older lib types.
  const text = formatterFor(decimals, options.fixed ?? true).format(rounded.toFixed(decimals) as unknown as number);
  return text === "-0" || /^-0(,0+)?$/.test(text) ? text.slice(1) : text;
}

/** Rupiah, whole: Rp 2.180.922.481. */
export function formatRupiah(value: Decimal | number): string {
  return `Rp ${formatNumber(value, { decimals: 0 })}`;
}

/** A percentage as the report prints it: 94,74 %. */
export function formatPercent(value: Decimal | number): string {
  return `${formatNumber(value)} %`;
}
