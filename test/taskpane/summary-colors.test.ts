import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { SUMMARY_COLORS, type SummaryColor } from "../../src/taskpane/components/summary/summary-colors";

/** WCAG 2's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const THEMES: [string, Theme][] = [
  ["light", webLightTheme],
  ["dark", webDarkTheme],
];
const colour = (theme: Theme, key: SummaryColor) => theme[SUMMARY_COLORS[key]] as string;

describe.each(THEMES)("the summary's colours in the %s theme", (_, theme) => {
  test.each(["text", "muted"] as const)("%s against the card: at least 4.5:1 (WCAG AA text)", (key) => {
    expect(contrast(colour(theme, key), colour(theme, "card"))).toBeGreaterThanOrEqual(4.5);
  });

  test.each(["below", "reached", "mark"] as const)("%s against the card: at least 3:1 (WCAG non-text contrast)", (key) => {
    expect(contrast(colour(theme, key), colour(theme, "card"))).toBeGreaterThanOrEqual(3);
  });

  test("the track's outline against the track's own fill: at least 3:1", () => {
    expect(contrast(colour(theme, "mark"), colour(theme, "track"))).toBeGreaterThanOrEqual(3);
  });
});
