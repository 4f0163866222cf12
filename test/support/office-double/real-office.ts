import { readFileSync } from "fs";
import { JSDOM } from "jsdom";
import { join } from "path";

/**
 * The real Office.js (the Excel on the web build in @microsoft/office-js) loaded into a jsdom
 * window, its requests captured instead of sent: each sync's body exactly as the library
 * serialises it, and an empty success as Excel's answer. For holding the double to the library.
 */
export function realOfficeContext(): { context: Excel.RequestContext; sent: string[] } {
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  const library = join(
    __dirname,
    "..",
    "..",
    "..",
    "node_modules",
    "@microsoft",
    "office-js",
    "dist",
    "excel-web-16.00.debug.js",
  );
  dom.window.eval(readFileSync(library, "utf8"));
  const excel = (dom.window as unknown as { Excel: typeof Excel }).Excel;
  const context = new excel.RequestContext();
  const sent: string[] = [];
  Object.assign(context, {
    _requestExecutor: {
      executeAsync: (_customData: unknown, _flags: number, message: { Body: unknown }) => {
        sent.push(JSON.stringify(message.Body));
        return Promise.resolve({ ErrorCode: "", ErrorMessage: "", Headers: {}, Body: { Results: [] } });
      },
    },
  });
  return { context, sent };
}
