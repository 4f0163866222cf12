import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { DocumentKind } from "../../workbook/documents";
import type { BrowserPane, Loaded } from "../backend";
import { readFileBytes } from "../read-file";
import type { StringKey } from "../i18n";
import type { RunAction } from "../use-pane";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
});

interface Props {
  readonly pane: BrowserPane;
  readonly loaded: Loaded | null;
  readonly busy: boolean;
  readonly t: (key: StringKey) => string;
  readonly run: RunAction;
  /** The documents ticked in the pane; the download needs at least one. */
  readonly documents: readonly DocumentKind[];
}

export function BrowserActions({ pane, loaded, busy, t, run, documents }: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const openFile = (file: File) =>
    run("reading", async (progress) => pane.open({ name: file.name, bytes: await readFileBytes(file) }, progress));

  return (
    <div className={styles.bar} role="toolbar" aria-label="LAPKIN">
      {/* The button below is what users (and screen readers) meet; the file input only opens the chooser. */}
      <input
        ref={input}
        aria-hidden
        className={styles.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        tabIndex={-1}
        data-testid="file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) openFile(file);
          event.currentTarget.value = "";
        }}
      />
      <Button
        appearance={loaded?.kind === "view" ? "secondary" : "primary"}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {t("bukaXlsx")}
      </Button>
      <Button disabled={busy} onClick={() => run("reading", (progress) => pane.openSample(progress))}>
        {t("pakaiContoh")}
      </Button>
      <Button
        appearance="primary"
        disabled={busy || loaded?.kind !== "view" || documents.length === 0}
        onClick={() => run("working", (progress) => pane.download(progress, documents))}
      >
        {t("unduhLaporan")}
      </Button>
    </div>
  );
}
