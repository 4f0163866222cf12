import { describeBasis, type QuarterAggregate } from "./aggregate-quarters";
import { formatNumber } from "./format-number";
import { quarterListInWords } from "./quarter-list";

/** A typed input shown as typed: 81,25 stays 81,25 and 12 stays 12. */
export function formatInput(value: Parameters<typeof formatNumber>[0]): string {
  return formatNumber(value, { decimals: 10, fixed: false });
}

/**
 * The explanatory note for the Keterangan column, in one sentence, or "" when there is nothing
 * to explain: which quarters are missing, who produces them, which values formed the realisasi.
 * e.g. "Nilai TW 4 belum tersedia (dihitung oleh Bagian Organisasi); realisasi = rata-rata
 * TW 1-3 (81,25; 89,51; 83,84) = 84,87."
 */
export function explainRealisasi(aggregate: QuarterAggregate, sumber?: string | null): string {
  if (aggregate.hilang.length === 0) return "";
  const source = sumber && sumber.trim() ? ` (dihitung oleh ${sumber.trim()})` : "";
  const values = aggregate.metode === "akhir" ? "" : ` (${aggregate.dipakai.map((q) => formatInput(q.value)).join("; ")})`;
  return (
    `Nilai ${quarterListInWords(aggregate.hilang)} belum tersedia${source}; ` +
    `realisasi = ${describeBasis(aggregate)}${values} = ${formatNumber(aggregate.realisasi)}.`
  );
}
