import { aggregateQuarters, capaian, QUARTERS, type Decimal, type Quarter, type QuarterMethod, type RumusTurun } from "../engine";
import type { InputColumnKey } from "./contract";
import type { EvaluatedIndicator } from "./evaluate-workbook";

/** An indicator's state at the end of one quarter: the Rencana Aksi's target, the realisasi so far, and the capaian against it. */
export interface QuarterProgress {
  readonly tw: Quarter;
  readonly target: Decimal | null;
  /** The realisasi up to and including this quarter, formed as the indicator's Agregasi forms it; null where no quarter is filled yet. */
  readonly realisasi: Decimal | null;
  readonly decimals: number;
  /** The quarters that formed it (for the native formula), and the method. */
  readonly method: QuarterMethod | null;
  readonly lastUsed: Quarter | null;
  readonly capaian: Decimal | null;
}

const twKey = (tw: Quarter) => `tw${tw}` as InputColumnKey;
const targetKey = (tw: Quarter) => `targetTw${tw}` as InputColumnKey;

/**
 * The Rencana Aksi's quarters (REGULATION.md section 2): each target is what is due by the end of
 * that quarter, so the realisasi it is measured against is the year so far, formed as the
 * indicator's Agregasi forms it (a sum adds TW 1..k, a mean averages them, the last takes TW k).
 * An indicator typed as Manual or Rasio has no quarterly figures of its own: only its targets show.
 */
export function quarterProgress(item: EvaluatedIndicator, upTo: Quarter, rumusTurun: RumusTurun): QuarterProgress[] {
  const method: QuarterMethod | null =
    item.evaluation.agregasi === "jumlah" || item.evaluation.agregasi === "rata-rata" || item.evaluation.agregasi === "akhir"
      ? item.evaluation.agregasi
      : null;
  const values = QUARTERS.map((tw) => item.row.numbers.get(twKey(tw))?.value ?? null);
  return QUARTERS.map((tw): QuarterProgress => {
    const target = item.row.numbers.get(targetKey(tw))?.value ?? null;
    const due = tw <= upTo && method !== null;
    const aggregate = due ? aggregateQuarters({ values, metode: method!, periode: tw }).value : null;
    const realisasi = aggregate?.realisasi ?? null;
    const reached =
      target !== null && realisasi !== null && target.greaterThan(0)
        ? capaian(target, realisasi, { arah: item.evaluation.arah, rumusTurun }).value
        : null;
    return {
      tw,
      target,
      realisasi,
      decimals: aggregate?.decimals ?? 2,
      method: due ? method : null,
      lastUsed: aggregate ? aggregate.dipakai[aggregate.dipakai.length - 1]!.tw : null,
      capaian: reached,
    };
  });
}
