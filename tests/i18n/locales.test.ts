import { helpHref } from "../../src/i18n/help";
/** The language list and how Office's display language maps onto it. */
import { DEFAULT_LANG, LANGS, langOf, LOCALES, officeTag } from "../../src/i18n/locales";

test("five languages, English the default, each with the Office locale the manifest overrides", () => {
  expect(LANGS).toEqual(["en", "ru", "kk", "uz", "fr"]);
  expect(DEFAULT_LANG).toBe("en");
  expect(LANGS.map(officeTag)).toEqual(["en-US", "ru-RU", "kk-KZ", "uz-Latn-UZ", "fr-FR"]);
  expect(LOCALES.map((l) => l.name)).toEqual([
    "English",
    "Русский",
    "Қазақша",
    "Oʻzbekcha",
    "Français",
  ]);
});

test.each([
  ["ru-RU", "ru"],
  ["kk-KZ", "kk"],
  ["uz-Latn-UZ", "uz"],
  ["uz-Cyrl-UZ", "uz"],
  ["fr-CA", "fr"],
  ["FR-fr", "fr"],
  ["en-GB", "en"],
  ["kk", "kk"],
  ["de-DE", undefined],
  ["", undefined],
  [undefined, undefined],
])("Office display language %p is the add-in's %p", (tag, lang) => {
  expect(langOf(tag)).toBe(lang);
});

test("the help page of each language, with its anchor", () => {
  expect(helpHref("en")).toBe("help.html");
  expect(helpHref("en", "#functions")).toBe("help.html#functions");
  expect(helpHref("kk", "get-it")).toBe("help.kk.html#get-it");
});
