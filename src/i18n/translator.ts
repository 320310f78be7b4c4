/**
 * The translator the pane uses: t(key, values) in the active language, falling back to English
 * for a string the language lacks, plus the language's number, money, percent and date formats.
 * English is bundled; every other catalogue is a dynamic import, its own chunk, so the page
 * loads only the active language's strings.
 */
import en from "./messages/en";
import { formatDate, formatMoney, formatNumber, formatPercent } from "./format";
import { officeTag, type Lang } from "./locales";
import { parseMessage, renderMessage, type MessageNode, type MessageValues } from "./message";

export type MessageKey = keyof typeof en;
/** A language's catalogue: any key it lacks shows in English. */
export type Messages = Partial<Record<MessageKey, string>>;

const LOADERS: Record<Exclude<Lang, "en">, () => Promise<{ default: Messages }>> = {
  ru: () => import(/* webpackChunkName: "i18n-ru" */ "./messages/ru"),
  kk: () => import(/* webpackChunkName: "i18n-kk" */ "./messages/kk"),
  uz: () => import(/* webpackChunkName: "i18n-uz" */ "./messages/uz"),
  fr: () => import(/* webpackChunkName: "i18n-fr" */ "./messages/fr"),
};

/** The catalogue of `lang`, loaded on demand (English is already here). */
export async function loadMessages(lang: Lang): Promise<Messages> {
  return lang === "en" ? en : (await LOADERS[lang]()).default;
}

export interface Translator {
  lang: Lang;
  t(key: MessageKey, values?: MessageValues): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  money(usd: number, options?: { compact?: boolean }): string;
  percent(share: number, digits?: number): string;
  date(date: string | Date): string;
}

export function createTranslator(lang: Lang, messages: Messages): Translator {
  const parsed = new Map<MessageKey, { nodes: MessageNode[]; lang: Lang }>();
  const rules = { en: new Intl.PluralRules("en-US"), own: new Intl.PluralRules(officeTag(lang)) };
  const numbers = new Intl.NumberFormat(officeTag(lang));
  const compile = (key: MessageKey) => {
    let hit = parsed.get(key);
    if (!hit) {
      const own = messages[key];
      hit = own ? { nodes: parseMessage(own), lang } : { nodes: parseMessage(en[key]), lang: "en" };
      parsed.set(key, hit);
    }
    return hit;
  };
  return {
    lang,
    t(key, values = {}) {
      const { nodes, lang: from } = compile(key);
      // An English fallback keeps English plural rules ("1 joint project"), and the numbers are
      // written as the rest of the pane writes them.
      return renderMessage(nodes, values, from === lang ? rules.own : rules.en, numbers);
    },
    number: (value, options) => formatNumber(value, lang, options),
    money: (usd, options) => formatMoney(usd, lang, options),
    percent: (share, digits) => formatPercent(share, lang, digits),
    date: (date) => formatDate(date, lang),
  };
}

/**
 * A translator for `lang`, its catalogue loaded first. If the catalogue cannot load (a chunk
 * the network dropped), the pane still works, in English: the result says which language it got.
 */
export async function loadTranslator(lang: Lang): Promise<Translator> {
  try {
    return createTranslator(lang, await loadMessages(lang));
  } catch {
    return createTranslator("en", en);
  }
}
