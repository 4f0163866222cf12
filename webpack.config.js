const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { addinUrls } = require("./build/addin-urls");
const { BundleSizePlugin } = require("./build/bundle-size-plugin");

/** The shared runtime's page: custom functions, ribbon commands and task pane, one webpack runtime for all three. */
const EXCEL_PAGE = ["functions", "commands", "taskpane"];
/** What Excel loads of that page at start, gzip (issue 10); the build fails above it. */
const EXCEL_PAGE_LIMIT_KIB = 180;
/** What it fetches when a report is first made (the report's planning and writing code), gzip. */
const EXCEL_ON_DEMAND_LIMIT_KIB = 40;

/**
 * Three builds: "addin", "cli" and "bench". The add-in build is two pages: the shared-runtime page
 * taskpane.html (task pane + ribbon commands + custom functions, with office.js) and the standalone
 * index.html (the pane over a file, no office.js, its work in a Web Worker); functions.json generated
 * from JSDoc, the icons, and manifest.xml with its development URL rewritten to the production one
 * (all of them) in production mode.
 */
module.exports = async (env, argv) => [await addinConfig(env, argv), cliConfig(argv), benchConfig(argv)];

async function addinConfig(env, argv) {
  const production = argv.mode === "production";
  const urls = addinUrls();

  return {
    name: "addin",
    devtool: production ? false : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
      standalone: "./src/taskpane/standalone.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "lazy/[name].[contenthash:8].js",
      // dist/cli and dist/bench belong to the other builds.
      clean: { keep: /^(cli|bench)[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // One runtime chunk and shared chunks: the functions, the ribbon and the pane on one page run one
      // copy of every module, so what the ribbon publishes (src/excel/notices.ts) the pane hears.
      runtimeChunk: "single",
      splitChunks: { chunks: "all", filename: "shared/[name].[contenthash:8].js" },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new BundleSizePlugin({
        pages: [
          // The limit is on the production build; a development build is neither minified nor shipped.
          {
            name: "taskpane.html, loaded inside Excel",
            entries: EXCEL_PAGE,
            limitKiB: production ? EXCEL_PAGE_LIMIT_KIB : undefined,
            onDemandLimitKiB: production ? EXCEL_ON_DEMAND_LIMIT_KIB : undefined,
          },
          { name: "index.html, the standalone page (its worker apart)", entries: ["standalone"] },
        ],
        forbidden: /node_modules[\\/]exceljs[\\/]/,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: EXCEL_PAGE,
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/standalone.html",
        chunks: ["standalone"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? urls.toProduction(content.toString()) : content),
          },
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: urls.devPort,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await devHttpsOptions() : {} },
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
}

/** The command line (Node), bundled so that it runs with plain `node` after `npm run build`. */
function cliConfig(argv) {
  return nodeConfig("cli", { lapkin: "./src/cli/main.ts", demo: "./src/cli/demo.ts" }, argv);
}

/** `npm run bench` (not part of the tests). */
function benchConfig(argv) {
  // The pane section drives Chromium through playwright-core, which stays a module of node_modules.
  return nodeConfig("bench", { bench: "./bench/bench.ts" }, argv, { "playwright-core": "commonjs playwright-core" });
}

function nodeConfig(name, entry, argv, moreExternals = {}) {
  return {
    name,
    target: "node20",
    devtool: argv.mode === "production" ? false : "source-map",
    entry,
    // Runtime dependencies stay in node_modules rather than in the bundle.
    externals: { exceljs: "commonjs exceljs", "decimal.js": "commonjs decimal.js", ...moreExternals },
    output: { path: path.resolve(__dirname, "dist", name), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    optimization: { minimize: false },
    performance: { hints: false },
  };
}

/**
 * Office only loads add-ins from a trusted https origin: office-addin-dev-certs makes and trusts a
 * localhost certificate. Where it can't (Linux without sudo), the dev server still starts, with
 * webpack-dev-server's own self-signed certificate, which a browser accepts after a warning.
 */
async function devHttpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    console.warn(`office-addin-dev-certs: ${error.message}; serving with a self-signed certificate that Office will not trust.`);
    return {};
  }
}
