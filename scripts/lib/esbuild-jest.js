// @ts-check
/**
 * Jest transform for TypeScript and TSX: esbuild's transformSync, one file at a time, to
 * CommonJS for Node. It only strips types (like the build's ts-loader with transpileOnly); type
 * checking is `npm run typecheck` (tsconfig.json covers tests/ too).
 *
 * Unlike ts-jest it does not hoist `jest.mock` calls above the imports: a test that mocks a
 * module must `require` what uses the mock after calling `jest.mock` (tests/scripts/dev-certs).
 */
const crypto = require("node:crypto");
const fs = require("node:fs");
const { transformSync, version } = require("esbuild");

const self = fs.readFileSync(__filename, "utf8");

module.exports = {
  /** @param {string} source @param {string} file */
  process(source, file) {
    const { code, map } = transformSync(source, {
      loader: file.endsWith(".tsx") ? "tsx" : "ts",
      format: "cjs",
      target: "node20",
      platform: "node",
      // import() becomes a require in a promise: Jest runs CommonJS here.
      supported: { "dynamic-import": false },
      jsx: "automatic",
      sourcemap: "external",
      sourcefile: file,
      sourcesContent: false,
      tsconfigRaw: { compilerOptions: { jsx: "react-jsx", esModuleInterop: true } },
    });
    return { code, map };
  },
  /** @param {string} source @param {string} file */
  getCacheKey(source, file) {
    return crypto
      .createHash("sha256")
      .update(`${file}\0${source}\0${version}\0${self}`)
      .digest("hex");
  },
};
