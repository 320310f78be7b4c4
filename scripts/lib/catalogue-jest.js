// @ts-check
/** Jest transform: catalogues compile in the tests as they do in the build (scripts/lib/catalogue.js). */
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { compileCatalogue } = require("./catalogue.js");

const compilerSources = ["catalogue.js", "catalogue-jest.js", "../../src/i18n/locales.json"]
  .map((f) => fs.readFileSync(path.join(__dirname, f), "utf8"))
  .join("\0");

module.exports = {
  /** @param {string} source @param {string} file */
  process(source, file) {
    const compiled = compileCatalogue(JSON.parse(source), file);
    // Jest reads a .json module as JSON whatever the transform: the compiled catalogue is JSON too.
    return { code: JSON.stringify(compiled) };
  },
  /** @param {string} source @param {string} file */
  getCacheKey(source, file) {
    return crypto
      .createHash("sha256")
      .update(`${file}\0${source}\0${compilerSources}`)
      .digest("hex");
  },
};
