import { Body1, FluentProvider, makeStyles, Subtitle2, Text, tokens, type Theme } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { DocumentKind } from "../workbook/documents";
import type { PaneBackend } from "./backend";
import { BrowserActions } from "./components/BrowserActions";
import { DocumentList } from "./components/DocumentList";
import { ExcelActions } from "./components/ExcelActions";
import { FlagList } from "./components/FlagList";
import { IndicatorList } from "./components/IndicatorList";
import { PaneHeader } from "./components/PaneHeader";
import { NoticeBar } from "./components/NoticeBar";
import { RecapSection } from "./components/RecapSection";
import { StatusArea } from "./components/StatusArea";
import { PaneSummary } from "./components/summary/PaneSummary";
import { RecapSummary } from "./components/summary/RecapSummary";
import { WarmUp } from "./components/WarmUp";
import { translate, type Language } from "./i18n";
import { errorNotice, usePane } from "./use-pane";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    // The page is as tall as the pane; the indicator list takes what is left and scrolls on its own.
    height: "100vh",
    overflowY: "auto",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  // The buttons and what they report stay together; an empty status line then costs little space.
  controls: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface Props {
  readonly backend: PaneBackend;
  readonly theme: Theme;
  readonly initialLanguage?: Language;
}

export function App({ backend, theme, initialLanguage = "id" }: Props) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const t = useMemo(() => translate(language), [language]);
  const { state, run, showNotice, cancel } = usePane(backend);
  const view = state.loaded?.kind === "view" ? state.loaded.view : null;
  const busy = state.busy !== null;
  // Which documents Buat Laporan makes: every one the data allows until the user unticks one.
  const [unticked, setUnticked] = useState<ReadonlySet<DocumentKind>>(new Set());
  const documents = view?.documents.filter((d) => d.available && !unticked.has(d.kind)).map((d) => d.kind) ?? [];
  const tick = (kind: DocumentKind, chosen: boolean) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (chosen) next.delete(kind);
      else next.add(kind);
      return next;
    });
  const select =
    backend.mode === "excel"
      ? (address: string) => void backend.selectCell(address).catch((error) => showNotice(errorNotice(error)))
      : undefined;

  return (
    <FluentProvider theme={theme} lang={language}>
      <main className={styles.root}>
        <PaneHeader t={t} language={language} onLanguage={setLanguage} view={view} />
        {backend.mode === "browser" && <Body1>{t("standaloneIntro")}</Body1>}
        {view && (
          <DocumentList
            documents={view.documents}
            chosen={new Set(documents)}
            onChange={tick}
            disabled={busy}
            language={language}
            t={t}
          />
        )}
        {backend.mode === "excel" ? (
          <ExcelActions pane={backend} loaded={state.loaded} busy={busy} t={t} run={run} documents={documents} />
        ) : (
          <BrowserActions pane={backend} loaded={state.loaded} busy={busy} t={t} run={run} documents={documents} />
        )}
        <RecapSection pane={backend} busy={busy} t={t} run={run} />
        <StatusArea busy={state.busy} count={state.count} notice={state.notice} language={language} t={t} onCancel={cancel} />
        {state.recap && <RecapSummary recap={state.recap} t={t} language={language} />}
        {state.loaded?.kind === "empty" && <NoticeBar tone="info">{t("emptyWorkbook")}</NoticeBar>}
        {state.loaded?.kind === "unusable" && (
          <NoticeBar tone="error" testId="unusable">
            {state.loaded.message}
          </NoticeBar>
        )}
        {view && view.sheetFlags.length > 0 && (
          <section aria-labelledby="lapkin-sheet-flags">
            <Subtitle2 as="h2" id="lapkin-sheet-flags">
              {t("sheetFlags")}
            </Subtitle2>
            <FlagList flags={view.sheetFlags} t={t} onSelect={select} />
          </section>
        )}
        {view && <PaneSummary summary={view.summary} counts={view.counts} t={t} language={language} />}
        {view && <IndicatorList view={view} t={t} language={language} complete={!busy} onSelect={select} />}
        {view && language === "en" && <Text size={200}>{t("flagLanguageNote")}</Text>}
        {!view && <WarmUp t={t} />}
      </main>
    </FluentProvider>
  );
}
