import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { allUrls } from "../support/manifest-urls";
import { parseXml } from "../support/xml-tree";

/** The manifest the production build writes: the source manifest with every URL on the production host. */
const ROOT = join(__dirname, "..", "..");

describe("the production manifest (dist/manifest.xml)", () => {
  const built = () => {
    const path = join(ROOT, "dist", "manifest.xml");
    if (!existsSync(path)) throw new Error("dist/manifest.xml is missing: run `npm run build` first");
    return parseXml(readFileSync(path, "utf8"));
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { addinUrls } = require("../../build/addin-urls") as { addinUrls: () => { dev: string; production: string } };

  test("no development URL is left: every one points at the production host", () => {
    const { dev, production } = addinUrls();
    const urls = allUrls(built());
    expect(urls.filter((u) => u.startsWith(dev))).toEqual([]);
    expect(urls.filter((u) => !u.startsWith(production))).toEqual([]);
    expect(readFileSync(join(ROOT, "dist", "manifest.xml"), "utf8")).not.toContain("localhost");
  });

  test("the script, metadata, page and icon URLs name files the build emitted", () => {
    const { production } = addinUrls();
    for (const url of allUrls(built())) {
      const file = url.slice(production.length).split(/[?#]/)[0]!;
      expect({ url, emitted: existsSync(join(ROOT, "dist", file)) }).toEqual({ url, emitted: true });
    }
  });

  test("it is the source manifest with only the host changed", () => {
    const { dev, production } = addinUrls();
    const sourceText = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    expect(readFileSync(join(ROOT, "dist", "manifest.xml"), "utf8")).toBe(sourceText.split(dev).join(production));
  });
});
