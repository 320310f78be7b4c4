/**
 * The dataset's zod schemas: the single truth for its shape. The TypeScript types are inferred
 * from them and assets/data/kzuz-dataset.schema.json is generated from them. Shape only: the
 * validator (../validate) adds the cross-reference checks (source ids exist, unique ids, one
 * headline a year, exactly one current target...) and brands what passes as a `Dataset`.
 *
 * Amounts are whole US dollars (4.97 billion is 4970000000). Lengths and counts are capped so a
 * hostile dataset cannot exhaust memory.
 */
import { z } from "zod";
import { AGREEMENT_DOMAINS } from "../domains";
import { SAFE_LINE } from "../text";
import {
  SCHEMA_VERSION,
  LIMITS,
  ShortText,
  LongText,
  IdSchema,
  SourceIds,
  IsoDateSchema,
  PartialDateSchema,
  MilestoneDateSchema,
  UsdSchema,
  QualifierSchema,
  CountryCodeSchema,
  LocalizedNameSchema,
  OurTranslationsSchema,
} from "./primitives";
import {
  PeriodSchema,
  TradeObservationSchema,
  TradeSchema,
  TargetSchema,
  GasTransitSchema,
} from "./trade";
import { rule } from "./rule";

export * from "./primitives";
export * from "./trade";

const SourceSchema = z
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
      .max(LIMITS.url)
      .regex(SAFE_LINE, rule("dataset.text.control"))
      .regex(/^https:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/, rule("dataset.url.https"))
      .optional(),
    httpUrl: z
      .string()
      .max(LIMITS.url)
      .regex(SAFE_LINE, rule("dataset.text.control"))
      .regex(/^http:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/, rule("dataset.url.http"))
      .optional()
      .describe(
        "The address of a page served over http: only: kept as text for the reader, never made a link."
      ),
    date: PartialDateSchema.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, rule("dataset.language"))
      .optional(),
    note: LongText.optional(),
  })
  .meta({ id: "Source" });

const Aliases = z.array(ShortText).max(LIMITS.aliases);

/**
 * A place. `name` stays a plain English string (add-ins that predate `localizedName` read it so,
 * and tables and formulas show English); the names in other languages are in the optional
 * `localizedName`, a LocalizedName like a project's, whose `en` the validator keeps equal to `name`.
 */
const PlaceSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(["country", "region", "city"]),
    name: ShortText,
    localizedName: LocalizedNameSchema.optional().describe(
      "The name in English (equal to `name`) and its usual spelling in French, Russian, Uzbek (Latin) and Kazakh (Cyrillic), where known. Matched like `name`; shown in the reader's language."
    ),
    country: CountryCodeSchema,
    aliases: Aliases.describe(
      "Other spellings, for matching what users type (Cyrillic, Uzbek Latin, French...)."
    ),
  })
  .meta({ id: "Place" });

const SectorSchema = z
  .strictObject({
    id: IdSchema,
    name: LocalizedNameSchema,
    aliases: Aliases,
  })
  .meta({ id: "Sector" });

const LocationSchema = z
  .strictObject({
    country: CountryCodeSchema,
    region: IdSchema.optional().describe("Id of a place of kind region."),
    city: IdSchema.optional().describe("Id of a place of kind city."),
  })
  .meta({ id: "Location" });

const MilestoneSchema = z
  .strictObject({
    date: MilestoneDateSchema,
    event: ShortText,
    sourceIds: SourceIds,
  })
  .meta({ id: "Milestone" });

