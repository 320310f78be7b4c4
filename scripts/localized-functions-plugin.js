// @ts-check
/**
 * Localised custom-functions metadata, built from one source of truth. English is functions.json,
 * which CustomFunctionsMetadataPlugin generates from the JSDoc; each other language's descriptions
 * and parameter descriptions come from src/functions/locales/<lang>.json, keyed by function id
 * and parameter name. The plugin writes functions-<locale>.json for every locale in
 * src/i18n/locales.json: the same ids, names, types and options as functions.json (names stay
 * the same in every language, so formulas read alike), only the texts translated. The manifest's
 * Functions.Metadata.Url has one <bt:Override> per locale pointing at these files, as in
 * Microsoft's "Custom functions naming and localization" (learn.microsoft.com/office/dev/add-ins/
 * excel/custom-functions-naming). A catalogue that lacks a function or parameter, names one that
 * no longer exists, or has an empty text fails the build.
 *
 * Each function's helpUrl (the metadata's "URL that provides information about the function",
 * learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json) leads to help.html#<id>;
 * in a locale's file it leads to that language's page, help.<lang>.html#<id>, when the page
 * exists in the help folder given to the plugin (else to the English page).
 */
const { existsSync, readFileSync } = require("node:fs");
const path = require("node:path");

/** @typedef {{ description: string, parameters: Record<string, string> }} CatalogueEntry */
/** @typedef {Record<string, CatalogueEntry>} Catalogue */
/** @typedef {{ id: string, name: string, description?: string, helpUrl?: string, parameters?: { name: string, description?: string }[] }} FunctionMetadata */
/** @typedef {{ functions: FunctionMetadata[] }} Metadata */

/** @type {{ lang: string, office: string, name: string }[]} */
const LOCALES = require("../src/i18n/locales.json");

/** The locales that get a translated metadata file (all but the default, English). */
const TRANSLATED = LOCALES.filter((l) => l.lang !== "en");

/** @param {string} office an Office locale such as "ru-RU" */
function metadataFile(office) {
  return `functions-${office}.json`;
}

/**
 * The longest function or parameter description, in characters (code points): Excel's Insert
 * Function dialog, like VBA's Application.MacroOptions Description, takes at most 255.
 */
const MAX_DESCRIPTION = 255;
/** @param {string} text */
const length = (text) => [...text].length;
/** @param {string} text */
const tooLong = (text) => length(text) > MAX_DESCRIPTION;

/**
 * Description problems of the English metadata itself (the JSDoc): each over MAX_DESCRIPTION.
 * @param {Metadata} metadata
 * @returns {string[]}
 */
function metadataProblems(metadata) {
  /** @type {string[]} */
  const problems = [];
  for (const fn of metadata.functions) {
    if (fn.description && tooLong(fn.description))
      problems.push(
        `en: ${fn.id}'s description is ${length(fn.description)} characters, over ${MAX_DESCRIPTION}`
      );
    for (const p of fn.parameters ?? [])
      if (p.description && tooLong(p.description))
        problems.push(
          `en: ${fn.id} parameter ${p.name}'s description is ${length(p.description)} characters, over ${MAX_DESCRIPTION}`
        );
  }
  return problems;
}

/**
 * What is wrong with `catalogue` against the English metadata: a function or parameter missing or
 * no longer there, an empty text. Empty when the catalogue is complete.
 * @param {Metadata} metadata
 * @param {Catalogue} catalogue
 * @param {string} lang
 */
function catalogueProblems(metadata, catalogue, lang) {
  /** @type {string[]} */
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const fn of metadata.functions) {
    const entry = catalogue[fn.id];
    if (!entry) {
      problems.push(`${lang}: function ${fn.id} is missing`);
      continue;
    }
    if (typeof entry.description !== "string" || !entry.description.trim())
      problems.push(`${lang}: ${fn.id} has an empty description`);
    else if (tooLong(entry.description))
      problems.push(
        `${lang}: ${fn.id}'s description is ${length(entry.description)} characters, over ${MAX_DESCRIPTION}`
      );
    const params = new Set((fn.parameters ?? []).map((p) => p.name));
    for (const p of params) {
      const text = entry.parameters?.[p];
      if (text === undefined) problems.push(`${lang}: ${fn.id} parameter ${p} is missing`);
      else if (typeof text !== "string" || !text.trim())
        problems.push(`${lang}: ${fn.id} parameter ${p} has an empty description`);
      else if (tooLong(text))
        problems.push(
          `${lang}: ${fn.id} parameter ${p}'s description is ${length(text)} characters, over ${MAX_DESCRIPTION}`
        );
    }
    for (const p of Object.keys(entry.parameters ?? {}))
      if (!params.has(p))
        problems.push(`${lang}: ${fn.id} has parameter ${p}, which no longer exists`);
  }
  for (const id of Object.keys(catalogue))
    if (!ids.has(id)) problems.push(`${lang}: function ${id} no longer exists`);
  return problems;
}

