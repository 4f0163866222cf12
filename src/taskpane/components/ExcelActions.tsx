import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentKind } from "../../workbook/documents";
import type { ExcelPane, Loaded } from "../backend";
import type { StringKey } from "../i18n";
import type { RunAction } from "../use-pane";

const useStyles = makeStyles({ bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS } });

interface Props {
  readonly pane: ExcelPane;
  readonly loaded: Loaded | null;
  readonly busy: boolean;
  readonly t: (key: StringKey) => string;
  readonly run: RunAction;
  /** The documents ticked in the pane; Buat Laporan needs at least one. */
  readonly documents: readonly DocumentKind[];
}

export function ExcelActions({ pane, loaded, busy, t, run, documents }: Props) {
  const styles = useStyles();
  const empty = loaded?.kind === "empty";
  return (
    <div className={styles.bar} role="toolbar" aria-label="LAPKIN">
      {empty ? (
        <Button appearance="primary" disabled={busy} onClick={() => run("working", () => pane.sisipkanTemplat())}>
          {t("sisipkanTemplat")}
        </Button>
      ) : (
        <>
          <Button
            appearance="primary"
            disabled={busy || loaded?.kind !== "view" || documents.length === 0}
            onClick={() => run("working", () => pane.buatLaporan(documents))}
          >
            {t("buatLaporan")}
          </Button>
          <Button disabled={busy || loaded?.kind !== "view"} onClick={() => run("working", () => pane.isiKolomHitung())}>
            {t("isiKolomHitung")}
          </Button>
          <Button disabled={busy} onClick={() => run("working", () => pane.sisipkanTemplat())}>
            {t("sisipkanTemplat")}
          </Button>
        </>
      )}
      <Button appearance="subtle" disabled={busy} onClick={() => run("reading", () => pane.read())}>
        {t("muatUlang")}
      </Button>
    </div>
  );
}
