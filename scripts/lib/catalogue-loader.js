// @ts-check
/**
 * webpack loader: a catalogue JSON file → its checked, compiled messages (scripts/lib/catalogue.js),
 * all of them, or only one part when imported with `?part=start` / `?part=rest` (the first
 * screen's messages, or the others: src/i18n/firstScreen.json).
 */
const { compileCatalogue, cataloguePart } = require("./catalogue.js");

/** @this {{ resourcePath: string, resourceQuery: string, addDependency(file: string): void }} @param {string} source */
module.exports = function catalogueLoader(source) {
  this.addDependency(require.resolve("../../src/i18n/firstScreen.json"));
  const compiled = compileCatalogue(JSON.parse(source), this.resourcePath);
  return `export default ${JSON.stringify(cataloguePart(compiled, this.resourceQuery))};`;
};
