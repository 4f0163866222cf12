import { createRoot } from "react-dom/client";
import { App } from "./App";

/** office.js may be missing (a plain browser offline); the pane still renders. */
function whenOfficeReady(): Promise<unknown> {
  return typeof Office === "undefined" ? Promise.resolve(null) : Office.onReady();
}

void whenOfficeReady().then(() => {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<App />);
});
