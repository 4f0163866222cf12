import { Body1, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useRef, useState, type RefObject } from "react";
import type { PaneBackend } from "../backend";
import type { StringKey } from "../i18n";
import type { RunAction } from "../use-pane";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // The heading's button reads as the heading: no padding pushing it off the pane's left edge.
  heading: { margin: 0, marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
});

interface Props {
  readonly pane: PaneBackend;
  readonly busy: boolean;
  readonly t: (key: StringKey) => string;
  readonly run: RunAction;
}

const WORKBOOKS = ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Whether this browser lets a file input pick a whole folder (Chromium, Edge, Firefox and Safari do). */
const canPickFolder = () => typeof document !== "undefined" && "webkitdirectory" in document.createElement("input");

/**
 * "Rekap banyak file": the units' workbooks picked as files (or a whole folder, where the browser
 * allows), recapped in one run. In the browser the recap downloads as a new file; inside Excel its
 * sheets are written into the open workbook.
 */
export function RecapSection({ pane, busy, t, run }: Props) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const recap = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (files.length > 0) run("recapping", (progress) => pane.rekap(files, progress));
  };
  const chooser = (ref: RefObject<HTMLInputElement | null>, testId: string, folder: boolean) => (
    <input
      ref={ref}
      aria-hidden
      className={styles.hidden}
      type="file"
      multiple
      accept={folder ? undefined : WORKBOOKS}
      tabIndex={-1}
      data-testid={testId}
      {...(folder ? { webkitdirectory: "" } : {})}
      onChange={(event) => {
        recap(event.currentTarget.files);
        event.currentTarget.value = "";
      }}
    />
  );

  // Closed until asked for: a unit's staff open the pane for their own indicators; the recap is the
  // Bagian Organisasi's work. A heading holding a disclosure button, as the ARIA pattern has it.
  return (
    <section className={styles.section} aria-labelledby="lapkin-recap">
      <Subtitle2 as="h2" className={styles.heading}>
        <Button
          id="lapkin-recap"
          appearance="subtle"
          icon={<span aria-hidden>{open ? "\u25BE" : "\u25B8"}</span>}
          aria-expanded={open}
          aria-controls="lapkin-recap-body"
          onClick={() => setOpen((was) => !was)}
        >
          {t("rekapTitle")}
        </Button>
      </Subtitle2>
      {chooser(filesInput, "recap-files-input", false)}
      {canPickFolder() && chooser(folderInput, "recap-folder-input", true)}
      {open && (
        <div id="lapkin-recap-body" className={styles.section}>
          <Body1>{t(pane.mode === "excel" ? "rekapExcel" : "rekapBrowser")}</Body1>
          <div className={styles.bar}>
            <Button disabled={busy} onClick={() => filesInput.current?.click()}>
              {t("pilihFile")}
            </Button>
            {canPickFolder() && (
              <Button disabled={busy} onClick={() => folderInput.current?.click()}>
                {t("pilihFolder")}
              </Button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
