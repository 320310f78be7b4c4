/**
 * Numbers, money, shares and dates written the way each language writes them, through Intl with
 * the language's Office locale tag: "1 234,5" in Russian, "1,234.5" in English, "1 234,5" with a
 * narrow no-break space in French. The pane uses these; table cells keep Excel number formats
 * so Excel localises them itself.
 */
import { officeTag, type Lang } from "./locales";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/**
 * Whether this browser's Intl has the language's own data. Debian's Chromium (and likely
 * WebView2) ships ICU without Kazakh and Uzbek: Intl then silently falls back to its default
 * locale ("2026 M11 27", "US$ 0", "4.97"). Missing, Kazakh and Uzbek numbers are written with
 * Russian's conventions, which are theirs too (decimal comma, no-break space between thousands).
 */
export function hasLocaleData(lang: Lang): boolean {
  let known = localeData.get(lang);
  if (known === undefined) localeData.set(lang, (known = probeLocaleData(lang)));
  return known;
}

const localeData = new Map<Lang, boolean>();

/** Forget what was found about the browser's locale data (tests that simulate a browser). */
export function forgetLocaleData(): void {
  localeData.clear();
  cache.clear();
}

function probeLocaleData(lang: Lang): boolean {
  const tag = officeTag(lang);
  try {
    const supported = Intl.NumberFormat.supportedLocalesOf([tag]);
    if (supported.length === 0) return false;
    // A build can claim the tag yet lack its data: the month must come out in words.
    const month = new Intl.DateTimeFormat(tag, { month: "long", timeZone: "UTC" }).format(
      new Date(Date.UTC(2026, 10, 27))
    );
    return !/\d|^M/.test(month);
  } catch {
    return false;
  }
}

/** The tag Intl writes this language's numbers with: its own, else a language with its conventions. */
function numberTag(lang: Lang): string {
  if ((lang === "kk" || lang === "uz") && !hasLocaleData(lang)) return officeTag("ru");
  return officeTag(lang);
}

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${numberTag(lang)}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(numberTag(lang), options)));
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
  if (numberTag(lang) !== officeTag(lang)) {
    // Without the language's data, Russian's "$" sign would do, but not its compact words.
    const digits = {
      minimumFractionDigits: Number.isInteger(usd) ? 0 : 2,
      maximumFractionDigits: 2,
    };
    return `${numberFormat(lang, compact ? { maximumFractionDigits: 1 } : digits).format(usd)}\u00a0$`;
  }
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

/** Month names in the case a date writes them, where the language's own pattern is ours. */
const MONTHS: Partial<Record<Lang, readonly string[]>> = {
  kk: [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
  ],
  uz: [
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avgust",
    "sentabr",
    "oktabr",
    "noyabr",
    "dekabr",
  ],
};

/**
 * A calendar date ("2025-11-20" or a Date) with the month in words. Dates in the dataset are
 * days, not instants, so they are read and written in UTC: no time zone moves them a day.
 * Kazakh and Uzbek are written here, so a browser without their locale data writes them the same:
 * Kazakh «2025 жылғы 15 қараша» (CLDR's order, the year in words), Uzbek «15-noyabr, 2025-yil»
 * (CLDR's uz long date "d-MMMM, y", with the year's -yil as issue 21 asks); French writes the
 * first of the month «1er novembre 2025».
 */
export function formatDate(date: string | Date, lang: Lang): string {
  const d = typeof date === "string" ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date: ${String(date)}`);
  const months = MONTHS[lang];
  const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  if (months && lang === "kk") return `${year} жылғы ${day} ${months[month]}`;
  if (months && lang === "uz") return `${day}-${months[month]}, ${year}-yil`;
  const text = intlDate(d, lang);
  return lang === "fr" ? text.replace(/^1(?=[\s\u00a0\u202f])/, "1er") : text;
}

function intlDate(d: Date, lang: Lang): string {
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

/** A month in words, in the nominative (or, `genitive`, the case Russian «с января» takes). */
function monthName(month: number, lang: Lang, genitive = false): string {
  const own = MONTHS[lang];
  if (own) return own[month];
  const d = new Date(Date.UTC(2026, month, 15));
  const key = `m|${lang}|${genitive}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { month: "long", timeZone: "UTC" };
    cache.set(
      key,
      (f = new Intl.DateTimeFormat(
        officeTag(lang),
        genitive ? { ...options, day: "numeric" } : options
      ))
    );
  }
  return genitive ? (f.formatToParts(d).find((p) => p.type === "month")?.value ?? "") : f.format(d);
}

/** "September 2025", «сентябрь 2025 г.», «2025 жылғы қыркүйек», «2025-yil sentabr», «septembre 2025». */
function monthYear(year: number, month: number, lang: Lang, genitive = false): string {
  const name = monthName(month, lang, genitive);
  if (lang === "kk") return `${year} жылғы ${name}`;
  if (lang === "uz") return `${year}-yil ${name}`;
  if (lang === "ru") return `${name} ${year}\u00a0г.`;
  return `${name} ${year}`;
}

/**
 * The two ends of a figure's months ("2025-01" to "2025-09", or to a day "2025-11-15") in words,
 * for a catalogue's "{from} to {to}": the year said once when both ends share it, where the
 * language puts it (English "January" / "September 2025", Russian «января» / «сентябрь 2025 г.»
 * for «с … по …», Kazakh «2025 жылғы қаңтар» / «қыркүйек», Uzbek «2025-yil yanvar» / «sentabr»).
 * A text that is not a month is returned as it is.
 */
export function formatMonthRange(
  from: string,
  to: string,
  lang: Lang
): { from: string; to: string } {
  const start = /^(\d{4})-(\d{2})$/.exec(from);
  const end = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(to);
  if (!start || !end) return { from, to };
  const [fy, fm] = [Number(start[1]), Number(start[2]) - 1];
  const [ty, tm] = [Number(end[1]), Number(end[2]) - 1];
  const day = end[3] !== undefined;
  const sameYear = fy === ty;
  const genitive = lang === "ru";
  if (lang === "kk" || lang === "uz") {
    // The year first, as these languages' periods go («2025-yil yanvar–sentabr», as the
    // catalogues' errors.data.period.* write them): said once, on the first end.
    const endText = day ? formatDate(to, lang) : monthYear(ty, tm, lang);
    const withoutYear =
      lang === "kk"
        ? endText.replace(`${ty} жылғы `, "")
        : endText.replace(`${ty}-yil `, "").replace(`, ${ty}-yil`, "");
    return { from: monthYear(fy, fm, lang), to: sameYear ? withoutYear : endText };
  }
  return {
    from: sameYear ? monthName(fm, lang, genitive) : monthYear(fy, fm, lang, genitive),
    to: day ? formatDate(to, lang) : monthYear(ty, tm, lang),
  };
}
