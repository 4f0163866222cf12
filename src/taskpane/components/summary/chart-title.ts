import { fill, type Language, type StringKey } from "../../i18n";
import { countFormat } from "../../i18n";

/** The chart in one sentence, for a screen reader: how many bars are below 100 %, at or above it, and without a figure. */
export function chartTitle(values: readonly (number | null)[], t: (key: StringKey) => string, language: Language): string {
  const number = countFormat(language);
  const count = (test: (value: number | null) => boolean) => number.format(values.filter(test).length);
  return fill(t("chartTitle"), {
    below: count((v) => v !== null && v < 100),
    reached: count((v) => v !== null && v >= 100),
    none: count((v) => v === null),
  });
}
