import { AGREGASI_LABELS } from "./choices";
import { Decimal } from "./decimal";
import { quarterField, QUARTERS, type Quarter } from "./fields";
import { raiseFlag, type RaisedFlag } from "./flags";
import { computed, notComputable, type Outcome } from "./outcome";
import { derivedDecimals } from "./precision";
import { quarterListInWords } from "./quarter-list";
import { roundHalfAwayFromZero } from "./round";

export type QuarterMethod = "jumlah" | "rata-rata" | "akhir";

export interface QuarterValue {
  readonly tw: Quarter;
  readonly value: Decimal;
}

export interface QuarterAggregate {
  readonly metode: QuarterMethod;
  /**
   * Rounded to 2 decimals, or to its most precise quarter's decimals if more: the figure the report
   * prints and capaian is computed from.
   */
  readonly realisasi: Decimal;
  /** The decimals `realisasi` was rounded to. */
  readonly decimals: number;
  /** The quarters that formed it, in order. */
  readonly dipakai: readonly QuarterValue[];
  /** Quarters due in the period that have no value. */
  readonly hilang: readonly Quarter[];
}

export interface AggregationRequest {
  /** TW 1..TW 4 in order; null is an empty cell (missing), 0 is a value. */
  readonly values: readonly (Decimal | null)[];
  readonly metode: QuarterMethod;
  /** The last quarter of the reporting period: TW IV means all four are due. */
  readonly periode: Quarter;
  /** Who produces the figure (Sumber Data), named when a quarter is missing. */
  readonly sumber?: string | null;
}

/**
 * Realisasi from quarterly values. A quarter past the period is ignored (flagged); a missing
 * quarter in the period leaves the others to form the figure, flagged with how they did.
 */
export function aggregateQuarters(request: AggregationRequest): Outcome<QuarterAggregate> {
  const { metode, periode } = request;
  const flags: RaisedFlag[] = [];
  const dipakai: QuarterValue[] = [];
  const hilang: Quarter[] = [];

  for (const tw of QUARTERS) {
    const value = request.values[tw - 1] ?? null;
    if (tw > periode) {
      if (value !== null) flags.push(raiseFlag("TW_DI_LUAR_PERIODE", quarterField(tw), { periode }));
    } else if (value === null) {
      hilang.push(tw);
    } else {
      dipakai.push({ tw, value });
    }
  }

  if (dipakai.length === 0) return notComputable(raiseFlag("REALISASI_KOSONG", "realisasi", {}), ...flags);

  const decimals = derivedDecimals(dipakai.map((q) => q.value));
  const realisasi = roundHalfAwayFromZero(combine(metode, dipakai), decimals);
  const aggregate: QuarterAggregate = { metode, realisasi, decimals, dipakai, hilang };
  const basis = describeBasis(aggregate);
  const missingFlags = hilang.map((tw) =>
    raiseFlag("TW_HILANG", quarterField(tw), { tw, dipakai: basis, sumber: request.sumber ?? null }),
  );
  return computed(aggregate, [...missingFlags, ...flags]);
}

function combine(metode: QuarterMethod, dipakai: readonly QuarterValue[]): Decimal {
  switch (metode) {
    case "jumlah":
      return Decimal.sum(...dipakai.map((q) => q.value));
    case "rata-rata":
      return Decimal.sum(...dipakai.map((q) => q.value)).dividedBy(dipakai.length);
    case "akhir":
      return dipakai[dipakai.length - 1]!.value;
  }
}

/** "rata-rata TW 1-3", "jumlah TW 1, 2 dan 4", "nilai akhir TW 3": what formed the realisasi. */
export function describeBasis(aggregate: Pick<QuarterAggregate, "metode" | "dipakai">): string {
  const quarters = quarterListInWords(aggregate.dipakai.map((q) => q.tw));
  return aggregate.metode === "akhir"
    ? `nilai akhir ${quarters}`
    : `${AGREGASI_LABELS[aggregate.metode].toLowerCase()} ${quarters}`;
}
