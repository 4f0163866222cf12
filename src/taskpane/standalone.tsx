import { createRoot } from "react-dom/client";
import { App } from "./App";
import { spawnPaneWorker } from "./browser/spawn-worker";
import { browserPane } from "./browser-backend";
import { paneTheme } from "./theme";

/**
 * The standalone page (index.html): the same pane over a file opened in the browser, for Excel
 * versions that can't run the add-in. It loads no office.js and asks no server for anything but
 * its own files; the workbook is read and written in a worker, on this computer.
 */
const container = document.getElementById("container");
if (container) createRoot(container).render(<App backend={browserPane(spawnPaneWorker)} theme={paneTheme()} />);
