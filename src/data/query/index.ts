/**
 * Questions asked of a dataset. `buildIndex` does the work once per dataset; every query after
 * that is a few map lookups, validated and answered with a `Result`. Indexes and what queries
 * return are frozen: share them, do not mutate them.
 *
 * The public face of ./query: one module per kind of question (resolve, investment, trade and
 * its series, targets, agreements, sources), argument checks in ./args.
 */
export { buildIndex, currentTarget, type Index } from "./build";
export { agreementsByDomain } from "./agreements";
export { investment } from "./investment";
export { projects, resolve, resolveReporter } from "./resolve";
export { headlineSwitches } from "./headline";
export { seriesUsed, sourceFor, sourceLabel, sourceLabelFor, sourcesOf } from "./sources";
export {
  progress,
  requiredGrowth,
  requiredGrowthByReporter,
  seriesUsedSaid,
  targetForYear,
} from "./targets";
export { tradeForYear, tradeHistory, tradeObservations } from "./trade";
export {
  REPORTERS,
  REPORTER_LABELS,
  achievedGrowth,
  isSeriesFigure,
  seriesPoints,
  type AchievedGrowth,
  type Reporter,
} from "./series";
export type { MatchKind, RequiredGrowth, TradePoint } from "./types";
