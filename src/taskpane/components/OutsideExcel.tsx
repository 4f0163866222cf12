import { Body1, FluentProvider, makeStyles, Title3, tokens, type Theme } from "@fluentui/react-components";
import { translate } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  link: { color: tokens.colorBrandForegroundLink },
});

/** taskpane.html opened outside Excel: it points to the standalone page, which needs no Office at all. */
export function OutsideExcel({ theme }: { readonly theme: Theme }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} lang="id">
      <main className={styles.root}>
        <Title3 as="h1">LAPKIN</Title3>
        {(["id", "en"] as const).map((language) => {
          const t = translate(language);
          return (
            <Body1 key={language} lang={language}>
              {t("outsideExcel")}{" "}
              <a href="index.html" className={styles.link}>
                {t("openStandalone")}
              </a>
            </Body1>
          );
        })}
      </main>
    </FluentProvider>
  );
}
