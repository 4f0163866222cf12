import { makeStyles, tokens } from "@fluentui/react-components";

/** The summaries' card: as an indicator's card, so the pane reads as one piece. */
export const useCardStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // The pane is a column as tall as the window: the list below shrinks and scrolls, never the summary.
    flexShrink: 0,
  },
});
