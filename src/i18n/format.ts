/**
 * Numbers, money, shares and dates written the way each language writes them, through Intl with
 * the language's Office locale tag: "1 234,5" in Russian, "1,234.5" in English, "1 234,5" with a
 * narrow no-break space in French. The pane uses these; table cells keep Excel number formats
 * so Excel localises them itself.
 */
import { officeTag, type Lang } from "./locales";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(officeTag(lang), options)));
  return f;
}

export function formatNumber(
  value: number,
  lang: Lang,
  options?: Intl.NumberFormatOptions
): string {
  // A whole number under 1,000 is written the same in every language here (Latin digits, no
  // grouping, a hyphen-minus), so it needs no Intl: the first Intl formatter of a page costs
  // 45–141 ms (ICU starting up), which the first screen ("$10 billion") need not pay.
  if (
    options === undefined &&
    Number.isInteger(value) &&
    Math.abs(value) < 1000 &&
    !Object.is(value, -0)
  )
    return String(value);
  return numberFormat(lang, options).format(value);
}

/**
 * US dollars, the dataset's currency. `compact` writes large sums short ("$10B", "10 млрд $"),
 * to one decimal place.
 */
export function formatMoney(usd: number, lang: Lang, { compact = false } = {}): string {
  return numberFormat(lang, {
    style: "currency",
    currency: "USD",
    ...(compact
      ? { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }
      : { minimumFractionDigits: Number.isInteger(usd) ? 0 : 2, maximumFractionDigits: 2 }),
  }).format(usd);
}

/** A share as a percentage: 0.497 → "49.7%" (English), "49,7 %" (Russian, French). */
export function formatPercent(share: number, lang: Lang, digits = 1): string {
  return numberFormat(lang, { style: "percent", maximumFractionDigits: digits }).format(share);
}

/**
 * A calendar date ("2025-11-20" or a Date) with the month in words. Dates in the dataset are
 * days, not instants, so they are read and written in UTC: no time zone moves them a day.
 */
export function formatDate(date: string | Date, lang: Lang): string {
  const d = typeof date === "string" ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date: ${String(date)}`);
  const key = `d|${lang}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f)
    cache.set(
      key,
      (f = new Intl.DateTimeFormat(officeTag(lang), {
        year: "numeric",
        month: "long",
        day: "numeric",
        timeZone: "UTC",
      }))
    );
  return f.format(d);
}
