/** The trade targets, and how far the headline trade is from the current one. */
import { failWith, ok, type Result } from "../result";
import type { Target, TradeObservation } from "../schema";
import { checkYear } from "./args";
import { INTERNALS, type Index } from "./build";
import { headlineFor } from "./headline";
import { resolveReporter } from "./resolve";
import { REPORTERS, seriesPoints, type Reporter } from "./series";
import { tradeForYear } from "./trade";
import type { Progress, RequiredGrowth, SeriesKind } from "./types";
import { usdSaid } from "./words";
import type { Message } from "../../i18n/message";

/** The target set for a year; when several were, the most recently set. */
export function targetForYear(index: Index, year: number): Result<Target> {
  const y = checkYear(year, "year");
  if (!y.ok) return y;
  const targets = index.dataset.targets;
  const forYear = targets
    .filter((t) => t.targetYear === year)
    .sort((a, b) => (a.setOn < b.setOn ? 1 : -1));
  if (forYear.length > 0) return ok(forYear[0]);
  const years = [
    ...new Set(targets.flatMap((t) => (t.targetYear === null ? [] : [t.targetYear]))),
  ].sort();
  return failWith("no-data", "errors.data.target.noneForYear", {
    year: String(year),
    years: years.join(", "),
  });
}

/**
 * The figure progress starts from. Without a reporter: the headline figure of the year (default:
 * the latest headline year). With one ("KZ", "Uzbekistan", "joint", "press"...): that reporter's
 * own exact full-year figure for the year (default: its latest), never another reporter's.
 */
function startFigure(
  index: Index,
  year: number | undefined,
  reporter: string | undefined
): Result<{ o: TradeObservation; series: SeriesKind }> {
  if (reporter === undefined) {
    const headline = headlineFor(index[INTERNALS], year);
    return headline.ok ? ok({ o: headline.value, series: "headline" }) : headline;
  }
  const who = resolveReporter(index, reporter);
  if (!who.ok) return who;
  const latest = seriesPoints(index, who.value).pop();
  if (year === undefined && latest === undefined)
    return failWith("no-data", "errors.data.growth.noneFrom", { side: who.value });
  const found = tradeForYear(index, year ?? (latest?.year as number), who.value);
  return found.ok ? ok({ o: found.value.observation, series: "reporter" }) : found;
}

/**
 * A year's trade (default: the latest) as a share of the current target: the headline figure,
 * or with `reporter` that reporter's own figure. The answer says whose figure and which series.
 */
export function progress(index: Index, year?: number, reporter?: string): Result<Progress> {
  const internals = index[INTERNALS];
  const start = startFigure(index, year, reporter);
  if (!start.ok) return start;
  const { o, series } = start.value;
  const headline = { value: o };
  const target = internals.currentTarget;
  const value = o.value as number;
  const unusable = unusableAmounts(value, target);
  if (unusable) return unusable;
  return ok({
    year: o.year,
    reporter: o.reporterSide,
    series,
    valueUsd: value,
    targetUsd: target.valueUsd,
    targetYear: target.targetYear,
    ratio: value / target.valueUsd,
    observationId: headline.value.id,
    targetId: target.id,
  });
}

/**
 * The compound yearly growth needed to go from a year's trade (default: the latest) to the current
 * target: (target / value)^(1 / (targetYear − fromYear)) − 1. The start is the headline figure,
 * or with `reporter` that reporter's own, so the rate is never taken across two reporters.
 */
export function requiredGrowth(
  index: Index,
  fromYear?: number,
  reporter?: string
): Result<RequiredGrowth> {
  const internals = index[INTERNALS];
  const target = internals.currentTarget;
  if (fromYear !== undefined) {
    const y = checkYear(fromYear, "fromYear");
    if (!y.ok) return y;
    if (fromYear >= target.targetYear)
      return failWith("invalid-argument", "errors.data.target.startAfter", {
        targetYear: String(target.targetYear),
        got: String(fromYear),
      });
  }
  const start = startFigure(index, fromYear, reporter);
  if (!start.ok) return start;
  const { o, series } = start.value;
  const headline = { value: o };
  const value = o.value as number;
  const unusable = unusableAmounts(value, target);
  if (unusable) return unusable;
  const years = target.targetYear - headline.value.year;
  if (years <= 0)
    return failWith("no-data", "errors.data.target.latestNotBefore", {
      year: String(headline.value.year),
      targetYear: String(target.targetYear),
    });
  return ok({
    fromYear: headline.value.year,
    reporter: o.reporterSide,
    series,
    valueUsd: value,
    targetUsd: target.valueUsd,
    targetYear: target.targetYear,
    years,
    cagr: Math.pow(target.valueUsd / value, 1 / years) - 1,
    observationId: headline.value.id,
    targetId: target.id,
  });
}

/**
 * Whose figure and which year a progress reading uses, in words: "Uses the headline series, 2025:
 * Uzbekistan's statistics, $4.97 billion." or "Uses Kazakhstan's statistics only, 2023: $4.4
 * billion." (catalogue ids explain.series.*: the pane's Explain says it in the reader's language).
 */
export function seriesUsedSaid(answer: Progress | RequiredGrowth): Message {
  const year = "year" in answer ? answer.year : answer.fromYear;
  const amount = usdSaid(answer.valueUsd);
  const values = { year: String(year), side: answer.reporter, amount };
  return answer.series === "headline"
    ? {
        id: "explain.series.headline",
        values,
      }
    : {
        id: "explain.series.reporter",
        values,
      };
}

/**
 * The growth needed from each government reporter's own latest full-year figure (Kazakhstan,
 * joint statements, Uzbekistan, in the rule's order), for the range the two sides' statistics
 * span. A reporter with no figure before the target year is left out.
 */
export function requiredGrowthByReporter(index: Index): RequiredGrowth[] {
  return REPORTERS.filter((r): r is Exclude<Reporter, "other"> => r !== "other").flatMap((r) => {
    const g = requiredGrowth(index, undefined, r);
    return g.ok ? [g.value] : [];
  });
}

/**
 * Validation refuses a zero target or headline, but the functions must not answer Infinity or
 * −100% if one ever reaches them (a dataset built in code, a future schema change).
 */
function unusableAmounts(value: number, target: Target): Result<never> | undefined {
  if (value > 0 && target.valueUsd > 0) return undefined;
  const headline = target.valueUsd > 0;
  const amount = usdSaid(headline ? value : target.valueUsd);
  return failWith("no-data", "errors.data.target.unusable", {
    what: headline ? "headline" : "target",
    target: target.id,
    amount,
  });
}
