import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export type NoticeTone = "info" | "success" | "error";

/** A glyph besides the colour, so the tone reads without colour too. */
const GLYPH: Readonly<Record<NoticeTone, string>> = { info: "i", success: "\u2713", error: "!" };

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
  glyph: {
    flexShrink: 0,
    width: "16px",
    height: "16px",
    marginTop: "2px",
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightBold,
    lineHeight: "16px",
    textAlign: "center",
    color: tokens.colorNeutralForegroundInverted,
  },
  infoGlyph: { backgroundColor: tokens.colorNeutralForeground3 },
  successGlyph: { backgroundColor: tokens.colorPaletteGreenForeground1 },
  errorGlyph: { backgroundColor: tokens.colorPaletteRedForeground1 },
});

/**
 * A message in the pane: what was written, why nothing was. A plain bordered block instead of
 * Fluent's MessageBar, whose animation and icon set cost the pane more than the pane's own code;
 * it wraps whole sentences and follows the theme's tokens in light and dark.
 */
export function NoticeBar({ tone, children, testId }: { tone: NoticeTone; children: ReactNode; testId?: string }) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.bar, styles[tone])} data-testid={testId} data-tone={tone}>
      <span aria-hidden className={mergeClasses(styles.glyph, styles[`${tone}Glyph`])}>
        {GLYPH[tone]}
      </span>
      <div>{children}</div>
    </div>
  );
}
