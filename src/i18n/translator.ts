/**
 * The translator: t(key, values) in the active language, falling back to English for a string
 * the language lacks (never to the key), plus the language's number, money, percent and date
 * formats. Messages are ICU, compiled at build time and run by Lingui's small runtime
 * (@lingui/core: no message parser on the page). English is bundled; every other catalogue is a
 * dynamic import, its own chunk, so the page loads only the active language's strings.
 *
 * In the page's build each catalogue comes in two parts (src/i18n/firstScreen.json): the first
 * screen's messages (English's bundled, another language's chunk `i18n-<lang>`), which is what
 * `loadTranslator` gives, and the rest (`i18n-<lang>-rest`, English's too), which
 * `completeTranslator` adds just after the first screen. A translator says whether it is
 * `complete`; what is not on the first screen waits for that (src/taskpane/AfterFirstScreen.tsx),
 * so it never shows a key or English for a string the language has. Jest and tsx read whole
 * catalogues: there every translator is complete.
 */
import { setupI18n, type I18n, type Messages as CompiledMessages } from "@lingui/core";
// The whole English catalogue to TypeScript (MessageKey); in the page's build only its first
// screen's part (webpack.config.js), the rest loaded by completeTranslator.
import en from "./messages/en";
import { formatDate, formatMoney, formatMonthRange, formatNumber, formatPercent } from "./format";
import { officeTag, type Lang } from "./locales";

import type { Message, MessageValue, MessageValues } from "./message";

export type MessageKey = keyof typeof en;
export type { Message, MessageValue, MessageValues };
/**
 * A language's catalogue as the page holds it: compiled messages (the source files are ICU
 * strings). Any key it lacks shows in English.
 */
export type Catalogue = Readonly<Record<string, unknown>>;

declare const KZUZ_CATALOGUE_PARTS: boolean | undefined;
/** Whether this build cuts the catalogues in two (the page's webpack build); Jest and tsx do not. */
const PARTS = typeof KZUZ_CATALOGUE_PARTS !== "undefined" && KZUZ_CATALOGUE_PARTS;

type Loader = () => Promise<{ default: Catalogue }>;

/** Each language's first screen part (its whole catalogue outside the page's build). */
const LOADERS: Record<Exclude<Lang, "en">, Loader> = {
  ru: () => import(/* webpackChunkName: "i18n-ru" */ "./messages/ru/index?part=start"),
  kk: () => import(/* webpackChunkName: "i18n-kk" */ "./messages/kk/index?part=start"),
  uz: () => import(/* webpackChunkName: "i18n-uz" */ "./messages/uz/index?part=start"),
  fr: () => import(/* webpackChunkName: "i18n-fr" */ "./messages/fr/index?part=start"),
};

/** Each language's messages beyond the first screen. */
const REST: Record<Lang, Loader> = {
  en: () => import(/* webpackChunkName: "i18n-en-rest" */ "./messages/en/index?part=rest"),
  ru: () => import(/* webpackChunkName: "i18n-ru-rest" */ "./messages/ru/index?part=rest"),
  kk: () => import(/* webpackChunkName: "i18n-kk-rest" */ "./messages/kk/index?part=rest"),
  uz: () => import(/* webpackChunkName: "i18n-uz-rest" */ "./messages/uz/index?part=rest"),
  fr: () => import(/* webpackChunkName: "i18n-fr-rest" */ "./messages/fr/index?part=rest"),
};

const english = en as unknown as Catalogue;

/** The catalogue of `lang`, loaded on demand (English is already here). */
export async function loadMessages(lang: Lang): Promise<Catalogue> {
  return lang === "en" ? english : (await LOADERS[lang]()).default;
}

export interface Translator {
  lang: Lang;
  /**
   * Whether it has every message; the first screen's translator (in the page's build) has only
   * that screen's until completeTranslator adds the rest.
   */
  complete: boolean;
  /** The Office locale tag of the language ("ru-RU"), for Intl and the page's lang attribute. */
  tag: string;
  t(key: MessageKey, values?: MessageValues): string;
  /** Whether the catalogue (or English) has `key`: for ids that come from lower layers. */
  has(key: string): boolean;
  /**
   * A message (src/i18n/message.ts) in this language, whole: each part and nested value said in
   * this language, or in English where this catalogue lacks its id.
   */
  text(item: Message): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  money(usd: number, options?: { compact?: boolean }): string;
  /**
   * US dollars as the pane writes sums: billions and millions in words ("$4.97 billion",
   * "4,97 млрд $"), up to three decimals of billions and two of millions, so a figure is never
   * rounded into a different claim; smaller sums in full ("$12,500").
   */
  usd(value: number): string;
  percent(share: number, digits?: number): string;
  date(date: string | Date): string;
  /** An ISO day as the pane shows it: as it is in English ("2026-11-27"), in words otherwise. */
  day(iso: string): string;
  /** A figure's months ("2025-01", "2025-09" or a day) in words, for "{from} to {to}". */
  months(from: string, to: string): { from: string; to: string };
}

