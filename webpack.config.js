// @ts-check
/**
 * Builds the add-in into dist/:
 *   runtime.js      webpack's runtime, one for the page;
 *   functions.js    the custom functions (entry src/functions/functions.ts) with every module
 *                   they use (the data layer, the translator), once: the pane's entry depends on
 *                   it (dependOn), so the page has one dataset store, an ordinary module singleton;
 *   functions.json  their metadata, generated from JSDoc by CustomFunctionsMetadataPlugin;
 *   functions-<locale>.json  the same metadata with translated descriptions, one per locale
 *                   (scripts/localized-functions-plugin.js, from src/functions/locales/);
 *   assets/data/kzuz-dataset.<hash>.json  the bundled dataset, not in the JavaScript: the page
 *                   preloads and fetches it with the SHA-256 baked in here (src/data/bundled.ts);
 *   taskpane.html   the shared-runtime page: office.js, runtime.js, functions.js, then
 *                   taskpane.js, so formulas register before the pane's React code runs;
 *   taskpane.js     the React task pane (entry src/taskpane/index.tsx); its two views, excel.js
 *                   and outside.js, and the formula builder and Explain tabs are chunks of their own;
 *   download.js, charts.js  loaded on demand: the dataset download and validator (zod) only when
 *                   a dataset is refreshed or restored from storage, the chart builders when asked;
 *   help.html, help.<lang>.html  the help page in each language of src/i18n/locales.json that has
 *                   one in src/taskpane/ (a language without one is named in a warning);
 *   manifest.xml, assets/ (icons, the published dataset and its JSON Schema).
 *
 * office.js: production pages load it from Microsoft's CDN (required for the add-in store);
 * development builds use the copy in @microsoft/office-js, served by the dev server at
 * /office-js/, so nothing needs the internet.
 *
 * The one setting: KZUZ_PUBLIC_URL, the https:// address where dist/ is published. A production
 * build writes it into manifest.xml in place of https://localhost:3000/.
 */
const { createHash } = require("node:crypto");
const { existsSync, readFileSync } = require("node:fs");
const path = require("node:path");
const { DefinePlugin, NormalModuleReplacementPlugin } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { getHttpsOptions } = require("./scripts/dev-certs.js");
const { DatasetCheckPlugin } = require("./scripts/dataset-check-plugin.js");
const {
  LOCALES,
  LocalizedFunctionsPlugin,
  helpPage,
} = require("./scripts/localized-functions-plugin.js");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";
// KZUZ_DEV_PORT lets the browser tests serve on a port of their own, beside a running `npm start`.
const port = Number(
  process.env.KZUZ_DEV_PORT || process.env.npm_package_config_dev_server_port || 3000
);

/** The production address, checked: https, ending in a slash. */
function publicUrl() {
  const value = process.env.KZUZ_PUBLIC_URL;
  if (!value) return undefined;
  const url = new URL(value);
  if (url.protocol !== "https:")
    throw new Error(`KZUZ_PUBLIC_URL must be an https:// address, got ${value}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

const HELP_DIR = path.resolve(__dirname, "src/taskpane");
const DATASET_FILE = path.resolve(__dirname, "assets/data/kzuz-dataset.json");

/**
 * The bundled dataset's address and Subresource Integrity: the page fetches the JSON (it is not
 * in the JavaScript) and the browser checks its SHA-256. The file is a copy named by its hash,
 * apart from assets/data/kzuz-dataset.json (the published address, which a later release
 * replaces): a page cached from an earlier release still finds the copy its hash names.
 */
function bundledDataset() {
  const digest = createHash("sha256").update(readFileSync(DATASET_FILE)).digest();
  return {
    url: `assets/data/kzuz-dataset.${digest.toString("hex").slice(0, 12)}.json`,
    integrity: `sha256-${digest.toString("base64")}`,
  };
}

/** The help pages to copy into dist/: every language's that exists; the missing ones named. */
function helpPages() {
  const pages = LOCALES.map((l) => helpPage(l.lang));
  const missing = pages.filter((page) => !existsSync(path.join(HELP_DIR, page)));
  if (missing.length > 0)
    console.warn(
      `warning: no help page ${missing.join(", ")} in src/taskpane/: those languages' help links lead to help.html.`
    );
  return pages.filter((page) => !missing.includes(page));
}

/** Key and certificate for the dev server (see scripts/dev-certs.js for the fallbacks). */
async function tlsOptions() {
  const { ca, key, cert } = await getHttpsOptions();
  return ca ? { ca, key, cert } : { key, cert };
}

