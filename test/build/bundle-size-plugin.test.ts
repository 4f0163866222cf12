import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { randomBytes } from "crypto";
import webpack from "webpack";

/** The build's size gate (build/bundle-size-plugin.js) on a tiny project built here: it fails the build when it must. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BundleSizePlugin } = require("../../build/bundle-size-plugin") as {
  BundleSizePlugin: new (options: {
    pages: { name: string; entries: string[]; limitKiB?: number; onDemandLimitKiB?: number }[];
    forbidden: RegExp;
  }) => webpack.WebpackPluginInstance;
};

jest.setTimeout(60_000);

const randomText = (kib: number) =>
  randomBytes(kib * 1024)
    .toString("base64")
    .slice(0, kib * 1024);

/**
 * A project whose entry carries `kib` KiB of random (incompressible) text, optionally imports a
 * module under forbidden/, and optionally fetches a chunk of `lazyKib` KiB on demand.
 */
function project(kib: number, importForbidden = false, lazyKib = 0, otherLazyKib = 0): string {
  const dir = mkdtempSync(join(tmpdir(), "lapkin-size-"));
  mkdirSync(join(dir, "forbidden"));
  writeFileSync(join(dir, "forbidden", "big.js"), "module.exports = 'forbidden';\n");
  writeFileSync(join(dir, "lazy.js"), `module.exports = ${JSON.stringify(randomText(lazyKib))};\n`);
  writeFileSync(join(dir, "other.js"), `module.exports = ${JSON.stringify(randomText(otherLazyKib))};\n`);
  writeFileSync(
    join(dir, "entry.js"),
    `${importForbidden ? 'console.log(require("./forbidden/big.js"));\n' : ""}console.log(${JSON.stringify(randomText(kib))});\n` +
      (lazyKib > 0 ? `document.onclick = () => import(/* webpackChunkName: "lazy" */ "./lazy.js").then(console.log);\n` : "") +
      (otherLazyKib > 0
        ? `document.onkeyup = () => import(/* webpackChunkName: "other" */ "./other.js").then(console.log);\n`
        : ""),
  );
  return dir;
}

function build(dir: string, limitKiB: number, onDemandLimitKiB?: number): Promise<{ errors: string[]; log: string }> {
  const logged: string[] = [];
  const spy = jest.spyOn(console, "log").mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
  return new Promise((resolve, reject) =>
    webpack(
      {
        mode: "development",
        devtool: false,
        context: dir,
        entry: { page: "./entry.js" },
        output: { path: join(dir, "out") },
        plugins: [
          new BundleSizePlugin({
            pages: [{ name: "the page", entries: ["page"], limitKiB, onDemandLimitKiB }],
            forbidden: /[\\/]forbidden[\\/]/,
          }),
        ],
      },
      (error, stats) => {
        spy.mockRestore();
        if (error || !stats) reject(error ?? new Error("no stats"));
        else resolve({ errors: (stats.toJson({ errors: true }).errors ?? []).map((e) => e.message), log: logged.join("\n") });
      },
    ),
  );
}

test("a page over its limit fails the build, naming the page, its size and the limit", async () => {
  const { errors, log } = await build(project(8), 4);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^the page, at start: \d+\.\d KiB gzip, over the limit of 4 KiB/);
  const total = Number(/: (\d+\.\d) KiB/.exec(errors[0]!)![1]);
  // Random base64 compresses to about 3/4 of its length: 8 KiB of it is more than 4 KiB gzip.
  expect(total).toBeGreaterThan(5);
  expect(log).toContain("at start (batas / limit 4 KiB):");
});

test("the same page under a larger limit builds, and the size is printed", async () => {
  const { errors, log } = await build(project(8), 64);
  expect(errors).toEqual([]);
  expect(log).toMatch(/page\.js\s+\d+\.\d KiB/);
});

test("a forbidden module on the page fails the build whatever the size", async () => {
  const { errors } = await build(project(1, true), 64);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/forbidden[\\/]big\.js is loaded by the page; it must not be/);
});

test("what a page fetches on demand is measured apart, against its own limit", async () => {
  const { errors, log } = await build(project(1, false, 8), 64, 4);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^the page, on demand, lazy: \d+\.\d KiB gzip, over the limit of 4 KiB/);
  // At start: the entry (1 KiB of text and webpack's chunk loader), not the 8 KiB chunk fetched on demand.
  const total = (when: string) => Number(new RegExp(`${when}[^]*?total\\s+(\\d+\\.\\d) KiB`).exec(log)![1]);
  expect(total("at start")).toBeLessThan(total("on demand"));
  expect(total("on demand")).toBeGreaterThan(5);
});

test("each thing fetched on demand is a user's separate wait, so each meets the limit on its own", async () => {
  // Two chunks of 3 KiB of random text (about 2.3 KiB gzip each): each under 3 KiB, together over it.
  const { errors, log } = await build(project(1, false, 3, 3), 64, 3);
  expect(errors).toEqual([]);
  const total = (when: string) => Number(new RegExp(`${when}[^]*?total\\s+(\\d+\\.\\d) KiB`).exec(log)![1]);
  expect(total("on demand, lazy")).toBeLessThan(3);
  expect(total("on demand, other")).toBeLessThan(3);
  expect(total("on demand, lazy") + total("on demand, other")).toBeGreaterThan(3);
});
