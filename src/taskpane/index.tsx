import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { PaneBackend } from "./backend";
import { browserPane } from "./browser-backend";
import { excelPane } from "./excel-backend";
import { paneTheme } from "./theme";

/**
 * Inside Excel the pane works on the open workbook; anywhere else (office.js says host null, or
 * it could not be loaded at all) it offers the same report over a file opened in the browser.
 */
async function chooseBackend(): Promise<PaneBackend> {
  if (typeof Office === "undefined") return browserPane();
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel ? excelPane() : browserPane();
}

void chooseBackend().then((backend) => {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<App backend={backend} theme={paneTheme()} />);
});
