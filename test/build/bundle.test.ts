import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";

/**
 * What Excel loads is the page's scripts; ExcelJS (for the plain-browser mode) must not be among
 * them but in a chunk fetched on demand. ExcelJS is recognised by the OOXML parts it writes.
 */
const DIST = join(__dirname, "..", "..", "dist");
const EXCELJS_MARK = "xl/workbook.xml";

describe("the task-pane bundle", () => {
  const page = () => readFileSync(join(DIST, "taskpane.html"), "utf8");
  const localScripts = () =>
    [...page().matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));

  test("the page loads office.js from Microsoft's CDN, then the functions, commands and pane", () => {
    expect(page()).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(localScripts()).toEqual(["functions.js", "commands.js", "taskpane.js"]);
  });

  test("none of what loads inside Excel holds ExcelJS", () => {
    for (const script of localScripts())
      expect({ script, exceljs: readFileSync(join(DIST, script), "utf8").includes(EXCELJS_MARK) }).toEqual({
        script,
        exceljs: false,
      });
  });

  test("ExcelJS is there, in a lazy chunk, for the plain-browser mode", () => {
    expect(existsSync(join(DIST, "lazy"))).toBe(true);
    const lazy = readdirSync(join(DIST, "lazy")).filter((f) => f.endsWith(".js"));
    expect(lazy.some((f) => readFileSync(join(DIST, "lazy", f), "utf8").includes(EXCELJS_MARK))).toBe(true);
  });
});
