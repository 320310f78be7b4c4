/**
 * The add-in's languages. src/i18n/locales.json is the one list: the manifest check, the
 * localised-functions build step and this module all read it.
 */
import LOCALE_LIST from "./locales.json";

export type Lang = "en" | "ru" | "kk" | "uz" | "fr";

interface LocaleInfo {
  lang: Lang;
  /** The Office locale tag: the manifest's Override Locale, and the tag Intl formats with. */
  office: string;
  /** The language's name in itself, for a language picker. */
  name: string;
  /** Other Office display languages that read this one (fr-CA for French): manifest Overrides. */
  alsoOffice: string[];
}

export const LOCALES = LOCALE_LIST as LocaleInfo[];
export const LANGS: readonly Lang[] = LOCALES.map((l) => l.lang);
export const DEFAULT_LANG: Lang = "en";

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** The Office locale tag of a language ("ru" → "ru-RU"). */
export function officeTag(lang: Lang): string {
  return LOCALES.find((l) => l.lang === lang)!.office;
}

/**
 * The add-in's language for a BCP 47 tag such as Office's display language ("ru-RU", "fr-CA",
 * "uz-Cyrl-UZ", "kk"); undefined when the add-in does not speak it. Only the language subtag
 * counts: a French Canadian reads French; an Uzbek reader of Cyrillic gets Uzbek in Latin script,
 * the official one, rather than another language.
 */
export function langOf(tag: string | undefined | null): Lang | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return isLang(primary) ? primary : undefined;
}