/** Rewrites the dev address in generated assets (functions.json's help links) to the production one. */
class PublicUrlPlugin {
  /** @param {string} url */
  constructor(url) {
    this.url = url;
  }
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PublicUrlPlugin", (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE;
      compilation.hooks.processAssets.tap({ name: "PublicUrlPlugin", stage }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return;
        const text = asset.source.source().toString().split(DEV_URL).join(this.url);
        compilation.updateAsset("functions.json", new sources.RawSource(text));
      });
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const prodUrl = dev ? undefined : publicUrl();
  if (!dev && !prodUrl) {
    console.warn(
      `warning: KZUZ_PUBLIC_URL is not set: dist/manifest.xml still points at ${DEV_URL}. Set it to where dist/ is published (README: "Deploying").`
    );
  }
  const serving = Boolean(env.WEBPACK_SERVE);
  const dataset = bundledDataset();

  /** @type {import("webpack").Configuration & { devServer?: import("webpack-dev-server").Configuration }} */
  const config = {
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      // The pane depends on the functions entry: every module the functions hold (the data
      // layer, the formula library, the translator) is bundled once, there, and the pane and its
      // lazy chunks (the formula builder) use that copy, so the page has one dataset store.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].js",
      // Fixed, not "auto": the custom-functions chunks also run where there is no document (the
      // Node vm of tests/functions/dist.test.ts); lazy chunks sit beside the page.
      publicPath: "",
      globalObject: "globalThis",
      clean: true,
    },
    optimization: {
      // One runtime for the page; lazy chunks split only as their imports say.
      runtimeChunk: "single",
      splitChunks: { cacheGroups: { default: false, defaultVendors: false } },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          // The add-in's modules do nothing but declare when imported (the entries, which run,
          // are always kept): a module none of whose exports is used is left out, even behind a
          // re-export (src/data/query/index.ts).
          test: /[\\/]src[\\/].*\.tsx?$/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the build only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          // A language's catalogue index asked for one part (src/i18n/translator.ts): its area
          // imports ask for the same part.
          test: /[\\/]src[\\/]i18n[\\/]messages[\\/][a-z]+[\\/]index\.ts$/,
          resourceQuery: /^\?part=(start|rest)$/,
          enforce: "pre",
          use: path.resolve(__dirname, "scripts/lib/catalogue-index-loader.js"),
        },
        {
          // The message catalogues: checked and compiled to Lingui's runtime form (a bad message
          // fails the build), so the page ships no message parser; with ?part=start or
          // ?part=rest only the first screen's messages or the others (src/i18n/firstScreen.json).
          test: /[\\/]src[\\/]i18n[\\/]messages[\\/][a-z]+[\\/][a-z]+\.json$/,
          type: "javascript/auto",
          use: path.resolve(__dirname, "scripts/lib/catalogue-loader.js"),
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // Start-up trusts the bundled dataset, so it is validated here: an invalid one fails the build.
      new DatasetCheckPlugin(DATASET_FILE),
      new DefinePlugin({
        KZUZ_BUNDLED_DATASET: JSON.stringify(dataset),
        // The catalogues are cut in two (the first screen's messages, the rest): see below.
        KZUZ_CATALOGUE_PARTS: "true",
      }),
      // English is bundled, but only the first screen's messages (the rest is a chunk the
      // translator loads just after the first screen, src/i18n/translator.ts); Jest and tsx read
      // the whole catalogue from the same import.
      new NormalModuleReplacementPlugin(/^\.\/messages\/en$/, (resource) => {
        if (/[\\/]src[\\/]i18n$/.test(resource.context))
          resource.request = "./messages/en/index.ts?part=start";
      }),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      ...(prodUrl ? [new PublicUrlPlugin(prodUrl)] : []),
      new LocalizedFunctionsPlugin(path.resolve(__dirname, "src/functions/locales"), {
        helpDir: HELP_DIR,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The functions entry (after the runtime chunk it needs) first, so formulas
        // register without waiting for React.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        templateParameters: { officeJs: dev ? OFFICE_JS_LOCAL : OFFICE_JS_CDN, dataset },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/data/*.json", to: "assets/data/[name][ext]" },
          { from: "assets/data/kzuz-dataset.json", to: dataset.url },
          ...helpPages().map((page) => ({ from: `src/taskpane/${page}`, to: page })),
          { from: "src/taskpane/help.css", to: "help.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              prodUrl ? content.toString().split(DEV_URL).join(prodUrl) : content,
          },
        ],
      }),
    ],
    devServer: {
      port,
      hot: false,
      liveReload: false,
      client: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [
        {
          directory: path.join(__dirname, "node_modules/@microsoft/office-js/dist"),
          publicPath: "/office-js",
          watch: false,
        },
      ],
      server: serving ? { type: "https", options: await tlsOptions() } : undefined,
    },
  };
  return config;
};
