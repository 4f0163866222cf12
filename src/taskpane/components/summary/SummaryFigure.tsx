import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { StringKey } from "../../i18n";
import { CapaianChart, type ChartRow } from "./CapaianChart";
import { FiguresTable } from "./FiguresTable";

const useStyles = makeStyles({
  figure: {
    position: "relative",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "4px" },
  },
  caption: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  readonly rows: readonly ChartRow[];
  /** The chart as a sentence: the image's name. */
  readonly title: string;
  /** What the bars are, shown under them (and the figure's name). */
  readonly caption: string;
  readonly table: { readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[] };
  readonly t: (key: StringKey) => string;
  readonly testId: string;
}

/**
 * A chart with its caption and its figures as a table. The figure takes keyboard focus, so a
 * keyboard user reaches it (and a screen reader announces its caption) in reading order.
 */
export function SummaryFigure({ rows, title, caption, table, t, testId }: Props) {
  const styles = useStyles();
  const captionId = useId();
  return (
    <figure className={styles.figure} tabIndex={0} aria-labelledby={captionId} data-testid={testId}>
      <CapaianChart rows={rows} title={title} />
      <figcaption id={captionId}>
        <Caption1 className={styles.caption}>
          {caption} {t("chartKey")}
        </Caption1>
      </figcaption>
      <FiguresTable caption={caption} headers={table.headers} rows={table.rows} />
    </figure>
  );
}
