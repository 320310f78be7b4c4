/**
 * The page's active language, for code outside React (the custom functions, which share the
 * page with the pane): the functions' error messages are written in the language the pane shows.
 * It starts in English, and `setActiveLang` loads and switches; the pane calls it at start and
 * when the user picks a language, and re-renders on `onActiveLangChange`.
 *
 * At start the language comes with its first screen's messages only (./translator);
 * `completeActiveLang`, called once the first screen is up, loads the rest and makes the complete
 * translator active (a change like any other). After that, a language is switched to whole.
 */
import {
  completeTranslator,
  englishTranslator,
  loadTranslator,
  type Translator,
} from "./translator";
import type { Lang } from "./locales";

let active: Translator = englishTranslator;
let pending: Promise<Translator> | undefined;
let wanted: Lang = "en";
/** Set once the first screen asked for the rest: every later switch loads the whole language. */
let pastFirstScreen = false;
const listeners = new Set<(t: Translator) => void>();

/** The translator of the active language (English until a language has loaded). */
export function activeTranslator(): Translator {
  return active;
}

function activate(t: Translator): void {
  if (active === t) return;
  active = t;
  for (const listener of listeners) listener(t);
}

/**
 * Loads `lang` and makes it the active language; resolves to its translator (English if its
 * catalogue could not load). When called again before the first has loaded, the last call wins.
 */
export async function setActiveLang(lang: Lang): Promise<Translator> {
  wanted = lang;
  const loading = loadTranslator(lang).then((t) => (pastFirstScreen ? completeTranslator(t) : t));
  pending = loading;
  const t = await loading;
  if (pending === loading && wanted === lang) activate(t);
  return pending === loading ? t : pending;
}

/**
 * Loads the rest of the active language's messages (and English's, the fallback) and makes the
 * complete translator active; resolves to it (at once when it is complete already). If the
 * language changes meanwhile, completes the new one. A part that could not load leaves the
 * first screen's translator (a later call tries again).
 */
export async function completeActiveLang(): Promise<Translator> {
  pastFirstScreen = true;
  const start = active;
  if (start.complete) return start;
  const whole = await completeTranslator(start);
  if (active !== start) return completeActiveLang();
  activate(whole);
  return whole;
}

/** Calls `listener` after each change of language; returns the function that stops it. */
export function onActiveLangChange(listener: (t: Translator) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
