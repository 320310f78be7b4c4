/**
 * The dataset's zod schemas: the single truth for its shape. The TypeScript types are inferred
 * from them and assets/data/kzuz-dataset.schema.json is generated from them. Shape only: the
 * validator (./validate) adds the cross-reference checks (source ids exist, unique ids, one
 * headline a year, exactly one current target...) and brands what passes as a `Dataset`.
 *
 * Amounts are whole US dollars (4.97 billion is 4970000000). Lengths and counts are capped so a
 * hostile dataset cannot exhaust memory.
 */
import { z } from "zod";
import { AGREEMENT_DOMAINS } from "./domains";
import { SAFE_LINE, SAFE_LINES } from "./text";
import { YEAR_MAX, YEAR_MIN } from "./years";

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
const ShortText = text(LIMITS.shortText, false).meta({ id: "ShortText" });
/** A note or summary: at most 2,000 characters, line breaks allowed. */
const LongText = text(LIMITS.longText, true).meta({ id: "LongText" });

/** A record id: kebab-case, e.g. "lab-complex-kashkadarya". */
export const IdSchema = z
  .string()
  .max(LIMITS.id, `must be at most ${LIMITS.id} characters`)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "must be kebab-case: lowercase letters, digits and single hyphens"
  )
  .meta({ id: "Id" });

const SourceIds = z
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
function wholeNumber(min: 0 | 1, unit?: string) {
  const what = unit ? ` ${unit}` : "";
  const whole = `must be a whole number${unit ? ` of ${unit}` : ""}`;
  return z
    .number(whole)
    .min(min, { message: min === 0 ? "must not be negative" : "must be more than 0", abort: true })
    .max(1e15, { message: `must be at most 10^15${what}`, abort: true })
    .int(whole);
}

const GrowthPct = z
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

export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    publisher: ShortText,
    title: ShortText.describe(
      "The headline; a title in [square brackets] is descriptive, the headline not being recorded."
    ),
    // A pattern, not z.url(): validation must not need the URL global, which a bare
    // custom-functions runtime may lack.
    url: z
      .string()
      .max(LIMITS.url, `must be at most ${LIMITS.url} characters`)
      .regex(SAFE_LINE, "must not contain control characters")
      .regex(/^https:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/, "must be an https:// address")
      .optional(),
    httpUrl: z
      .string()
      .max(LIMITS.url, `must be at most ${LIMITS.url} characters`)
      .regex(SAFE_LINE, "must not contain control characters")
      .regex(/^http:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/, "must be an http:// address")
      .optional()
      .describe(
        "The address of a page served over http: only: kept as text for the reader, never made a link."
      ),
    date: PartialDateSchema.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, "must be a two-letter ISO 639-1 code such as en or ru")
      .optional(),
    note: LongText.optional(),
  })
  .meta({ id: "Source" });

const Aliases = z
  .array(ShortText)
  .max(LIMITS.aliases, `must have at most ${LIMITS.aliases} aliases`);

export const PlaceSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(["country", "region", "city"]),
    name: ShortText,
    country: CountryCodeSchema,
    aliases: Aliases.describe(
      "Other spellings, for matching what users type (Cyrillic, Uzbek Latin, French...)."
    ),
  })
  .meta({ id: "Place" });

export const SectorSchema = z
  .strictObject({
    id: IdSchema,
    name: LocalizedNameSchema,
    aliases: Aliases,
  })
  .meta({ id: "Sector" });

export const LocationSchema = z
  .strictObject({
    country: CountryCodeSchema,
    region: IdSchema.optional().describe("Id of a place of kind region."),
    city: IdSchema.optional().describe("Id of a place of kind city."),
  })
  .meta({ id: "Location" });

export const MilestoneSchema = z
  .strictObject({
    date: MilestoneDateSchema,
    event: ShortText,
    sourceIds: SourceIds,
  })
  .meta({ id: "Milestone" });

