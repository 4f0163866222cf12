import {
  Body1,
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Title3,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { subscribeNotices, type Notice } from "../excel/notices";
import { FORMULA_GUIDE } from "./formula-guide";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  formula: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

const INTENT = { info: "info", success: "success", error: "error" } as const;

export function App() {
  const styles = useStyles();
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => subscribeNotices(setNotice), []);

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <header>
          <Title3 as="h1">LAPKIN</Title3>
          <Body1>Laporan Kinerja: capaian, cost per outcome dan predikat.</Body1>
        </header>
        {notice && (
          <MessageBar intent={INTENT[notice.tone]}>
            <MessageBarBody>{notice.id}</MessageBarBody>
          </MessageBar>
        )}
        <section aria-labelledby="rumus">
          <Subtitle2 as="h2" id="rumus">
            Rumus LAPKIN
          </Subtitle2>
          <ul className={styles.list}>
            {FORMULA_GUIDE.map((item) => (
              <li key={item.formula}>
                <div className={styles.formula}>{item.formula}</div>
                <Caption1>{item.id}</Caption1>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </FluentProvider>
  );
}
