import { Caption1, Card, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { WorkbookView } from "../../workbook/pane-view";
import type { StringKey } from "../i18n";
import { FlagList } from "./FlagList";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: `0 ${tokens.spacingHorizontalM}`,
    margin: 0,
  },
  figure: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums" },
});

interface Props {
  readonly view: WorkbookView;
  readonly t: (key: StringKey) => string;
  readonly onSelect?: (address: string) => void;
}

export function IndicatorList({ view, t, onSelect }: Props) {
  const styles = useStyles();
  return (
    <section aria-labelledby="lapkin-indicators">
      <Subtitle2 as="h2" id="lapkin-indicators">
        {t("indicators")} ({view.indicators.length})
      </Subtitle2>
      <ul className={styles.list}>
        {view.indicators.map((item) => (
          <li key={item.baris} data-testid="indicator">
            <Card size="small">
              <Caption1>
                {t("row")} {item.baris} · {item.level}
              </Caption1>
              <Text weight="semibold" as="h3" style={{ margin: 0 }}>
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
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
