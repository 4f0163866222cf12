import { createRoot } from "react-dom/client";
import { App } from "./App";
import { OutsideExcel } from "./components/OutsideExcel";
import { excelPane } from "./excel-backend";
import { paneTheme } from "./theme";

/**
 * The manifest's page (taskpane.html), which Excel loads with the custom functions and the ribbon
 * in one runtime. Opened anywhere but Excel (office.js says host null, or could not be loaded) it
 * sends the user to the standalone page (index.html).
 */
async function inExcel(): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}

void inExcel().then((excel) => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(excel ? <App backend={excelPane()} theme={paneTheme()} /> : <OutsideExcel theme={paneTheme()} />);
});
