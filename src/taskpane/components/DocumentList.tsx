import { makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { DocumentKind } from "../../workbook/documents";
import type { DocumentView } from "../../workbook/pane-view";
import type { Language, StringKey } from "../i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexDirection: "column" },
  label: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, cursor: "pointer" },
  box: { width: "16px", height: "16px", margin: 0, accentColor: tokens.colorBrandBackground },
  needs: { marginLeft: "24px", color: tokens.colorNeutralForeground3 },
});

interface Props {
  readonly documents: readonly DocumentView[];
  readonly chosen: ReadonlySet<DocumentKind>;
  readonly onChange: (kind: DocumentKind, chosen: boolean) => void;
  readonly disabled: boolean;
  readonly language: Language;
  readonly t: (key: StringKey) => string;
}

/**
 * The documents of the SAKIP year the workbook allows, each ticked to be made by Buat Laporan /
 * Unduh Laporan; one the data can't make yet is shown unticked with what would add it. Native
 * checkboxes: keyboard and screen readers know them, and they cost the pane nothing.
 */
export function DocumentList({ documents, chosen, onChange, disabled, language, t }: Props) {
  const styles = useStyles();
  return (
    <section aria-labelledby="lapkin-documents" data-testid="documents">
      <Subtitle2 as="h2" id="lapkin-documents">
        {t("documents")}
      </Subtitle2>
      <ul className={styles.list}>
        {documents.map((document) => {
          const needsId = `lapkin-needs-${document.kind}`;
          return (
            <li key={document.kind} className={styles.item}>
              <label className={styles.label}>
                <input
                  type="checkbox"
                  className={styles.box}
                  checked={document.available && chosen.has(document.kind)}
                  disabled={disabled || !document.available}
                  aria-describedby={document.needs ? needsId : undefined}
                  onChange={(event) => onChange(document.kind, event.currentTarget.checked)}
                />
                <Text>{document.label[language]}</Text>
              </label>
              {document.needs && (
                <Text size={200} id={needsId} className={styles.needs}>
                  {document.needs[language]}
                </Text>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
