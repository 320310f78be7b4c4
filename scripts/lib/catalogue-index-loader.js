// @ts-check
/**
 * webpack loader for a language's catalogue index (src/i18n/messages/<lang>/index.ts) imported
 * with a part query (`index?part=start`): its area imports (`./shell.json`) get the same query, so
 * the index joins only that part of every area (scripts/lib/catalogue-loader.js). The index file
 * stays the one list of a language's areas.
 */

/** @this {{ resourceQuery: string }} @param {string} source */
module.exports = function catalogueIndexLoader(source) {
  const query = this.resourceQuery;
  if (!/^\?part=(start|rest)$/.test(query)) return source;
  return source.replace(/(from\s+["']\.\/[a-z]+\.json)(["'])/g, `$1${query}$2`);
};
