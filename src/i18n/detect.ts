/**
 * Which language to show: the one the user chose (remembered in localStorage), else Office's
 * display language when the add-in speaks it, else English.
 */
import { DEFAULT_LANG, isLang, langOf, type Lang } from "./locales";

export const LANG_STORAGE_KEY = "kzuz.lang";

/** The part of Storage this needs (localStorage in the pane; a fake in tests). */
export type LangStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/**
 * localStorage, or undefined where the page may not use it (a sandboxed frame throws on access):
 * then the choice lasts only as long as the page.
 */
function defaultStore(): LangStore | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Office's display language (Office.context.displayLanguage), or undefined outside Office. */
export function officeDisplayLanguage(): string | undefined {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  try {
    return office?.context?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

/** The language the user chose, if one is remembered and still one of the add-in's. */
export function rememberedLang(store: LangStore | undefined = defaultStore()): Lang | undefined {
  try {
    const value = store?.getItem(LANG_STORAGE_KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the user's choice; undefined forgets it (follow Office again). */
export function rememberLang(
  lang: Lang | undefined,
  store: LangStore | undefined = defaultStore()
): void {
  try {
    if (lang) store?.setItem(LANG_STORAGE_KEY, lang);
    else store?.removeItem(LANG_STORAGE_KEY);
  } catch {
    // Storage full or refused: the choice still applies to this page.
  }
}

/** The language to show: the remembered choice, else Office's display language, else English. */
export function detectLang(
  displayLanguage: string | undefined = officeDisplayLanguage(),
  store: LangStore | undefined = defaultStore()
): Lang {
  return rememberedLang(store) ?? langOf(displayLanguage) ?? DEFAULT_LANG;
}

/** The language Office's display language maps to (English when the add-in does not speak it). */
export function officeLang(displayLanguage: string | undefined = officeDisplayLanguage()): Lang {
  return langOf(displayLanguage) ?? DEFAULT_LANG;
}
