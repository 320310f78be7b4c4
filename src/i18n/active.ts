/**
 * The page's active language, for code outside React (the custom functions, which share the
 * page with the pane): the functions' error messages are written in the language the pane shows.
 * It starts in English, and `setActiveLang` loads and switches; the pane calls it at start and
 * when the user picks a language, and re-renders on `onActiveLangChange`.
 */
import { englishTranslator, loadTranslator, type Translator } from "./translator";
import type { Lang } from "./locales";

let active: Translator = englishTranslator;
let pending: Promise<Translator> | undefined;
let wanted: Lang = "en";
const listeners = new Set<(t: Translator) => void>();

/** The translator of the active language (English until a language has loaded). */
export function activeTranslator(): Translator {
  return active;
}

/**
 * Loads `lang` and makes it the active language; resolves to its translator (English if its
 * catalogue could not load). When called again before the first has loaded, the last call wins.
 */
export async function setActiveLang(lang: Lang): Promise<Translator> {
  wanted = lang;
  const loading = loadTranslator(lang);
  pending = loading;
  const t = await loading;
  if (pending === loading && wanted === lang && active !== t) {
    active = t;
    for (const listener of listeners) listener(t);
  }
  return pending === loading ? t : pending;
}

/** Calls `listener` after each change of language; returns the function that stops it. */
export function onActiveLangChange(listener: (t: Translator) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
