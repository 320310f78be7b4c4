// @ts-check
/**
 * The message catalogues' compiler, shared by the build (scripts/lib/catalogue-loader.js) and
 * Jest (scripts/lib/catalogue-jest.js), so the tests run exactly what the page runs.
 *
 * A catalogue is src/i18n/messages/<lang>/<area>.json: { "key": "ICU message" }. Each message is
 * checked strictly (@messageformat/parser with the language's CLDR plural categories: a syntax
 * error or a plural form the language does not have fails the build) and compiled to Lingui's
 * runtime form (@lingui/message-utils), so the page ships no message parser.
 *
 * Each catalogue is also cut in two parts without moving a key between files: the first screen's
 * messages (src/i18n/firstScreen.json), loaded at start, and the rest, loaded just after the first
 * screen. The build asks for a part with a query (`common.json?part=start`); see `catalogueParts`.
 */
const path = require("node:path");
const { parse } = require("@messageformat/parser");
const { compileMessage } = require("@lingui/message-utils/compileMessage");
const LOCALES = require("../../src/i18n/locales.json");
const FIRST_SCREEN = require("../../src/i18n/firstScreen.json");

/** Whether `key` is one of the first screen's messages (firstScreen.json: a key, or a prefix ending in "."). */
function isFirstScreenKey(key, list = FIRST_SCREEN.keys) {
  return list.some((entry) => (entry.endsWith(".") ? key.startsWith(entry) : key === entry));
}

/**
 * The part of a compiled catalogue a build query asks for: "?part=start" the first screen's
 * messages, "?part=rest" the others, no query all of them.
 */
function cataloguePart(compiled, query, list = FIRST_SCREEN.keys) {
  const part = /[?&]part=(start|rest)\b/.exec(query ?? "")?.[1];
  if (part === undefined) {
    if (query) throw new Error(`unknown catalogue query "${query}" (part=start or part=rest)`);
    return compiled;
  }
  return Object.fromEntries(
    Object.entries(compiled).filter(([key]) => isFirstScreenKey(key, list) === (part === "start"))
  );
}

/** The language of a catalogue file, from its folder: .../messages/ru/shell.json → "ru". */
function catalogueLang(file) {
  const lang = path.basename(path.dirname(file));
  const info = LOCALES.find((l) => l.lang === lang);
  if (!info) throw new Error(`${file}: "${lang}" is not a language in src/i18n/locales.json`);
  return info;
}

/** The CLDR plural categories of an Office locale tag ("ru-RU" → one, few, many, other). */
function pluralCategories(tag) {
  return /** @type {string[]} */ (new Intl.PluralRules(tag).resolvedOptions().pluralCategories);
}

/** What is wrong with one message (empty when nothing): syntax, unknown plural forms. */
function messageProblems(text, tag) {
  if (typeof text !== "string") return ["is not a string"];
  try {
    parse(text, { cardinal: pluralCategories(tag), ordinal: [], strict: false });
    return [];
  } catch (e) {
    return [String(/** @type {Error} */ (e).message).split("\n")[0]];
  }
}

/** The argument names a message uses ({name}, {count, plural, …}), nested ones included. */
function placeholders(text) {
  const names = new Set();
  const walk = (tokens) => {
    for (const t of tokens) {
      if (t.type === "argument") names.add(t.arg);
      else if (t.type === "plural" || t.type === "select" || t.type === "selectordinal") {
        names.add(t.arg);
        for (const c of t.cases) walk(c.tokens);
      } else if (t.type === "function") names.add(t.arg);
    }
  };
  walk(parse(text, { strict: false }));
  return names;
}

/**
 * Checks and compiles a parsed catalogue file. Throws one error naming every bad message, so a
 * broken translation fails the build instead of reaching a user.
 */
function compileCatalogue(messages, file) {
  const { office } = catalogueLang(file);
  if (!messages || typeof messages !== "object" || Array.isArray(messages))
    throw new Error(`${file}: a catalogue is a JSON object of "key": "message"`);
  const problems = [];
  /** @type {Record<string, unknown>} */
  const compiled = {};
  for (const [key, text] of Object.entries(messages)) {
    const found = messageProblems(text, office);
    if (found.length) problems.push(...found.map((p) => `  ${key}: ${p}`));
    else compiled[key] = compileMessage(text);
  }
  if (problems.length) throw new Error(`${file}: invalid messages\n${problems.join("\n")}`);
  return compiled;
}

module.exports = {
  compileCatalogue,
  cataloguePart,
  isFirstScreenKey,
  messageProblems,
  placeholders,
  pluralCategories,
  catalogueLang,
};
