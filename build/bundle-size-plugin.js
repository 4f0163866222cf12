const { gzipSync } = require("zlib");

/**
 * Measures what a page loads (every file of its entries, the files those may fetch later, gzip -9)
 * once the assets are final, prints it, and fails the build when a page passes its limit or holds
 * a module it must not (ExcelJS belongs in the standalone page's worker only).
 *
 * pages: [{ name, entries: [entry names], limitKiB?: number }]; forbidden: RegExp over module paths.
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
          const { files, offenders } = this.pageContents(compilation, page);
          const sizes = [...files]
            .sort()
            .map((file) => [file, gzipSync(compilation.getAsset(file).source.buffer(), { level: 9 }).length]);
          const total = sizes.reduce((sum, [, size]) => sum + size, 0);
          const limit = page.limitKiB === undefined ? "" : ` (batas / limit ${page.limitKiB} KiB)`;
          lines.push(`${page.name} (gzip)${limit}:`);
          for (const [file, size] of sizes) lines.push(`  ${file.padEnd(32)} ${kib(size).padStart(7)} KiB`);
          lines.push(`  ${"total".padEnd(32)} ${kib(total).padStart(7)} KiB`);
          if (page.limitKiB !== undefined && total > page.limitKiB * 1024)
            compilation.errors.push(
              new WebpackError(`${page.name}: ${kib(total)} KiB gzip, over the limit of ${page.limitKiB} KiB (BundleSizePlugin)`),
            );
          for (const resource of offenders)
            compilation.errors.push(new WebpackError(`${resource} is loaded by ${page.name}; it must not be (BundleSizePlugin)`));
        }
        console.log(lines.join("\n"));
      });
    });
  }

  /** The JavaScript files a page's entries load at once or may load later (workers excluded: they run apart). */
  pageContents(compilation, page) {
    const files = new Set();
    const offenders = new Set();
    for (const name of page.entries) {
      const entry = compilation.entrypoints.get(name);
      if (!entry) throw new Error(`BundleSizePlugin: no entry named ${name}`);
      const chunks = new Set(entry.chunks);
      for (const chunk of entry.chunks)
        for (const lazy of chunk.getAllAsyncChunks()) if (!isWorker(compilation, lazy)) chunks.add(lazy);
      for (const chunk of chunks) {
        for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
        for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          const resource = module.resource || (module.rootModule && module.rootModule.resource) || "";
          if (this.forbidden.test(resource)) offenders.add(resource);
        }
      }
    }
    return { files, offenders };
  }
}

function isWorker(compilation, chunk) {
  for (const group of chunk.groupsIterable) if (compilation.asyncEntrypoints.includes(group)) return true;
  return false;
}

const kib = (bytes) => (bytes / 1024).toFixed(1);

module.exports = { BundleSizePlugin };
