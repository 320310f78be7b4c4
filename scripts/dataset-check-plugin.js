// @ts-check
/**
 * A webpack plugin that validates the bundled dataset (assets/data/kzuz-dataset.json) with the
 * add-in's own validator (src/data/validate/, loaded through tsx) before anything is compiled.
 * The add-in trusts the bundled copy at run time and does not load the validator at start-up, so
 * an invalid dataset must stop the build here.
 */
const { readFileSync } = require("node:fs");
const path = require("node:path");

class DatasetCheckPlugin {
  /** @param {string} file the dataset's path */
  constructor(file) {
    this.file = file;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const check = () => {
      const problem = checkDataset(this.file);
      if (problem) throw new Error(problem);
    };
    compiler.hooks.beforeRun.tap("DatasetCheckPlugin", check);
    compiler.hooks.watchRun.tap("DatasetCheckPlugin", check);
  }
}

/** The English translator, compiled on the fly: the data layer's errors are ids and values. */
function english() {
  const tsx = require("tsx/cjs/api");
  /** @type {typeof import("../src/i18n/translator")} */
  const translator = tsx.require("../src/i18n/translator.ts", __filename);
  return translator.englishTranslator;
}

/** The add-in's validator, compiled on the fly (webpack's config is plain Node). */
function loadValidator() {
  const tsx = require("tsx/cjs/api");
  /** @type {typeof import("../src/data/validate")} */
  const validate = tsx.require("../src/data/validate/index.ts", __filename);
  return validate.parseDatasetText;
}

/**
 * Undefined when the dataset at `file` is valid, else a message naming the file and the first problem.
 * @param {string} file
 * @param {typeof import("../src/data/validate").parseDatasetText} parse
 * @param {(said: import("../src/i18n/message").Message) => string} say the error in English
 */
function checkDataset(file, parse = loadValidator(), say = (said) => english().text(said)) {
  const result = parse(readFileSync(file, "utf8"));
  if (result.ok) return undefined;
  return `The bundled dataset ${path.relative(process.cwd(), file)} is invalid, so the add-in was not built: ${say(result.error)}`;
}

module.exports = { DatasetCheckPlugin, checkDataset };
