/** The trade, target and gas-transit parts of the dataset schema. */
import { z } from "zod";
import {
  ShortText,
  LongText,
  IdSchema,
  SourceIds,
  IsoDateSchema,
  PartialDateSchema,
  YearMonthSchema,
  YearSchema,
  UsdSchema,
  wholeNumber,
  GrowthPct,
  QualifierSchema,
} from "./primitives";
import { rule } from "./rule";

/**
 * The stretch of the year a figure covers: the whole calendar year, inclusive months
 * ({ from: "2025-01", to: "2025-09" }), or the year to a stated day when the last month is
 * not given ({ from: "2025-01", asOf: "2025-11-15" }), or "not stated" when the source does not
 * say which stretch the figure covers (the year is then the year the figure was stated).
 */
export const PeriodSchema = z
  .union(
    [
      z.literal("full year"),
      z.literal("not stated"),
      z.strictObject({ from: YearMonthSchema, to: YearMonthSchema }),
      z.strictObject({ from: YearMonthSchema, asOf: IsoDateSchema }),
    ],
    {
      error: rule("dataset.period"),
    }
  )
  .meta({ id: "Period" });

const ReliabilitySchema = z.enum(["normal", "flagged"]).meta({ id: "Reliability" });

/** One direction of trade: Kazakhstan to Uzbekistan or the reverse. */
const TradeFlowSchema = z
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
const TradeFlowsSchema = z
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
  observations: z.array(TradeObservationSchema).max(2000),
});

export const TargetSchema = z
  .strictObject({
    id: IdSchema,
    valueUsd: wholeNumber(1, true).describe("More than 0: progress is measured against it."),
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

const GasTransitObservationSchema = z
  .strictObject({
    id: IdSchema,
    year: YearSchema,
    bcm: z.number().positive().max(1000).optional().describe("Billion cubic metres."),
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
  observations: z.array(GasTransitObservationSchema).max(500),
});
