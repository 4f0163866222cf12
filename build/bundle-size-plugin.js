const { readFileSync } = require("fs");
const { join } = require("path");
const { gzipSync } = require("zlib");

/**
 * After the add-in build: prints the gzip size of what Excel loads (every file of the entries the
 * task pane page includes) and fails the build if any of it holds ExcelJS, which must stay in the
 * chunk the plain-browser mode loads on demand.
 */
class BundleSizePlugin {
  constructor({ entries, forbidden }) {
    this.entries = entries;
    this.forbidden = forbidden;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap("BundleSizePlugin", (compilation) => {
      const files = new Set();
      for (const name of this.entries) {
        const entry = compilation.entrypoints.get(name);
        if (entry) for (const file of entry.getFiles()) if (file.endsWith(".js")) files.add(file);
        for (const chunk of entry ? entry.chunks : []) {
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const resource = module.resource || (module.rootModule && module.rootModule.resource) || "";
            if (this.forbidden.test(resource))
              compilation.errors.push(new Error(`${resource} is loaded inside Excel (entry ${name}); it must stay lazy`));
          }
        }
      }
      let total = 0;
      const lines = [...files].sort().map((file) => {
        const size = gzipSync(readFileSync(join(compiler.outputPath, file)), { level: 9 }).length;
        total += size;
        return `  ${file.padEnd(16)} ${(size / 1024).toFixed(1).padStart(7)} KiB`;
      });
      const report = [
        `Dimuat di Excel / loaded inside Excel (gzip):`,
        ...lines,
        `  ${"total".padEnd(16)} ${(total / 1024).toFixed(1).padStart(7)} KiB`,
      ];
      console.log(report.join("\n"));
    });
  }
}

module.exports = { BundleSizePlugin };