export const InvestmentSchema = z
  .strictObject({
    status: z.enum(["disclosed", "estimated", "not disclosed"]),
    usd: UsdSchema.optional().describe("Absent when not disclosed."),
    original: z
      .strictObject({
        amount: z.number().positive("must be more than 0").max(1e18, "must be at most 10^18"),
        currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as KZT"),
      })
      .optional()
      .describe("The amount in the currency the source gave, when not US dollars."),
    qualifier: QualifierSchema.optional(),
    scope: ShortText.optional().describe(
      'What the amount covers when not the whole project, e.g. "initial stage".'
    ),
    note: LongText.optional(),
    sourceIds: SourceIds,
  })
  .meta({ id: "Investment" });

export const ProjectSchema = z
  .strictObject({
    id: IdSchema,
    name: LocalizedNameSchema,
    aliases: Aliases,
    sector: IdSchema.describe("Id of a sector in $.sectors."),
    locations: z
      .array(LocationSchema)
      .min(1, "must have at least one location")
      .max(10, "must have at most 10 locations"),
    investor: ShortText.optional(),
    partners: z.array(ShortText).max(20, "must have at most 20 partners").optional(),
    status: ShortText,
    milestones: z.array(MilestoneSchema).max(50, "must have at most 50 milestones"),
    capacity: ShortText.optional(),
    jobs: z
      .int("must be a whole number")
      .positive("must be more than 0")
      .max(10_000_000, "must be at most 10,000,000")
      .optional(),
    investment: InvestmentSchema,
    note: LongText.optional(),
    sourceIds: SourceIds,
  })
  .meta({ id: "Project" });

export const AgreementDomainSchema = z.enum(AGREEMENT_DOMAINS);

export const AgreementSchema = z
  .strictObject({
    id: IdSchema,
    title: LocalizedNameSchema,
    domain: AgreementDomainSchema,
    kind: z.enum([
      "agreement",
      "memorandum",
      "programme",
      "plan",
      "statement",
      "declaration",
      "treaty",
      "working group",
      "council",
    ]),
    date: PartialDateSchema,
    parties: z
      .array(ShortText)
      .min(1, "must name at least one party")
      .max(20, "must name at most 20 parties"),
    summary: LongText,
    status: z.enum(["signed", "adopted", "agreed", "established", "announced"]),
    projectIds: z.array(IdSchema).max(20, "must name at most 20 projects").optional(),
    note: LongText.optional(),
    sourceIds: SourceIds,
  })
  .meta({ id: "Agreement" });

/**
 * The stretch of the year a figure covers: the whole calendar year, inclusive months
 * ({ from: "2025-01", to: "2025-09" }), or the year to a stated day when the last month is
 * not given ({ from: "2025-01", asOf: "2025-11-15" }).
 */
export const PeriodSchema = z
  .union(
    [
      z.literal("full year"),
      z.strictObject({ from: YearMonthSchema, to: YearMonthSchema }),
      z.strictObject({ from: YearMonthSchema, asOf: IsoDateSchema }),
    ],
    {
      error:
        'must be "full year", { "from": "YYYY-MM", "to": "YYYY-MM" } or { "from": "YYYY-MM", "asOf": "YYYY-MM-DD" }',
    }
  )
  .meta({ id: "Period" });

const ReliabilitySchema = z.enum(["normal", "flagged"]).meta({ id: "Reliability" });

/** One direction of trade: Kazakhstan to Uzbekistan or the reverse. */
export const TradeFlowSchema = z
  .strictObject({
    usd: UsdSchema.optional(),
    growthPct: GrowthPct.optional(),
    growthQualifier: QualifierSchema.optional(),
  })
  .meta({ id: "TradeFlow" });

/**
 * Exports and imports, by the direction goods move (kzToUz: Kazakh exports = Uzbek imports), with
 * the side whose point of view the source took.
 */