/** At most `digits` decimals: exact to the figure's scale, never a different claim. */
function rounded(n: number, digits: number): number {
  return Number(n.toFixed(digits));
}

function isList(value: MessageValue): value is readonly Message[] {
  return Array.isArray(value);
}

/** A compiled message that says nothing (an empty translation) counts as missing. */
function present(message: unknown): boolean {
  if (message === undefined || message === null || message === "") return false;
  return !(Array.isArray(message) && message.length === 0);
}

/**
 * The names a message selects on (plural, select): those values stay numbers. The page's
 * catalogues are compiled; one read as ICU text (a script run by tsx imports the JSON as it is)
 * is searched for the same names in its syntax, so "3.8" is not handed to a plural as "3,8".
 */
function selectorNames(message: unknown, into = new Set<string>()): Set<string> {
  if (typeof message === "string") {
    for (const [, name] of message.matchAll(
      /\{\s*(\w+)\s*,\s*(?:plural|selectordinal|select)\s*,/g
    ))
      into.add(name);
    return into;
  }
  if (!Array.isArray(message)) return into;
  for (const token of message as unknown[]) {
    if (!Array.isArray(token)) continue;
    const [name, kind, cases] = token as [unknown, unknown, unknown];
    if (
      typeof name === "string" &&
      typeof kind === "string" &&
      cases &&
      typeof cases === "object"
    ) {
      into.add(name);
      for (const c of Object.values(cases as Record<string, unknown>)) selectorNames(c, into);
    }
  }
  return into;
}

/** The first private-use character none of `texts` contains, to stand in for a backslash. */
function standIn(texts: readonly string[]): string | undefined {
  for (let code = 0xe000; code <= 0xf8ff; code++) {
    const c = String.fromCharCode(code);
    if (!texts.some((t) => t.includes(c))) return c;
  }
  return undefined;
}

/**
 * Renders a message with backslashes and percent signs in its values hidden. Lingui decodes
 * \uXXXX and \xXX sequences in what it renders, which would turn a "\u202e" a user typed (in a
 * name, an address) into a real control character; and inside a plural it marks "#" with its own
 * placeholder text ("%__lingui_octothorpe__%") and then replaces that text everywhere, so a
 * dataset name holding it would be shown as the count (reliability review G9). Each character is
 * replaced by a private-use character none of the texts holds, and put back after. Values are
 * plain values, never message source, so a "{" or "'" in them cannot change the message either.
 */
function renderSafely(
  i18n: I18n,
  key: string,
  values: Record<string, string | number>,
  source: string
): string {
  const texts = Object.values(values).filter((v): v is string => typeof v === "string");
  const hide = ["\\", "%"].filter((c) => texts.some((v) => v.includes(c)));
  if (hide.length === 0) return i18n._(key, values);
  const taken = [...texts, source];
  const pairs = hide.map((c) => {
    // Every private-use character taken (only a hostile value does that): a look-alike instead.
    const stand = standIn(taken) ?? (c === "%" ? "\u2052" : "\u29f5");
    taken.push(stand);
    return { c, stand, back: stand.charCodeAt(0) >= 0xe000 && stand.charCodeAt(0) <= 0xf8ff };
  });
  const hidden: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values))
    hidden[name] =
      typeof value === "string"
        ? pairs.reduce((v, { c, stand }) => v.split(c).join(stand), value)
        : value;
  const text = i18n._(key, hidden);
  return pairs.reduce((t, { c, stand, back }) => (back ? t.split(stand).join(c) : t), text);
}

function lingui(tag: string, messages: Catalogue): I18n {
  return setupI18n({ locale: tag, messages: { [tag]: messages as CompiledMessages } });
}

/**
 * A translator for `lang` with its `messages`, falling back to `englishMessages`; `complete` says
 * whether these are all the messages (not only the first screen's).
 */
