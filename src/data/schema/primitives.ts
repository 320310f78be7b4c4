/** The dataset schema's building blocks: limits, text, ids, dates, years and amounts. */
import { z } from "zod";
import { SAFE_LINE, SAFE_LINES } from "../text";
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
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .regex(allowLines ? SAFE_LINES : SAFE_LINE, "must not contain control characters")
    .regex(TRIMMED, "must not start or end with spaces");
}

/** A name, label or title: one line, at most 300 characters. */
export const ShortText = text(LIMITS.shortText, false).meta({ id: "ShortText" });
/** A note or summary: at most 2,000 characters, line breaks allowed. */
export const LongText = text(LIMITS.longText, true).meta({ id: "LongText" });

/** A record id: kebab-case, e.g. "lab-complex-kashkadarya". */
export const IdSchema = z
  .string()
  .max(LIMITS.id, `must be at most ${LIMITS.id} characters`)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "must be kebab-case: lowercase letters, digits and single hyphens"
  )
  .meta({ id: "Id" });

export const SourceIds = z
  .array(IdSchema)
  .min(1, "must name at least one source")
  .max(LIMITS.sourceIdsPerRecord, `must name at most ${LIMITS.sourceIdsPerRecord} sources`)
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
  .regex(new RegExp(`^\\d{4}-${MONTH}-${DAY}$`), "must be a date YYYY-MM-DD")
  .refine(isCalendarDate, "must be a real calendar date")
  .meta({ id: "IsoDate" });

/** A date as precise as the source is: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDateSchema = z
  .string()
  .regex(new RegExp(`^\\d{4}(?:-${MONTH}(?:-${DAY})?)?$`), "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isCalendarDate, "must be a real calendar date")
  .meta({ id: "PartialDate" });

/** A milestone date: a partial date, or a quarter (YYYY-Q1..Q4) or half-year (YYYY-H1, YYYY-H2). */
export const MilestoneDateSchema = z
  .string()
  .regex(
    new RegExp(`^\\d{4}(?:-${MONTH}(?:-${DAY})?|-Q[1-4]|-H[12])?$`),
    "must be YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn (quarter 1-4) or YYYY-Hn (half-year 1-2)"
  )
  .refine(isCalendarDate, "must be a real calendar date")
  .meta({ id: "MilestoneDate" });

/** A month, YYYY-MM. */
export const YearMonthSchema = z
  .string()
  .regex(new RegExp(`^\\d{4}-${MONTH}$`), "must be a month YYYY-MM")
  .meta({ id: "YearMonth" });

/** A calendar year, 1991 (independence) to 2100. */
export const YearSchema = z
  .int("must be a whole year")
  .min(YEAR_MIN, `must be ${YEAR_MIN} or later`)
  .max(YEAR_MAX, `must be ${YEAR_MAX} or earlier`)
  .meta({ id: "Year" });

/** An amount in whole US dollars. */
export const UsdSchema = wholeNumber(0, "US dollars").meta({
  id: "Usd",
  description: "An amount in whole US dollars.",
});

/**
 * A whole number from `min` to 10^15. The range is checked first and stops there, so an amount
 * beyond the safe-integer range is told its limit rather than "not a whole number".
 */
export function wholeNumber(min: 0 | 1, unit?: string) {
  const what = unit ? ` ${unit}` : "";
  const whole = `must be a whole number${unit ? ` of ${unit}` : ""}`;
  return z
    .number(whole)
    .min(min, { message: min === 0 ? "must not be negative" : "must be more than 0", abort: true })
    .max(1e15, { message: `must be at most 10^15${what}`, abort: true })
    .int(whole);
}

export const GrowthPct = z
  .number()
  .min(-100, "must be -100 or more")
  .max(10000, "must be at most 10000")
  .meta({
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

export const OurTranslationsSchema = z
  .array(TranslationLangSchema)
  .max(4, "must list at most 4 languages")
  .meta({
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
