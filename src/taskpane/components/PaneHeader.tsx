import { Caption1, makeStyles, Text, Title3, ToggleButton, tokens } from "@fluentui/react-components";
import type { WorkbookView } from "../../workbook/pane-view";
import type { Language, StringKey } from "../i18n";

const useStyles = makeStyles({
  top: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  title: { display: "flex", flexDirection: "column" },
  facts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    marginTop: tokens.spacingVerticalS,
  },
  fact: { display: "flex", gap: tokens.spacingHorizontalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  readonly t: (key: StringKey) => string;
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
  readonly view: WorkbookView | null;
}

export function PaneHeader({ t, language, onLanguage, view }: Props) {
  const styles = useStyles();
  const facts: [StringKey, string | null][] = view
    ? [
        ["unit", view.unitKerja],
        ["year", view.tahun],
        ["period", view.periode],
      ]
    : [];
  return (
    <header>
      <div className={styles.top}>
        <div className={styles.title}>
          <Title3 as="h1">LAPKIN</Title3>
          <Caption1>{t("subtitle")}</Caption1>
        </div>
        <ToggleButton
          size="small"
          checked={language === "en"}
          aria-label={`${t("language")}: ${t("switchTo")}`}
          onClick={() => onLanguage(language === "en" ? "id" : "en")}
        >
          {t("switchTo")}
        </ToggleButton>
      </div>
      {view && (
        <dl className={styles.facts} data-testid="workbook-facts">
          {facts.map(([key, value]) => (
            <div className={styles.fact} key={key}>
              <dt className={styles.term}>
                <Text size={200}>{t(key)}</Text>
              </dt>
              <dd className={styles.definition}>
                <Text size={200}>{value ?? t("notFilled")}</Text>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </header>
  );
}
