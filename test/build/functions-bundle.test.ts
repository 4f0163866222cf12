import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";
import { FORMULA_ERROR_CASES, PRECISION_FORMULA_CASES, SEED_FORMULA_CASES } from "../support/formula-cases";
import { createCustomFunctionsStub, StubFunctionError } from "../support/custom-functions-stub";

/**
 * What Excel loads is taskpane.html's scripts and dist/functions.json, so that is what is tested
 * here: the page's webpack runtime, its shared chunks and the functions entry (not the ribbon's or
 * the pane's) run in a fresh V8 context with only a stand-in CustomFunctions.
 * `npm test` and `npm run test:e2e` build first.
 */
const DIST = join(__dirname, "..", "..", "dist");
const OTHER_ENTRIES = ["commands.js", "taskpane.js"];

function runFunctions(globals: Record<string, unknown>): void {
  const page = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const scripts = [...page.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
  expect(scripts).toContain("functions.js");
  // The page's address is all the webpack runtime asks of the document (to find its chunks).
  const pageUrl = "https://localhost:3000/taskpane.html";
  const document = {
    baseURI: pageUrl,
    currentScript: { tagName: "SCRIPT", src: pageUrl.replace("taskpane.html", "runtime.js") },
  };
  const context: Record<string, unknown> = { ...globals, document };
  context.self = context;
  for (const script of scripts.filter((s) => !OTHER_ENTRIES.includes(s)))
    runInNewContext(readFileSync(join(DIST, script), "utf8"), context, { filename: script });
}

function loadBundle() {
  const stub = createCustomFunctionsStub();
  runFunctions({ CustomFunctions: stub.CustomFunctions });
  return stub.registered;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
}

describe("the built custom functions", () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, "functions.js"))) throw new Error("dist/functions.js is missing: run `npm run build` first");
  });

  const metadata = () => JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: FunctionMetadata[] };

  test("registers exactly the ids that functions.json declares, all nine of the issue", () => {
    const registered = loadBundle();
    const declared = metadata()
      .functions.map((f) => f.id)
      .sort();
    expect([...registered.keys()].sort()).toEqual(declared);
    expect(declared).toEqual(
      ["ANGKA", "BIAYAPERUNIT", "CAPAIAN", "CATATAN", "EFISIENSI", "MUTUIKM", "PENYERAPAN", "PREDIKAT", "REALISASI"].sort(),
    );
  });

  test("loads without CustomFunctions (the pane in a plain browser), registering nothing and throwing nothing", () => {
    expect(() => runFunctions({})).not.toThrow();
  });

  test("every function and parameter is described for the user, optional ones marked", () => {
    for (const fn of metadata().functions) {
      expect(fn.description?.length).toBeGreaterThan(10);
      for (const parameter of fn.parameters) expect(parameter.description?.length).toBeGreaterThan(5);
    }
    const capaian = metadata().functions.find((f) => f.id === "CAPAIAN")!;
    expect(capaian.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["target", false],
      ["realisasi", false],
      ["arah", true],
      ["rumus_turun", true],
    ]);
    const realisasi = metadata().functions.find((f) => f.id === "REALISASI")!;
    expect(realisasi.parameters[0]).toMatchObject({ name: "nilai_tw", dimensionality: "matrix" });
  });

  test.each([...SEED_FORMULA_CASES, ...PRECISION_FORMULA_CASES].map((c) => [`${c.id}(${JSON.stringify(c.args)})`, c] as const))(
    "seed figure: %s",
    (_, c) => {
      const fn = loadBundle().get(c.id)!;
      expect(fn(...c.args)).toEqual(c.expected);
    },
  );

  test.each(FORMULA_ERROR_CASES.map((c) => [`${c.id}(${JSON.stringify(c.args)}) gives ${c.code}`, c] as const))("%s", (_, c) => {
    const fn = loadBundle().get(c.id)!;
    let thrown: unknown;
    try {
      fn(...c.args);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StubFunctionError);
    expect((thrown as StubFunctionError).code).toBe(c.code);
    if (c.message) expect((thrown as StubFunctionError).message).toContain(c.message);
  });
});
