/** The dataset schema's building blocks: limits, text, ids, dates, years and amounts. */
import { z } from "zod";
import { SAFE_LINE, SAFE_LINES } from "../text";
import { rule } from "./rule";
import { YEAR_MAX, YEAR_MIN } from "../years";

/** The only `schemaVersion` this code understands. */
export const SCHEMA_VERSION = 1;

/** Caps on strings and arrays. */
export const LIMITS = {
  shortText: 300,
  longText: 2000,
  id: 80,
  url: 2000,
  aliases: 50,
  sourceIdsPerRecord: 20,
} as const;

/** No leading or trailing whitespace (the empty string is left to the length check). */
const TRIMMED = /^(?:\S(?:[\s\S]*\S)?)?$/;

function text(max: number, allowLines: boolean) {
  return z
    .string()
    .min(1)
    .max(max)
    .regex(allowLines ? SAFE_LINES : SAFE_LINE, rule("dataset.text.control"))
    .regex(TRIMMED, rule("dataset.text.spaces"));
}

/** A name, label or title: one line, at most 300 characters. */
export const ShortText = text(LIMITS.shortText, false).meta({ id: "ShortText" });
/** A note or summary: at most 2,000 characters, line breaks allowed. */
export const LongText = text(LIMITS.longText, true).meta({ id: "LongText" });

/** A record id: kebab-case, e.g. "lab-complex-kashkadarya". */
export const IdSchema = z
  .string()
  .max(LIMITS.id)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, rule("dataset.id.kebab"))
  .meta({ id: "Id" });

export const SourceIds = z
  .array(IdSchema)
  .min(1, rule("dataset.limit.sources"))
  .max(LIMITS.sourceIdsPerRecord)
  .meta({ id: "SourceIds", description: "Ids of the sources (in $.sources) behind this record." });

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number);
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const MONTH = "(?:0[1-9]|1[0-2])";
const DAY = "(?:0[1-9]|[12]\\d|3[01])";

/** A full date, YYYY-MM-DD. */
export const IsoDateSchema = z
  .string()
  .regex(new RegExp(`^\\d{4}-${MONTH}-${DAY}$`), rule("dataset.date.day"))
  .refine(isCalendarDate, rule("dataset.date.real"))
  .meta({ id: "IsoDate" });

/** A date as precise as the source is: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDateSchema = z
  .string()
  .regex(new RegExp(`^\\d{4}(?:-${MONTH}(?:-${DAY})?)?$`), rule("dataset.date.partial"))
  .refine(isCalendarDate, rule("dataset.date.real"))
  .meta({ id: "PartialDate" });

/** A milestone date: a partial date, or a quarter (YYYY-Q1..Q4) or half-year (YYYY-H1, YYYY-H2). */
export const MilestoneDateSchema = z
  .string()
  .regex(
    new RegExp(`^\\d{4}(?:-${MONTH}(?:-${DAY})?|-Q[1-4]|-H[12])?$`),
    rule("dataset.date.milestone")
  )
  .refine(isCalendarDate, rule("dataset.date.real"))
  .meta({ id: "MilestoneDate" });

/** A month, YYYY-MM. */
export const YearMonthSchema = z
  .string()
  .regex(new RegExp(`^\\d{4}-${MONTH}$`), rule("dataset.date.month"))
  .meta({ id: "YearMonth" });

/** A calendar year, 1991 (independence) to 2100. */
export const YearSchema = z
  .int(rule("dataset.year.whole"))
  .min(YEAR_MIN, rule("dataset.limit.yearFrom"))
  .max(YEAR_MAX, rule("dataset.limit.yearTo"))
  .meta({ id: "Year" });

/** An amount in whole US dollars. */
export const UsdSchema = wholeNumber(0, true).meta({
  id: "Usd",
  description: "An amount in whole US dollars.",
});

/**
 * A whole number from `min` to 10^15 (`usd`: of US dollars, and said so). The range is checked first and stops there, so an amount
 * beyond the safe-integer range is told its limit rather than "not a whole number".
 */
export function wholeNumber(min: 0 | 1, usd = false) {
  const whole = rule(usd ? "dataset.usd.whole" : "dataset.number.whole");
  return z
    .number(whole)
    .min(min, { abort: true })
    .max(1e15, usd ? { message: rule("dataset.limit.usd"), abort: true } : { abort: true })
    .int(whole);
}

export const GrowthPct = z.number().min(-100).max(10000).meta({
  id: "GrowthPct",
  description: "Growth in per cent on the same period a year before, as reported.",
});

/** How a figure was stated: "about $1.3bn", "more than $84m", "nearly $4bn". */
export const QualifierSchema = z.enum(["about", "more than", "nearly"]).meta({ id: "Qualifier" });

export const CountryCodeSchema = z.enum(["KZ", "UZ"]).meta({ id: "CountryCode" });

/**
 * The languages other than English, as a record lists those of its names or titles that are the
 * maintainers' own translation (no source in that language gives them).
 */
const TranslationLangSchema = z.enum(["fr", "ru", "uz", "kk"]).meta({ id: "TranslationLang" });

export const OurTranslationsSchema = z.array(TranslationLangSchema).max(4).meta({
  id: "OurTranslations",
  description:
    "Languages whose name or title is the dataset's own careful translation, not a source's; readers are told so.",
});

/** A name in English and, where a source gives it, French, Russian, Uzbek and Kazakh. */
export const LocalizedNameSchema = z
  .strictObject({
    en: ShortText,
    fr: ShortText.optional(),
    ru: ShortText.optional(),
    uz: ShortText.optional(),
    kk: ShortText.optional(),
  })
  .meta({ id: "LocalizedName" });
