import type { Theme } from "@fluentui/react-components";

/**
 * The theme colours the summary draws with, named once so a test can check their contrast in the
 * light and the dark theme: text against the card at least 4.5:1, bars and marks at least 3:1.
 */
export const SUMMARY_COLORS = {
  card: "colorNeutralBackground1",
  text: "colorNeutralForeground1",
  muted: "colorNeutralForeground3",
  /** A capaian below 100 %. */
  below: "colorBrandForeground1",
  /** A capaian of 100 % or more (also striped, and marked when above). */
  reached: "colorPaletteGreenForeground1",
  /** The track's outline and the 100 % mark at its end. */
  mark: "colorNeutralStrokeAccessible",
  /** The empty part of the track (decoration: the outline carries the contrast). */
  track: "colorNeutralBackground3",
} as const satisfies Readonly<Record<string, keyof Theme>>;

export type SummaryColor = keyof typeof SUMMARY_COLORS;
