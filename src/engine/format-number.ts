import { Decimal, REPORT_DECIMALS } from "./decimal";
import { shownDecimals } from "./precision";

export interface FormatOptions {
  /** Decimals shown; the value is rounded half away from zero to them first. */
  decimals?: number;
  /** Show trailing zeros (90,00) rather than trimming them (90). */
  fixed?: boolean;
}

/** One way of printing (decimals, and whether trailing zeros show), and the figures it printed last. */
interface Notation {
  readonly format: Intl.NumberFormat;
  /** By the decimal's exact string: a report prints the same targets, TW values and capaian many times over. */
  readonly printed: Map<string, string>;
}

/** Figures remembered per notation: enough for a report's repeated values, bounded over a long session. */
const REMEMBERED = 10_000;
const notations: Notation[] = [];

function notationFor(decimals: number, fixed: boolean): Notation {
  const index = decimals * 2 + (fixed ? 1 : 0);
  let notation = notations[index];
  if (!notation) {
    const format = new Intl.NumberFormat("id-ID", {
      minimumFractionDigits: fixed ? decimals : 0,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    notations[index] = notation = { format, printed: new Map() };
  }
  return notation;
}

/**
 * Indonesian notation: decimal comma, thousands dot (2.180.922.481; 84,87). Intl formats the
 * decimal's exact string, so no binary float ever touches the printed figure.
 */
export function formatNumber(value: Decimal | number, options: FormatOptions = {}): string {
  const exact = (value instanceof Decimal ? value : new Decimal(value)).toString();
  const notation = notationFor(options.decimals ?? REPORT_DECIMALS, options.fixed ?? true);
  const known = notation.printed.get(exact);
  if (known !== undefined) return known;
  // Intl.NumberFormat.format takes a decimal string exactly (ES2023) and rounds it half away from
  // zero (its default rounding mode, as Excel's ROUND) to the decimals shown. The cast is for older lib types.
  const text = notation.format.format(exact as unknown as number);
  const printed = text === "-0" || /^-0(,0+)?$/.test(text) ? text.slice(1) : text;
  if (notation.printed.size >= REMEMBERED) notation.printed.clear();
  notation.printed.set(exact, printed);
  return printed;
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
