/**
 * The form in which user-typed names are compared: case, spaces and punctuation ignored, so that
 * "Rata-rata", "rata rata" and "RATARATA" are one choice and "TW 1" and "tw1" are one header.
 */
export function textKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}
