import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import type { Notice } from "../../excel/notices";
import type { Language, StringKey } from "../i18n";
import { NoticeBar } from "./NoticeBar";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  live: { flexGrow: 1, minWidth: 0 },
  progress: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  count: { fontVariantNumeric: "tabular-nums", color: tokens.colorNeutralForeground2 },
});

interface Props {
  readonly busy: StringKey | null;
  readonly count: { readonly done: number; readonly total: number } | null;
  readonly notice: Notice | null;
  readonly language: Language;
  readonly t: (key: StringKey) => string;
  /** Offered while busy where the running work can be stopped. */
  readonly onCancel: (() => void) | null;
}

/**
 * Progress and results. Stage changes and notices are announced to screen readers; the running
 * count is not (it changes many times a second while indicators arrive).
 */
export function StatusArea({ busy, count, notice, language, t, onCancel }: Props) {
  const styles = useStyles();
  const number = new Intl.NumberFormat(language === "id" ? "id-ID" : "en-US");
  return (
    <div className={styles.row}>
      <div role="status" aria-live="polite" data-testid="status" className={styles.live}>
        {busy && (
          <div className={styles.progress}>
            <Spinner size="tiny" label={t(busy)} labelPosition="after" />
            {count && (
              <Text size={200} className={styles.count} aria-hidden data-testid="count">
                {number.format(count.done)} {t("countOf")} {number.format(count.total)}
              </Text>
            )}
          </div>
        )}
        {!busy && notice && (
          // Multiline: a notice is a sentence or two (what was written, the flag counts) and must show whole.
          <NoticeBar tone={notice.tone} testId="notice">
            {notice[language]}
          </NoticeBar>
        )}
      </div>
      {busy && onCancel && (
        <Button size="small" onClick={onCancel}>
          {t("cancel")}
        </Button>
      )}
    </div>
  );
}
