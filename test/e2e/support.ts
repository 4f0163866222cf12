import { join } from "path";
import webpack from "webpack";

export * from "./browser";

/** Bundles the office.js stand-in (test/e2e/fake-office.ts) into one browser script. */
export function bundleFakeOffice(outDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "development",
        devtool: false,
        target: "web",
        entry: join(__dirname, "fake-office.ts"),
        output: { path: outDir, filename: "fake-office.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: {
          rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
        },
      },
      (error, stats) => {
        if (error || !stats || stats.hasErrors()) reject(error ?? new Error(stats?.toString("errors-only")));
        else resolve(join(outDir, "fake-office.js"));
      },
    );
  });
}