export const TradeFlowsSchema = z
  .strictObject({
    kzToUz: TradeFlowSchema.optional(),
    uzToKz: TradeFlowSchema.optional(),
    perspective: z.enum(["KZ", "UZ", "unstated"]),
    note: LongText.optional(),
  })
  .meta({ id: "TradeFlows" });

export const TradeObservationSchema = z
  .strictObject({
    id: IdSchema,
    year: YearSchema,
    value: UsdSchema.optional().describe(
      "Total trade turnover in whole US dollars; absent when the source gave only a growth rate or the flows."
    ),
    valueQualifier: QualifierSchema.optional(),
    growthPct: GrowthPct.optional().describe(
      "Growth on the same period of the previous year, in per cent, as reported."
    ),
    growthQualifier: QualifierSchema.optional(),
    period: PeriodSchema,
    periodInferred: z
      .boolean()
      .optional()
      .describe(
        "True when the source does not state the year or months: the period is the dataset's reading, explained in note or flag."
      ),
    reporter: ShortText.describe(
      'Who gave the figure, e.g. "Kazakhstan (prime minister\'s press service)".'
    ),
    reporterSide: z
      .enum(["KZ", "UZ", "joint", "other"])
      .describe('"other": the press, a third party or an unidentified official.'),
    flows: TradeFlowsSchema.optional(),
    preliminary: z.boolean().optional(),
    reliability: ReliabilitySchema,
    flag: LongText.optional().describe(
      "Why the figure is flagged; required when reliability is flagged."
    ),
    headline: z
      .boolean()
      .optional()
      .describe("True on the one observation a year chosen by trade.headlineRule."),
    note: LongText.optional(),
    sourceIds: SourceIds,
  })
  .meta({ id: "TradeObservation" });

export const TradeSchema = z.strictObject({
  unit: z.literal("USD"),
  headlineRule: LongText,
  observations: z.array(TradeObservationSchema).max(2000, "must have at most 2000 observations"),
});

export const TargetSchema = z
  .strictObject({
    id: IdSchema,
    valueUsd: wholeNumber(1, "US dollars").describe(
      "More than 0: progress is measured against it."
    ),
    targetYear: YearSchema.nullable().describe(
      'null when the horizon is not a year ("medium term"); see horizonText.'
    ),
    horizonText: ShortText.optional(),
    setOn: PartialDateSchema,
    setBy: ShortText,
    context: LongText,
    current: z.boolean(),
    agreementId: IdSchema.optional(),
    sourceIds: SourceIds,
  })
  .meta({ id: "Target" });

export const GasTransitObservationSchema = z
  .strictObject({
    id: IdSchema,
    year: YearSchema,
    bcm: z
      .number()
      .positive("must be more than 0")
      .max(1000, "must be at most 1000")
      .optional()
      .describe("Billion cubic metres."),
    qualifier: QualifierSchema.optional(),
    growthPct: GrowthPct.optional(),
    kind: z.enum(["actual", "planned"]),
    period: PeriodSchema,
    recurring: z.boolean().optional().describe('True for "a year from this year on".'),
    reporter: ShortText,
    reliability: ReliabilitySchema,
    flag: LongText.optional(),
    note: LongText.optional(),
    sourceIds: SourceIds,
  })
  .meta({ id: "GasTransitObservation" });

export const GasTransitSchema = z.strictObject({
  route: ShortText,
  note: LongText.optional(),
  sourceIds: SourceIds,
  observations: z.array(GasTransitObservationSchema).max(500, "must have at most 500 observations"),
});

/** A single stated figure: a count or an amount in whole US dollars. */
export const FigureSchema = z
  .strictObject({
    id: IdSchema,
    category: z.enum([
      "summit package",
      "joint projects",
      "enterprises",
      "investment",
      "documents",
      "trade share",
    ]),
    label: ShortText,
    value: wholeNumber(0),
    unit: z.enum(["USD", "count", "percent"]),
    qualifier: QualifierSchema.optional(),
    statedBy: ShortText,
    date: PartialDateSchema.optional().describe(
      "When the figure was stated, as precisely as known."
    ),
    note: LongText.optional(),
    sourceIds: SourceIds,
  })
  .meta({ id: "Figure" });