export function createTranslator(
  lang: Lang,
  messages: Catalogue,
  englishMessages: Catalogue = english,
  complete = true
): Translator {
  const tag = officeTag(lang);
  const own = lingui(tag, messages);
  const english = lang === "en" ? messages : englishMessages;
  const fallback = lang === "en" ? own : lingui(officeTag("en"), english);
  const selectors = new Map<string, Set<string>>();

  const render = (
    i18n: I18n,
    catalogue: Catalogue,
    key: string,
    values: Record<string, string | number>
  ) => {
    const cacheKey = `${i18n === own ? "own" : "en"}:${key}`;
    let names = selectors.get(cacheKey);
    if (!names) selectors.set(cacheKey, (names = selectorNames(catalogue[key])));
    // A number that is only printed is written the way the rest of the pane writes numbers;
    // one a plural chooses on stays a number (its # is formatted by the plural's language).
    const shown: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(values))
      shown[name] =
        typeof value === "number" && !names.has(name) ? formatNumber(value, lang) : value;
    const text = renderSafely(i18n, key, shown, JSON.stringify(catalogue[key]));
    // A Russian date ends "2026 г."; a sentence ending on it takes no second full stop.
    return lang === "ru" ? text.replace(/(\sг)\.\./g, "$1.") : text;
  };

  const translate = (key: string, values: Readonly<MessageValues> = {}): string | undefined => {
    const translated = present(messages[key]);
    if (!translated && !present(english[key])) return undefined;
    // Nested phrases are said first, each in this language or its own English, and then are
    // plain text to the message (their backslashes hidden from Lingui like any text's).
    const flat: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(values))
      flat[name] = isList(value)
        ? value.map(text).join(", ")
        : typeof value === "object"
          ? text(value)
          : value;
    // An English fallback keeps English plural rules ("1 joint project").
    return translated ? render(own, messages, key, flat) : render(fallback, english, key, flat);
  };
  const usd = (value: number): string => {
    const abs = Math.abs(value);
    // Every language here writes a negative sum with a leading minus, as Intl does.
    const sign = value < 0 ? "-" : "";
    if (abs >= 1e9)
      return sign + (translate("common.usd.billion", { amount: rounded(abs / 1e9, 3) }) ?? "");
    if (abs >= 1e6)
      return sign + (translate("common.usd.million", { amount: rounded(abs / 1e6, 2) }) ?? "");
    return formatMoney(Math.round(value), lang);
  };
  const day = (iso: string): string => (lang === "en" ? iso : formatDate(iso, lang));
  const text = (item: Message): string => {
    if (item.parts) return item.parts.map(text).join(item.separator ?? " ");
    if (item.day !== undefined) return day(item.day);
    if (item.localized) return item.localized[lang]?.trim() || item.localized.en;
    if (item.amount)
      return item.amount.usd ? usd(item.amount.value) : formatNumber(item.amount.value, lang);
    if (item.text !== undefined) return item.text;
    // Every id a lower layer uses is in the English catalogue (tests/i18n/lower-ids.test.ts).
    // A translator with only the first screen's messages says nothing rather than a key (the
    // functions' errors are said again once the rest is here).
    return (
      (item.id !== undefined && translate(item.id, item.values)) ||
      (complete ? (item.id ?? "") : "")
    );
  };

  return {
    lang,
    tag,
    complete,
    t: (key, values) => translate(key, values) ?? (complete ? String(key) : ""),
    has: (key) => present(messages[key]) || present(english[key]),
    text,
    number: (value, options) => formatNumber(value, lang, options),
    money: (amount, options) => formatMoney(amount, lang, options),
    usd,
    percent: (share, digits) => formatPercent(share, lang, digits),
    date: (date) => formatDate(date, lang),
    day,
    months: (from, to) => formatMonthRange(from, to, lang),
  };
}

/** The English translator, ready without loading anything (the first screen's part, in the page). */
export const englishTranslator: Translator = createTranslator("en", english, english, !PARTS);

let englishRest: Promise<Catalogue> | undefined;
const completing = new Map<Lang, Promise<Translator>>();

/**
 * `t` with every message: the rest of its language's catalogue and of English (the fallback)
 * loaded and joined to the first screen's. Resolves to `t` itself when it is complete already,
 * or when a part could not load (a dropped chunk; the next call tries again).
 */
export function completeTranslator(t: Translator): Promise<Translator> {
  if (t.complete) return Promise.resolve(t);
  let whole = completing.get(t.lang);
  if (!whole) {
    const lang = t.lang;
    const own = lang === "en" ? Promise.resolve({ default: {} }) : REST[lang]();
    englishRest ??= REST.en().then((m) => ({ ...english, ...m.default }));
    whole = Promise.all([loadMessages(lang), own, englishRest]).then(([start, rest, englishAll]) =>
      lang === "en"
        ? createTranslator("en", englishAll)
        : createTranslator(lang, { ...start, ...rest.default }, englishAll)
    );
    completing.set(lang, whole);
    whole.catch(() => {
      completing.delete(lang);
      englishRest = undefined;
    });
  }
  return whole.catch(() => t);
}

/**
 * A translator for `lang`, its catalogue (the first screen's part, in the page) loaded first. If the catalogue cannot load (a chunk
 * the network dropped), the pane still works, in English: the result says which language it got.
 */
export async function loadTranslator(lang: Lang): Promise<Translator> {
  if (lang === "en") return englishTranslator;
  try {
    return createTranslator(lang, await loadMessages(lang), english, !PARTS);
  } catch {
    return englishTranslator;
  }
}
