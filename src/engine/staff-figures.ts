import { unroundedCapaian, type CapaianRule } from "./capaian";
import { Decimal, HUNDRED, REPORT_DECIMALS } from "./decimal";
import type { Derivation } from "./evaluate-indicator";
import { raiseFlag, type RaisedFlag } from "./flags";
import { formatFigure, formatNumber } from "./format-number";
import type { FieldValue } from "./read-field";
import { roundHalfAwayFromZero } from "./round";

/**
 * The staff's own figures: a capaian or penyerapan someone typed beside the data is compared with
 * LAPKIN's and flagged at a difference of 0,01 or more, saying what it should be and, where it can
 * tell, why it differs. Real reports get these wrong in about one row in fifteen (DOMAIN.md).
 */
const TOLERANCE = new Decimal("0.01");

interface CapaianFacts {
  /** LAPKIN's capaian, 2 decimals. */
  readonly capaian: Decimal;
  readonly target: Decimal;
  readonly realisasi: { readonly value: Decimal; readonly derivation: Derivation };
  readonly rule: CapaianRule;
}

/** A reason the typed figure differs, when trying it by another route gives exactly the typed figure. */
interface Route {
  readonly sebab: string;
  readonly value: Decimal | null;
}

export function checkStaffCapaian(typed: FieldValue, facts: CapaianFacts): RaisedFlag[] {
  if (typed.value === null) return [];
  const { capaian, target, realisasi, rule } = facts;
  if (typed.value.minus(capaian).abs().lessThan(TOLERANCE)) return [];

  const exact = floored(unroundedCapaian(target, realisasi.value, rule), rule);
  const raw = unroundedRealisasi(realisasi.derivation);
  const other: CapaianRule = { arah: "turun", rumusTurun: rule.rumusTurun === "2T-R" ? "T/R" : "2T-R" };
  const routes: Route[] = [
    { sebab: "angkanya dipotong, bukan dibulatkan", value: truncate(exact) },
    {
      sebab: "dihitung dari realisasi sebelum dibulatkan",
      value:
        raw && !raw.equals(realisasi.value) ? roundHalfAwayFromZero(floored(unroundedCapaian(target, raw, rule), rule)) : null,
    },
    {
      sebab: `memakai rumus arah turun ${other.rumusTurun}, bukan ${rule.rumusTurun} yang dipakai workbook ini`,
      value:
        rule.arah === "turun" && !(other.rumusTurun === "T/R" && realisasi.value.isZero())
          ? roundHalfAwayFromZero(floored(unroundedCapaian(target, realisasi.value, other), other))
          : null,
    },
    {
      sebab: "memakai R / T untuk indikator arah turun (makin rendah makin baik)",
      value: rule.arah === "turun" ? roundHalfAwayFromZero(realisasi.value.dividedBy(target).times(HUNDRED)) : null,
    },
    { sebab: "ditulis sebagai pecahan, bukan persen", value: fractionOf(capaian) },
  ];
  return [
    raiseFlag("CAPAIAN_TIDAK_COCOK", "capaianStaf", {
      diketik: formatFigure(typed.value),
      benar: formatNumber(capaian),
      rumus: `${capaianWords(target, realisasi.value, rule)} = ${formatNumber(exact, { decimals: 4, fixed: false })}`,
      sebab: matchingRoute(typed.value, routes),
    }),
  ];
}

export function checkStaffPenyerapan(
  typed: FieldValue,
  budget: { readonly anggaran: Decimal | null; readonly realisasiAnggaran: Decimal | null; readonly penyerapan: Decimal | null },
): RaisedFlag[] {
  const { anggaran, realisasiAnggaran, penyerapan } = budget;
  if (typed.value === null || penyerapan === null || anggaran === null || realisasiAnggaran === null) return [];
  if (typed.value.minus(penyerapan).abs().lessThan(TOLERANCE)) return [];
  const exact = realisasiAnggaran.dividedBy(anggaran).times(HUNDRED);
  return [
    raiseFlag("PENYERAPAN_TIDAK_COCOK", "penyerapanStaf", {
      diketik: formatFigure(typed.value),
      benar: formatNumber(penyerapan),
      rumus: `realisasi anggaran / anggaran x 100 = ${formatNumber(exact, { decimals: 4, fixed: false })}`,
      sebab: matchingRoute(typed.value, [
        { sebab: "angkanya dipotong, bukan dibulatkan", value: truncate(exact) },
        { sebab: "ditulis sebagai pecahan, bukan persen", value: fractionOf(penyerapan) },
      ]),
    }),
  ];
}

/** The first route that gives the typed figure exactly (at its own decimals), or null. */
function matchingRoute(typed: Decimal, routes: readonly Route[]): string | null {
  const places = Math.max(REPORT_DECIMALS, typed.decimalPlaces());
  return routes.find((r) => r.value !== null && roundHalfAwayFromZero(r.value, places).equals(typed))?.sebab ?? null;
}

function truncate(value: Decimal): Decimal {
  return value.toDecimalPlaces(REPORT_DECIMALS, Decimal.ROUND_DOWN);
}

/** 98,34 % written as 0,9834. */
function fractionOf(percent: Decimal): Decimal {
  return percent.dividedBy(HUNDRED);
}

function floored(value: Decimal, rule: CapaianRule): Decimal {
  return rule.arah === "turun" && rule.rumusTurun === "2T-R" && value.isNegative() ? new Decimal(0) : value;
}

/** The realisasi before it was rounded for printing, where it was derived. */
function unroundedRealisasi(derivation: Derivation): Decimal | null {
  switch (derivation.kind) {
    case "triwulan": {
      const { metode, dipakai } = derivation.aggregate;
      const sum = Decimal.sum(...dipakai.map((q) => q.value));
      if (metode === "jumlah") return sum;
      if (metode === "rata-rata") return sum.dividedBy(dipakai.length);
      return null;
    }
    case "rasio":
      return derivation.pembilang.dividedBy(derivation.penyebut).times(HUNDRED);
    case "manual":
      return null;
  }
}

/** "85,385 / 100 x 100" by the row's direction and formula, with the figures themselves. */
export function capaianWords(target: Decimal, realisasi: Decimal, rule: CapaianRule): string {
  const [t, r] = [formatFigure(target), formatFigure(realisasi)];
  if (rule.arah === "naik") return `${r} / ${t} x 100`;
  if (rule.rumusTurun === "T/R") return `${t} / ${r} x 100`;
  return `(2 x ${t} - ${r}) / ${t} x 100`;
}
