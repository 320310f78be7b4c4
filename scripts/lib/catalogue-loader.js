// @ts-check
/** webpack loader: a catalogue JSON file → its checked, compiled messages (scripts/lib/catalogue.js). */
const { compileCatalogue } = require("./catalogue.js");

/** @this {{ resourcePath: string }} @param {string} source */
module.exports = function catalogueLoader(source) {
  const compiled = compileCatalogue(JSON.parse(source), this.resourcePath);
  return `export default ${JSON.stringify(compiled)};`;
};
