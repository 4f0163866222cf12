import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { IndicatorView } from "../../workbook/pane-view";
import type { StringKey } from "../i18n";
import { FlagList } from "./FlagList";

const useStyles = makeStyles({
  // A plain card: Fluent's Card brings a focus-management library (~30 KiB gzip) this list doesn't need.
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: `0 ${tokens.spacingHorizontalM}`,
    margin: 0,
  },
  figure: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalXS, margin: 0, minWidth: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums", textAlign: "end", overflowWrap: "anywhere" },
  name: { margin: 0, overflowWrap: "anywhere" },
});

interface Props {
  readonly item: IndicatorView;
  readonly t: (key: StringKey) => string;
  readonly onSelect?: (address: string) => void;
}

/** One indicator: where it is, its name, its four figures and its flags. */
export function IndicatorCard({ item, t, onSelect }: Props) {
  const styles = useStyles();
  return (
    <article className={styles.card}>
      <Caption1>
        {t("row")} {item.baris} · {item.level}
      </Caption1>
      <Text weight="semibold" as="h3" className={styles.name}>
        {item.indikator}
      </Text>
      <dl className={styles.figures}>
        {(
          [
            ["target", item.target],
            ["realisasi", item.realisasi],
            ["capaian", item.capaian],
            ["predikat", item.predikat],
          ] as const
        ).map(([key, value]) => (
          <div className={styles.figure} key={key}>
            <dt className={styles.term}>
              <Text size={200}>{t(key)}</Text>
            </dt>
            <dd className={styles.value}>
              <Text size={200} weight="semibold">
                {value}
              </Text>
            </dd>
          </div>
        ))}
      </dl>
      {item.flags.length > 0 && <FlagList flags={item.flags} t={t} onSelect={onSelect} />}
    </article>
  );
}
