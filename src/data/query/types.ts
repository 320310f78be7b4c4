/** What queries return: frozen, shared records; never mutate them. */
import type { Investment, Qualifier, Project, TradeObservation } from "../schema";

/** What a name can stand for. */
export type MatchKind = "project" | "region" | "city" | "country" | "sector";

/** A resolved name: the thing named and every project it covers. */
export interface Match {
  readonly kind: MatchKind;
  readonly id: string;
  readonly name: string;
  /** The name in the dataset's languages (`en` is `name`), for messages in the reader's. */
  readonly names: Readonly<Record<string, string | undefined>> & { en: string };
  readonly projects: readonly Project[];
}

/** One project's part in an investment answer. */
export interface ProjectInvestment {
  readonly id: string;
  readonly name: string;
  readonly status: Investment["status"];
  readonly usd?: number;
  readonly qualifier?: Qualifier;
  readonly scope?: string;
}

/** The investment behind a project, place or sector. */
export interface InvestmentSummary {
  readonly match: { readonly kind: MatchKind; readonly id: string; readonly name: string };
  /** Sum of the disclosed and estimated amounts, in whole US dollars. */
  readonly usd: number;
  readonly disclosedCount: number;
  readonly estimatedCount: number;
  readonly notDisclosedCount: number;
  /** True when the sum is a floor: an amount is "more than" or covers a stage only, or a project's amount is not disclosed. */
  readonly lowerBound: boolean;
  readonly projects: readonly ProjectInvestment[];
  readonly sourceIds: readonly string[];
}

/** A trade figure for a year, with the observation it comes from. */
export interface TradePoint {
  readonly year: number;
  /** Total trade turnover in whole US dollars. */
  readonly usd: number;
  readonly observation: TradeObservation;
}

/**
 * Whose figure a progress reading starts from: "headline" is the headline series (one figure a
 * year, the reporter changing where the rule says); "reporter" is one reporter's own series.
 */
export type SeriesKind = "headline" | "reporter";

/** A year's trade (the headline figure, or one reporter's) against the current target. */
export interface Progress {
  readonly year: number;
  /** Who gave the figure used (reporterSide of the observation). */
  readonly reporter: TradeObservation["reporterSide"];
  readonly series: SeriesKind;
  readonly valueUsd: number;
  readonly targetUsd: number;
  readonly targetYear: number;
  /** valueUsd / targetUsd. */
  readonly ratio: number;
  readonly observationId: string;
  readonly targetId: string;
}

/** The yearly growth needed to reach the current target. */
export interface RequiredGrowth {
  readonly fromYear: number;
  /** Who gave the starting figure (reporterSide of the observation). */
  readonly reporter: TradeObservation["reporterSide"];
  readonly series: SeriesKind;
  readonly valueUsd: number;
  readonly targetUsd: number;
  readonly targetYear: number;
  readonly years: number;
  /** Compound annual growth rate as a fraction: 0.15 is 15% a year. */
  readonly cagr: number;
  readonly observationId: string;
  readonly targetId: string;
}
