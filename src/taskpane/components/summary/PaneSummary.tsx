import { memo, useMemo } from "react";
import { Badge, makeStyles, mergeClasses, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { TINGKAT_ORDER } from "../../../engine";
import type { CapaianSummary, WorkbookView } from "../../../workbook/pane-view";
import { countFormat, fill, type Language, type StringKey } from "../../i18n";
import { chartTitle } from "./chart-title";
import { SummaryFigure } from "./SummaryFigure";
import { useAfterPaint } from "./use-after-paint";
import { useCardStyles } from "./use-card-styles";

const useStyles = makeStyles({
  counts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    alignItems: "baseline",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  values: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, margin: 0 },
  value: { fontVariantNumeric: "tabular-nums" },
});

const TONE = { galat: "danger", peringatan: "warning", info: "informative" } as const;

interface Props {
  readonly summary: CapaianSummary;
  readonly counts: WorkbookView["counts"];
  readonly t: (key: StringKey) => string;
  readonly language: Language;
}

/**
 * The year at a glance, above the indicator list: how many indicators have each predikat, the
 * flags by level, and a bar of capaian against 100 % for each indicator (for a long list, the
 * lowest few dozen: the list below has every one). Drawn a frame after the view arrives, in a task
 * of its own.
 */
export const PaneSummary = memo(function PaneSummary(props: Props) {
  const summary = useAfterPaint(props.summary);
  const counts = useAfterPaint(props.counts);
  return summary && counts && <SummaryCard {...props} summary={summary} counts={counts} />;
});

const SummaryCard = memo(function SummaryCard({ summary, counts, t, language }: Props) {
  const styles = useStyles();
  const card = useCardStyles();
  const number = countFormat(language);
  const { predikat, bars, lowest } = summary;
  const rows = useMemo(
    () =>
      bars.map((bar) => ({
        key: String(bar.baris),
        label: `${t("row")} ${bar.baris} · ${bar.indikator}`,
        nilai: bar.nilai,
        figure: bar.nilai === null ? t("withoutCapaian") : `${bar.capaian} % · ${bar.predikat}`,
      })),
    [bars, t],
  );
  const caption = lowest
    ? fill(t("barsLowest"), { shown: number.format(bars.length), total: number.format(summary.indicators) })
    : t("barsAll");

  return (
    <section aria-labelledby="lapkin-summary" className={card.card} data-testid="pane-summary">
      <Subtitle2 as="h2" id="lapkin-summary">
        {t("summary")}
      </Subtitle2>
      <dl className={styles.counts}>
        <dt className={styles.term}>
          <Text size={200}>{t("predikat")}</Text>
        </dt>
        <dd className={mergeClasses(styles.values, styles.value)} data-testid="predikat-counts">
          <Text size={200}>
            {predikat.map(({ predikat: name, count }) => `${name ?? t("withoutCapaian")} ${number.format(count)}`).join(" · ")}
          </Text>
        </dd>
        <dt className={styles.term}>
          <Text size={200}>{t("flagCounts")}</Text>
        </dt>
        <dd className={mergeClasses(styles.values, styles.value)} data-testid="flag-counts">
          {TINGKAT_ORDER.map((tingkat) => (
            <Badge key={tingkat} appearance="tint" color={TONE[tingkat]} size="medium">
              {`${number.format(counts[tingkat])} ${t(tingkat)}`}
            </Badge>
          ))}
        </dd>
      </dl>
      {rows.length > 0 && (
        <SummaryFigure
          rows={rows}
          title={chartTitle(
            bars.map((b) => b.nilai),
            t,
            language,
          )}
          caption={caption}
          table={{
            headers: [t("row"), t("indicator"), t("capaian"), t("predikat")],
            rows: bars.map((b) => [String(b.baris), b.indikator, b.capaian, b.predikat]),
          }}
          t={t}
          testId="capaian-figure"
        />
      )}
    </section>
  );
});