export const SummitEventSchema = z
  .strictObject({
    id: IdSchema,
    date: IsoDateSchema,
    endDate: IsoDateSchema.optional(),
    name: ShortText,
    partOfSummit: z.boolean().describe("False for earlier meetings given for context."),
    place: z
      .strictObject({
        country: CountryCodeSchema,
        city: IdSchema.optional().describe("Id of a place of kind city."),
        venue: ShortText.optional(),
      })
      .optional(),
    note: LongText.optional(),
    sourceIds: SourceIds,
  })
  .meta({ id: "SummitEvent" });

export const StatementSchema = z
  .strictObject({
    id: IdSchema,
    date: IsoDateSchema,
    speaker: ShortText,
    text: LongText,
    note: LongText.optional(),
    sourceIds: SourceIds,
  })
  .meta({ id: "Statement" });

export const SummitSchema = z.strictObject({
  name: ShortText,
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  events: z.array(SummitEventSchema).max(100, "must have at most 100 events"),
  statements: z.array(StatementSchema).max(100, "must have at most 100 statements"),
  documentCount: z.int().positive().nullable().describe("null: not disclosed."),
  documentCountNote: LongText,
  sourceIds: SourceIds,
});

export const TotalsSchema = z.strictObject({
  projectCount: FigureSchema,
  investment: z
    .array(FigureSchema)
    .min(1, "must have at least one figure")
    .max(10, "must have at most 10 figures"),
  note: LongText,
});

/** The dataset's shape without the cross-reference checks. */
export const DatasetShapeSchema = z.strictObject({
  $schema: z.string().max(LIMITS.url).optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: z
    .string()
    .regex(
      /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/,
      "must be a version MAJOR.MINOR.PATCH such as 2026.11.0"
    ),
  asOf: IsoDateSchema,
  title: ShortText,
  description: LongText.optional(),
  sources: z
    .array(SourceSchema)
    .min(1, "must have at least one source")
    .max(1000, "must have at most 1000 sources"),
  places: z.array(PlaceSchema).max(500, "must have at most 500 places"),
  sectors: z.array(SectorSchema).max(100, "must have at most 100 sectors"),
  projects: z.array(ProjectSchema).max(500, "must have at most 500 projects"),
  agreements: z.array(AgreementSchema).max(1000, "must have at most 1000 agreements"),
  trade: TradeSchema,
  targets: z
    .array(TargetSchema)
    .min(1, "must have at least one target")
    .max(100, "must have at most 100 targets"),
  gasTransit: GasTransitSchema,
  summit: SummitSchema,
  totals: TotalsSchema,
  otherFigures: z.array(FigureSchema).max(500, "must have at most 500 figures"),
});

/** A dataset whose shape is valid, before the cross-reference checks. */
export type DatasetShape = z.infer<typeof DatasetShapeSchema>;
/**
 * A validated dataset: shape and cross-reference checks passed. The brand means a `Dataset` can
 * only come out of validation (`parseDataset`, or the bundled copy the build validated).
 */
export type Dataset = DatasetShape & z.$brand<"ValidatedKzuzDataset">;
export type Source = z.infer<typeof SourceSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Sector = z.infer<typeof SectorSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Milestone = z.infer<typeof MilestoneSchema>;
export type Investment = z.infer<typeof InvestmentSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type AgreementDomain = z.infer<typeof AgreementDomainSchema>;
export type Agreement = z.infer<typeof AgreementSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type TradeFlows = z.infer<typeof TradeFlowsSchema>;
export type TradeObservation = z.infer<typeof TradeObservationSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type GasTransitObservation = z.infer<typeof GasTransitObservationSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type SummitEvent = z.infer<typeof SummitEventSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type CountryCode = z.infer<typeof CountryCodeSchema>;
export type LocalizedName = z.infer<typeof LocalizedNameSchema>;
