/**
 * The localised custom-functions metadata (Microsoft's "Custom functions naming and
 * localization": one metadata file per locale, chosen by the manifest's <bt:Override>): each
 * catalogue in src/functions/locales/ covers exactly the functions and parameters of the JSDoc
 * (the golden functions.json), with non-empty texts that use the glossary's terms; the build emits
 * functions-<locale>.json for every locale, identical to functions.json but for the texts.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  catalogueProblems,
  helpPage,
  MAX_DESCRIPTION,
  metadataProblems,
  localizeHelpUrls,
  localizeMetadata,
  metadataFile,
  readCatalogue,
  TRANSLATED,
  type Catalogue,
  type Metadata,
} from "../../scripts/localized-functions-plugin";
import { GLOSSARY } from "../../src/i18n/glossary";
import type { Lang } from "../../src/i18n/locales";

const DIST = join(__dirname, "..", "..", "dist");
const CATALOGUES = join(__dirname, "..", "..", "src", "functions", "locales");
const golden: Metadata = JSON.parse(readFileSync(join(__dirname, "functions.golden.json"), "utf8"));

test("the translated locales are Russian, Kazakh, Uzbek (Latin) and French", () => {
  expect(TRANSLATED.map((l) => [l.lang, l.office])).toEqual([
    ["ru", "ru-RU"],
    ["kk", "kk-KZ"],
    ["uz", "uz-Latn-UZ"],
    ["fr", "fr-FR"],
  ]);
});

/** The language's words for "not disclosed" (the pane's and the functions' catalogue, as written). */
function notDisclosed(lang: string): string {
  const file = join(__dirname, `../../src/i18n/messages/${lang}/common.json`);
  return (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>)["value.notDisclosed"];
}

describe.each(TRANSLATED.map((l) => [l.lang as Lang]))("the %s catalogue", (lang) => {
  const catalogue = readCatalogue(CATALOGUES, lang);

  test("has every function and parameter of the JSDoc, nothing else, and no empty text", () => {
    expect(catalogueProblems(golden, catalogue, lang)).toEqual([]);
  });

  test("keeps the quoted values a user types, and the function names, as the English has them", () => {
    for (const fn of golden.functions) {
      const texts = [
        [fn.description ?? "", catalogue[fn.id].description],
        ...(fn.parameters ?? []).map((p) => [
          p.description ?? "",
          catalogue[fn.id].parameters[p.name],
        ]),
      ];
      for (const [english, translated] of texts) {
        for (const quoted of english.match(/"[^"]+"/g) ?? [])
          // "not disclosed" quotes the function's own message, which it says in the language.
          if (quoted !== '"not disclosed"') expect(translated).toContain(quoted);
          else expect(translated).toContain(notDisclosed(lang));
        for (const name of english.match(/KZUZ\.[A-Z]+/g) ?? []) expect(translated).toContain(name);
      }
    }
  });

  test("uses the glossary's term wherever the English uses the term", () => {
    const missing: string[] = [];
    for (const fn of golden.functions) {
      const texts: [string, string, string][] = [
        [fn.id, fn.description ?? "", catalogue[fn.id].description],
        ...(fn.parameters ?? []).map((p): [string, string, string] => [
          `${fn.id}(${p.name})`,
          p.description ?? "",
          catalogue[fn.id].parameters[p.name],
        ]),
      ];
      for (const [where, english, translated] of texts) {
        // What the user types stays English in every language: quoted values, function names.
        const prose = english.replace(/"[^"]*"|KZUZ\.[A-Z]+/g, "");
        for (const entry of GLOSSARY)
          if (
            !entry.loose &&
            new RegExp(entry.en.match, "iu").test(prose) &&
            !new RegExp(entry[lang].match, "iu").test(translated)
          )
            missing.push(`${where}: "${entry[lang].term}" (${entry.id})`);
      }
    }
    expect(missing).toEqual([]);
  });
});

test("every English function and parameter description (the JSDoc) is within 255 characters", () => {
  expect(MAX_DESCRIPTION).toBe(255);
  expect(metadataProblems(golden)).toEqual([]);
  const long = JSON.parse(JSON.stringify(golden)) as Metadata;
  long.functions.find((f) => f.id === "PROGRESS")!.description = "x".repeat(256);
  expect(metadataProblems(long)).toEqual([
    "en: PROGRESS's description is 256 characters, over 255",
  ]);
});

describe("catalogueProblems catches what would ship broken", () => {
  const good = readCatalogue(CATALOGUES, "ru");
  const clone = (): Catalogue => JSON.parse(JSON.stringify(good));

  test("a function missing, or one that no longer exists", () => {
    const c = clone();
    delete c.TRADE;
    c.OLDNAME = { description: "x", parameters: {} };
    expect(catalogueProblems(golden, c, "ru")).toEqual([
      "ru: function TRADE is missing",
      "ru: function OLDNAME no longer exists",
    ]);
  });
  test("a description or parameter description over 255 characters (counted in characters, not bytes)", () => {
    const c = clone();
    c.PROGRESS.description = "ш".repeat(256);
    c.TRADE.parameters.year = "ʻ".repeat(255);
    c.TARGET.parameters.year = "ʻ".repeat(256);
    expect(catalogueProblems(golden, c, "ru")).toEqual([
      "ru: TARGET parameter year's description is 256 characters, over 255",
      "ru: PROGRESS's description is 256 characters, over 255",
    ]);
  });
  test("a parameter missing, renamed or empty, and an empty description", () => {
    const c = clone();
    delete c.TRADEHISTORY.parameters.from_year;
    c.TRADEHISTORY.parameters.fromYear = "Первый год.";
    c.TARGET.parameters.year = "  ";
    c.ASOF.description = "";
    expect(catalogueProblems(golden, c, "ru")).toEqual([
      "ru: TRADEHISTORY parameter from_year is missing",
      "ru: TRADEHISTORY has parameter fromYear, which no longer exists",
      "ru: TARGET parameter year has an empty description",
      "ru: ASOF has an empty description",
    ]);
  });
});

test("localizeMetadata changes only the texts: ids, names, types, options and help links stay", () => {
  const ru = localizeMetadata(golden, readCatalogue(CATALOGUES, "ru"));
  // Everything but the texts, as JSON with the descriptions blanked.
  const strip = (m: Metadata) =>
    JSON.stringify(m, (key, value) => (key === "description" ? "" : value));
  expect(strip(ru)).toEqual(strip(golden));
  expect(ru.functions.find((f) => f.id === "INVESTMENT")!.name).toBe("INVESTMENT");
  expect(ru.functions.find((f) => f.id === "TRADE")!.description).toMatch(/^Товарооборот/);
});

describe("the build", () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, "functions.json")))
      throw new Error("dist/ is missing: run `npx webpack --mode production` first.");
  });
  test.each(TRANSLATED.map((l) => [l.office, l.lang]))(
    "emits %s metadata: functions.json with the %s catalogue's texts",
    (office, lang) => {
      const built = JSON.parse(readFileSync(join(DIST, metadataFile(office)), "utf8"));
      const english = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8"));
      const texts = localizeMetadata(english, readCatalogue(CATALOGUES, lang));
      // Help links lead to the language's help page where it exists (tests/scripts/help-build.test.ts).
      const helpExists = existsSync(join(__dirname, "../../src/taskpane", helpPage(lang)));
      expect(built).toEqual(helpExists ? localizeHelpUrls(texts, lang) : texts);
    }
  );
});
