// @ts-check
/**
 * The real-Excel test add-in (npm run test:excel), built into dist-excel-test/ from
 * webpack.config.js with four differences:
 *   KZUZ_FUNCTIONS_NAMESPACE "KZUZTEST": the functions' namespace every formula the code writes
 *                       or reads uses (src/office/namespace.ts), as the test manifest declares;
 *   test-taskpane.html  the shared-runtime page: office.js, functions.js, then run-in-excel.js
 *                       (tests/real-excel/) in place of the React pane;
 *   manifest.xml        made from the product's manifest.xml by tests/real-excel/test-manifest.ts
 *                       (own id and name, page test-taskpane.html);
 *   assets/data/kzuz-excel-test-changed.json  the dataset the refresh scenarios load
 *                       (tests/real-excel/changed-dataset.ts).
 * The product's dist/, manifest.xml and bundles are untouched.
 */
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { require: tsRequire } = require("tsx/cjs/api");
const base = require("./webpack.config.js");

// src/office/namespace.ts's TEST_FUNCTIONS_NAMESPACE (tests/real-excel/test-manifest.test.ts checks).
const TEST_FUNCTIONS_NAMESPACE = "KZUZTEST";
const OFFICE_JS_LOCAL = "office-js/office.js";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Rewrites the copied manifest.xml into the test manifest and adds the changed dataset. */
class ExcelTestAssetsPlugin {
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const { testManifest } = tsRequire("./tests/real-excel/test-manifest.ts", __filename);
    const { changedDataset, CHANGED_DATASET_PATH } = tsRequire(
      "./tests/real-excel/changed-dataset.ts",
      __filename
    );
    compiler.hooks.thisCompilation.tap("ExcelTestAssetsPlugin", (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE;
      compilation.hooks.processAssets.tap({ name: "ExcelTestAssetsPlugin", stage }, () => {
        const manifest = compilation.getAsset("manifest.xml");
        if (!manifest) throw new Error("manifest.xml was not copied into the test build");
        const text = testManifest(manifest.source.source().toString());
        compilation.updateAsset("manifest.xml", new sources.RawSource(text));
        const published = JSON.parse(
          fs.readFileSync(path.join(__dirname, "assets/data/kzuz-dataset.json"), "utf8")
        );
        const changed = JSON.stringify(changedDataset(published), null, 2);
        compilation.emitAsset(CHANGED_DATASET_PATH, new sources.RawSource(changed));
      });
    });
  }
}

module.exports = async (env, argv) => {
  const config = await base(env, argv);
  const dev = argv.mode === "development";
  const entry = /** @type {Record<string, string>} */ (config.entry);
  config.entry = {
    functions: entry.functions,
    "run-in-excel": "./tests/real-excel/run-in-excel.ts",
  };
  config.output = { ...config.output, path: path.resolve(__dirname, "dist-excel-test") };
  config.plugins = [
    ...(config.plugins ?? []).filter((plugin) => !(plugin instanceof HtmlWebpackPlugin)),
    new HtmlWebpackPlugin({
      filename: "test-taskpane.html",
      template: "./tests/real-excel/test-taskpane.html",
      // The functions bundle first, as in the product page: it installs the shared dataset store.
      chunks: ["functions", "run-in-excel"],
      chunksSortMode: "manual",
      scriptLoading: "defer",
      templateParameters: { officeJs: dev ? OFFICE_JS_LOCAL : OFFICE_JS_CDN },
    }),
    new ExcelTestAssetsPlugin(),
    new webpack.DefinePlugin({
      KZUZ_FUNCTIONS_NAMESPACE: JSON.stringify(TEST_FUNCTIONS_NAMESPACE),
    }),
  ];
  return config;
};
