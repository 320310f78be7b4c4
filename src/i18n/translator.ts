/**
 * The translator: t(key, values) in the active language, falling back to English for a string
 * the language lacks (never to the key), plus the language's number, money, percent and date
 * formats. Messages are ICU, compiled at build time and run by Lingui's small runtime
 * (@lingui/core: no message parser on the page). English is bundled; every other catalogue is a
 * dynamic import, its own chunk, so the page loads only the active language's strings.
 */
import { setupI18n, type I18n, type Messages as CompiledMessages } from "@lingui/core";
import en from "./messages/en";
import { formatDate, formatMoney, formatNumber, formatPercent } from "./format";
import { officeTag, type Lang } from "./locales";

import type { Message, MessageValue, MessageValues } from "./message";

export type MessageKey = keyof typeof en;
export type { Message, MessageValue, MessageValues };
/**
 * A language's catalogue as the page holds it: compiled messages (the source files are ICU
 * strings). Any key it lacks shows in English.
 */
export type Catalogue = Readonly<Record<string, unknown>>;

const LOADERS: Record<Exclude<Lang, "en">, () => Promise<{ default: Catalogue }>> = {
  ru: () => import(/* webpackChunkName: "i18n-ru" */ "./messages/ru"),
  kk: () => import(/* webpackChunkName: "i18n-kk" */ "./messages/kk"),
  uz: () => import(/* webpackChunkName: "i18n-uz" */ "./messages/uz"),
  fr: () => import(/* webpackChunkName: "i18n-fr" */ "./messages/fr"),
};

const english = en as unknown as Catalogue;

/** The catalogue of `lang`, loaded on demand (English is already here). */
export async function loadMessages(lang: Lang): Promise<Catalogue> {
  return lang === "en" ? english : (await LOADERS[lang]()).default;
}

export interface Translator {
  lang: Lang;
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

export function createTranslator(lang: Lang, messages: Catalogue): Translator {
  const tag = officeTag(lang);
  const own = lingui(tag, messages);
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
    return (item.id !== undefined && translate(item.id, item.values)) || (item.id ?? "");
  };

  return {
    lang,
    tag,
    t: (key, values) => translate(key, values) ?? String(key),
    has: (key) => present(messages[key]) || present(english[key]),
    text,
    number: (value, options) => formatNumber(value, lang, options),
    money: (amount, options) => formatMoney(amount, lang, options),
    usd,
    percent: (share, digits) => formatPercent(share, lang, digits),
    date: (date) => formatDate(date, lang),
    day,
  };
}

/** The English translator, ready without loading anything. */
export const englishTranslator: Translator = createTranslator("en", english);

/**
 * A translator for `lang`, its catalogue loaded first. If the catalogue cannot load (a chunk
 * the network dropped), the pane still works, in English: the result says which language it got.
 */
export async function loadTranslator(lang: Lang): Promise<Translator> {
  if (lang === "en") return englishTranslator;
  try {
    return createTranslator(lang, await loadMessages(lang));
  } catch {
    return englishTranslator;
  }
}