/**
 * The English metadata with the catalogue's texts in place of the JSDoc's; everything else as is.
 * @param {Metadata} metadata
 * @param {Catalogue} catalogue
 * @returns {Metadata}
 */
function localizeMetadata(metadata, catalogue) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => ({
      ...fn,
      description: catalogue[fn.id].description,
      ...(fn.parameters && {
        parameters: fn.parameters.map((p) => ({
          ...p,
          description: catalogue[fn.id].parameters[p.name],
        })),
      }),
    })),
  };
}

/**
 * The help page of a language: help.html in English, help.<lang>.html in the others (the rule
 * of helpHref in src/i18n/help.ts, which the pane's links use).
 * @param {string} lang
 */
function helpPage(lang) {
  return lang === "en" ? "help.html" : `help.${lang}.html`;
}

/**
 * The metadata with every help link to help.html#<anchor> pointing at `lang`'s page instead,
 * same address and anchor.
 * @param {Metadata} metadata
 * @param {string} lang
 * @returns {Metadata}
 */
function localizeHelpUrls(metadata, lang) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) =>
      typeof fn.helpUrl === "string"
        ? { ...fn, helpUrl: fn.helpUrl.replace(/(^|\/)help\.html(?=#|$)/, `$1${helpPage(lang)}`) }
        : fn
    ),
  };
}

/** @param {string} dir @param {string} lang @returns {Catalogue} */
function readCatalogue(dir, lang) {
  return JSON.parse(readFileSync(path.join(dir, `${lang}.json`), "utf8"));
}

class LocalizedFunctionsPlugin {
  /**
   * @param {string} catalogueDir the folder of <lang>.json catalogues
   * @param {{ helpDir?: string }} [options] helpDir: the folder of the help pages (help.<lang>.html)
   */
  constructor(catalogueDir, options = {}) {
    this.dir = catalogueDir;
    this.helpDir = options.helpDir;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsPlugin", (compilation) => {
      // After OPTIMIZE, where PublicUrlPlugin rewrites functions.json's help links, so the
      // localised files carry the production addresses too.
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COUNT;
      compilation.hooks.processAssets.tap({ name: "LocalizedFunctionsPlugin", stage }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return;
        /** @type {Metadata} */
        const metadata = JSON.parse(asset.source.source().toString());
        const own = metadataProblems(metadata);
        if (own.length > 0)
          compilation.errors.push(
            new WebpackError(`functions.json (JSDoc):\n  ${own.join("\n  ")}`)
          );
        for (const { lang, office } of TRANSLATED) {
          compilation.fileDependencies.add(path.join(this.dir, `${lang}.json`));
          let catalogue;
          try {
            catalogue = readCatalogue(this.dir, lang);
          } catch (error) {
            compilation.errors.push(new WebpackError(`functions catalogue ${lang}.json: ${error}`));
            continue;
          }
          const problems = catalogueProblems(metadata, catalogue, lang);
          if (problems.length > 0) {
            compilation.errors.push(
              new WebpackError(`functions catalogue ${lang}.json:\n  ${problems.join("\n  ")}`)
            );
            continue;
          }
          let localized = localizeMetadata(metadata, catalogue);
          if (this.helpDir) {
            const page = path.join(this.helpDir, helpPage(lang));
            if (existsSync(page)) {
              compilation.fileDependencies.add(page);
              localized = localizeHelpUrls(localized, lang);
            } else compilation.missingDependencies.add(page);
          }
          const text = JSON.stringify(localized, null, 4);
          compilation.emitAsset(metadataFile(office), new sources.RawSource(text));
        }
      });
    });
  }
}

module.exports = {
  LOCALES,
  TRANSLATED,
  metadataFile,
  MAX_DESCRIPTION,
  metadataProblems,
  catalogueProblems,
  localizeMetadata,
  helpPage,
  localizeHelpUrls,
  readCatalogue,
  LocalizedFunctionsPlugin,
};
