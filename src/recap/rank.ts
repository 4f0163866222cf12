/**
 * Ranks by rata-rata capaian as RANK gives them: highest first, equal values sharing a rank and the
 * next rank skipped (1, 2, 2, 4). A unit without a capaian has no rank (null).
 */
export function ranksOf(values: readonly (number | null)[]): (number | null)[] {
  const present = values.filter((v): v is number => v !== null);
  return values.map((value) => (value === null ? null : 1 + present.filter((other) => other > value).length));
}
