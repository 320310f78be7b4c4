/** The trade targets, and how far the headline trade is from the current one. */
import { failWith, ok, type Result } from "../result";
import type { Target } from "../schema";
import { checkYear } from "./args";
import { INTERNALS, type Index } from "./build";
import { headlineFor } from "./headline";
import type { Progress, RequiredGrowth } from "./types";
import { usdSaid } from "./words";

/** The trade target in force (the one marked current: $10bn by 2030). */
export function currentTarget(index: Index): Target {
  return index[INTERNALS].currentTarget;
}

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
  return failWith(
    "no-data",
    `No trade target was set for ${year}. Targets name the years ${years.join(", ")}.`,
    "errors.data.target.noneForYear",
    { year: String(year), years: years.join(", ") }
  );
}

/** A year's headline trade (default: the latest) as a share of the current target. */
export function progress(index: Index, year?: number): Result<Progress> {
  const internals = index[INTERNALS];
  const headline = headlineFor(internals, year);
  if (!headline.ok) return headline;
  const target = internals.currentTarget;
  const value = headline.value.value as number;
  const unusable = unusableAmounts(value, target);
  if (unusable) return unusable;
  return ok({
    year: headline.value.year,
    valueUsd: value,
    targetUsd: target.valueUsd,
    targetYear: target.targetYear,
    ratio: value / target.valueUsd,
    observationId: headline.value.id,
    targetId: target.id,
  });
}

/**
 * The compound yearly growth needed to go from a year's headline trade (default: the latest) to
 * the current target: (target / value)^(1 / (targetYear − fromYear)) − 1.
 */
export function requiredGrowth(index: Index, fromYear?: number): Result<RequiredGrowth> {
  const internals = index[INTERNALS];
  const target = internals.currentTarget;
  if (fromYear !== undefined) {
    const y = checkYear(fromYear, "fromYear");
    if (!y.ok) return y;
    if (fromYear >= target.targetYear)
      return failWith(
        "invalid-argument",
        `The start year must be before the target year ${target.targetYear}; got ${fromYear}.`,
        "errors.data.target.startAfter",
        { targetYear: String(target.targetYear), got: String(fromYear) }
      );
  }
  const headline = headlineFor(internals, fromYear);
  if (!headline.ok) return headline;
  const value = headline.value.value as number;
  const unusable = unusableAmounts(value, target);
  if (unusable) return unusable;
  const years = target.targetYear - headline.value.year;
  if (years <= 0)
    return failWith(
      "no-data",
      `The latest headline year ${headline.value.year} is not before the target year ${target.targetYear}.`,
      "errors.data.target.latestNotBefore",
      { year: String(headline.value.year), targetYear: String(target.targetYear) }
    );
  return ok({
    fromYear: headline.value.year,
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
 * Validation refuses a zero target or headline, but the functions must not answer Infinity or
 * −100% if one ever reaches them (a dataset built in code, a future schema change).
 */
function unusableAmounts(value: number, target: Target): Result<never> | undefined {
  if (value > 0 && target.valueUsd > 0) return undefined;
  const headline = target.valueUsd > 0;
  const amount = usdSaid(headline ? value : target.valueUsd);
  const what = headline
    ? `the headline trade is ${amount.message}`
    : `the target "${target.id}" is ${amount.message}`;
  return failWith(
    "no-data",
    `No meaningful answer: ${what}, and progress is measured only between amounts above zero. Check the dataset.`,
    "errors.data.target.unusable",
    {
      what: headline ? "headline" : "target",
      target: target.id,
      amount,
    }
  );
}