const InvestmentSchema = z
  .strictObject({
    status: z.enum(["disclosed", "estimated", "not disclosed"]),
    usd: UsdSchema.optional().describe("Absent when not disclosed."),
    original: z
      .strictObject({
        amount: z.number().positive().max(1e18),
        currency: z.string().regex(/^[A-Z]{3}$/, rule("dataset.currency")),
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

const ProjectSchema = z
  .strictObject({
    id: IdSchema,
    name: LocalizedNameSchema,
    ourTranslations: OurTranslationsSchema.optional(),
    aliases: Aliases,
    sector: IdSchema.describe("Id of a sector in $.sectors."),
    locations: z.array(LocationSchema).min(1).max(10),
    investor: ShortText.optional(),
    partners: z.array(ShortText).max(20).optional(),
    status: ShortText,
    milestones: z.array(MilestoneSchema).max(50),
    capacity: ShortText.optional(),
    jobs: z.int(rule("dataset.number.whole")).positive().max(10_000_000).optional(),
    investment: InvestmentSchema,
    note: LongText.optional(),
    sourceIds: SourceIds,
  })
  .meta({ id: "Project" });

const AgreementDomainSchema = z.enum(AGREEMENT_DOMAINS);

const AgreementSchema = z
  .strictObject({
    id: IdSchema,
    title: LocalizedNameSchema,
    ourTranslations: OurTranslationsSchema.optional(),
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
    parties: z.array(ShortText).min(1).max(20),
    summary: LongText,
    status: z.enum([
      "signed",
      "adopted",
      "agreed",
      "established",
      "announced",
      "ratified",
      "in force",
    ]),
    signatories: z
      .array(ShortText)
      .max(20)
      .optional()
      .describe("Who signed, with their office, where a source names them."),
    unverified: LongText.optional().describe(
      "Present when no stored source that can be opened confirms the record: says why. Shown to readers."
    ),
    projectIds: z.array(IdSchema).max(20).optional(),
    note: LongText.optional(),
    sourceIds: SourceIds,
  })
  .meta({ id: "Agreement" });

/** A single stated figure: a count or an amount in whole US dollars. */
const FigureSchema = z
  .strictObject({
    id: IdSchema,
    category: z.enum([
      "summit package",
      "joint projects",
      "enterprises",
      "investment",
      "documents",
      "trade share",
      "trade",
      "water",
      "energy",
      "transport",
    ]),
    label: ShortText,
    value: z
      .number()
      .min(0, { abort: true })
      .max(1e15, { abort: true })
      .describe("Whole for USD, KZT and count (the validator checks); a share may have decimals."),
    unit: z.enum(["USD", "count", "percent", "KZT", "bcm", "tonnes", "km", "MW"]),
    qualifier: QualifierSchema.optional(),
    statedBy: ShortText,
    date: PartialDateSchema.optional().describe(
      "When the figure was stated, as precisely as known."
    ),
    note: LongText.optional(),
    sourceIds: SourceIds,
  })
  .meta({ id: "Figure" });

const SummitEventSchema = z
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

const StatementSchema = z
  .strictObject({
    id: IdSchema,
    date: IsoDateSchema,
    speaker: ShortText,
    text: LongText,
    note: LongText.optional(),
    sourceIds: SourceIds,
  })
  .meta({ id: "Statement" });

const SummitSchema = z.strictObject({
  name: ShortText,
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  events: z.array(SummitEventSchema).max(100),
  statements: z.array(StatementSchema).max(100),
  documentCount: z.int().positive().nullable().describe("null: not disclosed."),
  documentCountNote: LongText,
  sourceIds: SourceIds,
});

const TotalsSchema = z.strictObject({
  projectCount: FigureSchema,
  investment: z.array(FigureSchema).min(1).max(10),
  note: LongText,
});

/** The dataset's shape without the cross-reference checks. */
export const DatasetShapeSchema = z.strictObject({
  $schema: z.string().max(LIMITS.url).optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: z
    .string()
    .regex(/^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/, rule("dataset.version")),
  asOf: IsoDateSchema,
  title: ShortText,
  description: LongText.optional(),
  sources: z.array(SourceSchema).min(1).max(1000),
  places: z.array(PlaceSchema).max(500),
  sectors: z.array(SectorSchema).max(100),
  projects: z.array(ProjectSchema).max(500),
  agreements: z.array(AgreementSchema).max(1000),
  trade: TradeSchema,
  targets: z.array(TargetSchema).min(1).max(100),
  gasTransit: GasTransitSchema,
  summit: SummitSchema,
  totals: TotalsSchema,
  otherFigures: z.array(FigureSchema).max(500),
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
export type Investment = z.infer<typeof InvestmentSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type AgreementDomain = z.infer<typeof AgreementDomainSchema>;
export type Agreement = z.infer<typeof AgreementSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type TradeObservation = z.infer<typeof TradeObservationSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type LocalizedName = z.infer<typeof LocalizedNameSchema>;
