const { gzipSync } = require("zlib");

/**
 * Measures what a page loads (gzip -9) once the assets are final: at start (the files of its entries)
 * and on demand (the chunks those may fetch later, such as the report generator fetched when a
 * report is first made). Prints both, and fails the build when either passes its limit or the page
 * holds a module it must not (ExcelJS belongs in the standalone page's worker only).
 *
 * pages: [{ name, entries: [entry names], limitKiB?: number, onDemandLimitKiB?: number }];
 * forbidden: RegExp over module paths.
 */
class BundleSizePlugin {
  constructor({ pages, forbidden }) {
    this.pages = pages;
    this.forbidden = forbidden;
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("BundleSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "BundleSizePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE }, () => {
        const lines = [];
        for (const page of this.pages) {
          const { atStart, onDemand, offenders } = this.pageContents(compilation, page);
          const measure = (files) =>
            [...files].sort().map((file) => [file, gzipSync(compilation.getAsset(file).source.buffer(), { level: 9 }).length]);
          const parts = [
            ["at start", measure(atStart), page.limitKiB],
            ...[...onDemand].map(([action, files]) => [`on demand, ${action}`, measure(files), page.onDemandLimitKiB]),
          ];
          lines.push(`${page.name} (gzip):`);
          for (const [when, sizes, limitKiB] of parts) {
            const total = sizes.reduce((sum, [, size]) => sum + size, 0);
            const limit = limitKiB === undefined ? "" : ` (batas / limit ${limitKiB} KiB)`;
            lines.push(`  ${when}${limit}:`);
            for (const [file, size] of sizes) lines.push(`    ${file.padEnd(30)} ${kib(size).padStart(7)} KiB`);
            lines.push(`    ${"total".padEnd(30)} ${kib(total).padStart(7)} KiB`);
            if (limitKiB !== undefined && total > limitKiB * 1024)
              compilation.errors.push(
                new WebpackError(
                  `${page.name}, ${when}: ${kib(total)} KiB gzip, over the limit of ${limitKiB} KiB (BundleSizePlugin)`,
                ),
              );
          }
          for (const resource of offenders)
            compilation.errors.push(new WebpackError(`${resource} is loaded by ${page.name}; it must not be (BundleSizePlugin)`));
        }
        console.log(lines.join("\n"));
      });
    });
  }

  /**
   * The JavaScript files a page's entries load at once, and, for each thing it loads later (each
   * import() the page makes: the report's generator, the recap), the files that one fetches beyond
   * those; a user pays each only when doing that thing. Workers are excluded: they run apart.
   */
  pageContents(compilation, page) {
    const atStart = new Set();
    const lazyGroups = new Map();
    const offenders = new Set();
    const check = (chunk) => {
      for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
        const resource = module.resource || (module.rootModule && module.rootModule.resource) || "";
        if (this.forbidden.test(resource)) offenders.add(resource);
      }
    };
    for (const name of page.entries) {
      const entry = compilation.entrypoints.get(name);
      if (!entry) throw new Error(`BundleSizePlugin: no entry named ${name}`);
      for (const chunk of entry.chunks) {
        for (const file of chunk.files) if (file.endsWith(".js")) atStart.add(file);
        check(chunk);
      }
      for (const group of entry.getChildren()) {
        if (compilation.asyncEntrypoints.includes(group)) continue;
        const files = lazyGroups.get(group.name || group.id) ?? new Set();
        for (const chunk of group.chunks) {
          if (isWorker(compilation, chunk)) continue;
          for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
          check(chunk);
        }
        lazyGroups.set(group.name || group.id, files);
      }
    }
    const onDemand = new Map(
      [...lazyGroups].map(([action, files]) => [action, new Set([...files].filter((file) => !atStart.has(file)))]),
    );
    return { atStart, onDemand, offenders };
  }
}

/** A chunk only a worker loads; one the page may load too (a chunk shared by both) counts for the page. */
function isWorker(compilation, chunk) {
  for (const group of chunk.groupsIterable) if (!compilation.asyncEntrypoints.includes(group)) return false;
  return true;
}

const kib = (bytes) => (bytes / 1024).toFixed(1);

module.exports = { BundleSizePlugin };
