import { spawnSync } from "child_process";
import { join } from "path";

/**
 * Only src/excel says Excel (Excel.run included); the pane and the ribbon call src/excel/actions.ts.
 * Held by an ESLint rule (eslint.config.mjs), run here as `npx eslint` runs it (its config is an
 * ES module, which jest cannot load in-process).
 */
const ROOT = join(__dirname, "..", "..");
const RULE = "no-restricted-syntax";

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; line: number }[];
}

function eslint(args: string[], input?: string): LintResult[] {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules", "eslint", "bin", "eslint.js"), "--format", "json", ...args],
    {
      cwd: ROOT,
      input,
      encoding: "utf8",
    },
  );
  return JSON.parse(run.stdout) as LintResult[];
}

function findings(file: string, code: string): string[] {
  const [result] = eslint(["--stdin", "--stdin-filename", file], code);
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => code.split("\n")[m.line - 1]!.trim());
}

const PROBE = [
  "export async function probe(context: Excel.RequestContext): Promise<typeof Excel | null> {",
  "  await Excel.run(async () => undefined);",
  "  const { run } = Excel;",
  "  void run;",
  "  void context;",
  "  return Office.HostType.Excel === Office.HostType.Excel ? null : null;",
  "}",
].join("\n");

describe("only src/excel uses the Excel API", () => {
  test("a call to Excel outside src/excel is an error; Excel's types and Office.HostType.Excel are not", () => {
    expect(findings("src/taskpane/probe.ts", PROBE)).toEqual([
      "await Excel.run(async () => undefined);",
      "const { run } = Excel;",
    ]);
  });

  test("the ribbon and the pane call no Excel API themselves; src/excel/actions.ts, which runs Excel.run, may", () => {
    const results = eslint(["src/commands", "src/taskpane", "src/excel/actions.ts"]);
    expect(results.map((r) => r.filePath)).toContain(join(ROOT, "src", "excel", "actions.ts"));
    expect(results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => `${r.filePath}:${m.line}`))).toEqual([]);
  });
});
