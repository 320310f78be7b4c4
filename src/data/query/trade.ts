/** Trade turnover: a year's figure (the headline one, or a reporter's), the series, the observations. */
import { fail, failWith, ok, type Result } from "../result";
import type { TradeObservation } from "../schema";
import { foldName } from "../normalize";
import { YEAR_MAX, YEAR_MIN } from "../years";
import { checkText, checkYear, notFound } from "./args";
import { INTERNALS, type Index, type IndexInternals } from "./build";
import { coverage, noHeadline, point } from "./headline";
import type { TradePoint } from "./types";

/**
 * A year's trade turnover. Without `reporter`: the headline figure chosen by the dataset's
 * headline rule. With `reporter`: that reporter's best figure for the year — unflagged, full
 * year, exact and headline first, then the longest period; possibly a partial year when that is
 * all it gave (check `observation.period`). The reporter is matched loosely: "KZ", "Kazakhstan", "UZ",
 * "Uzbekistan", "joint", or part of a reporter's or publisher's name such as "statistics".
 */
export function tradeForYear(index: Index, year: number, reporter?: string): Result<TradePoint> {
  const internals = index[INTERNALS];
  const y = checkYear(year, "year");
  if (!y.ok) return y;
  if (reporter === undefined) {
    const headline = internals.headlineByYear.get(year);
    return headline ? ok(point(headline)) : fail(noHeadline(internals, year));
  }
  const who = checkText(reporter, 'a reporter, such as "Kazakhstan", "UZ" or "statistics"');
  if (!who.ok) return who;
  const matches = reporterFilter(internals, who.value);
  if (!matches.ok) return matches;
  const all = internals.observationsByYear.get(year) ?? [];
  const mine = all.filter(matches.value);
  if (mine.length === 0) {
    const reporters = [...new Set(all.map((o) => o.reporter))];
    return failWith(
      "no-data",
      reporters.length === 0
        ? `No trade figure is recorded for ${year}. ${coverage(internals)}`
        : `No trade figure for ${year} comes from "${who.value}". Reporters for ${year}: ${reporters.join("; ")}.`
    );
  }
  const best = [...mine].sort(byPreference).find((o) => o.value !== undefined);
  if (best === undefined)
    return failWith(
      "no-data",
      `"${who.value}" gave only a growth rate for ${year} (${describeGrowth(mine[0])}), not a value.`
    );
  return ok(point(best));
}

/** The headline trade series, one point a year, oldest first, optionally limited to years from–to. */
export function tradeHistory(
  index: Index,
  range: { from?: number; to?: number } = {}
): Result<TradePoint[]> {
  const internals = index[INTERNALS];
  const from = range.from === undefined ? ok(YEAR_MIN) : checkYear(range.from, "from");
  if (!from.ok) return from;
  const to = range.to === undefined ? ok(YEAR_MAX) : checkYear(range.to, "to");
  if (!to.ok) return to;
  if (from.value > to.value)
    return failWith(
      "invalid-argument",
      `The first year (${from.value}) must not be after the last (${to.value}).`
    );
  const points = internals.headlineYears
    .filter((y) => y >= from.value && y <= to.value)
    .map((y) => point(internals.headlineByYear.get(y) as TradeObservation));
  if (points.length === 0)
    return failWith(
      "no-data",
      `No headline trade figure falls in ${from.value}–${to.value}. ${coverage(internals)}`
    );
  return ok(points);
}

/** Every trade observation, or those of one year, so that disagreements between sources show. */
export function tradeObservations(
  index: Index,
  year?: number
): Result<readonly TradeObservation[]> {
  const internals = index[INTERNALS];
  if (year === undefined) return ok(index.dataset.trade.observations);
  const y = checkYear(year, "year");
  if (!y.ok) return y;
  const list = internals.observationsByYear.get(year);
  return list
    ? ok(list)
    : failWith("no-data", `No trade figure is recorded for ${year}. ${coverage(internals)}`);
}

function reporterFilter(
  internals: IndexInternals,
  reporter: string
): Result<(o: TradeObservation) => boolean> {
  const folded = foldName(reporter);
  const side = internals.sides.match(reporter);
  if (side.kind === "found") return ok((o) => o.reporterSide === side.value);
  const test = (o: TradeObservation) => (internals.reporterKeys.get(o) ?? "").includes(folded);
  if (folded !== "" && [...internals.reporterKeys.keys()].some(test)) return ok(test);
  return notFound(
    reporter,
    "reporter",
    internals.reporterNames.suggest(folded),
    'Try "Kazakhstan", "Uzbekistan", "joint", or part of a reporter\'s name such as "statistics".'
  );
}

/** Best first: unflagged, then full year, then exact, then the headline, then the longest period. */
function byPreference(a: TradeObservation, b: TradeObservation): number {
  return (
    rank(a) - rank(b) || (periodEnd(b) > periodEnd(a) ? 1 : periodEnd(b) < periodEnd(a) ? -1 : 0)
  );
}

function rank(o: TradeObservation): number {
  return (
    (o.reliability === "normal" ? 0 : 8) +
    (o.period === "full year" ? 0 : 4) +
    (o.valueQualifier === undefined ? 0 : 2) +
    (o.headline ? 0 : 1)
  );
}

/** The month a period ends, comparable as text ("full year" sorts last). */
function periodEnd(o: TradeObservation): string {
  if (o.period === "full year") return "9999";
  return "to" in o.period ? o.period.to : o.period.asOf.slice(0, 7);
}

function describeGrowth(o: TradeObservation): string {
  if (o.growthPct === undefined) return "no growth rate either";
  return `${o.growthQualifier ? `${o.growthQualifier} ` : ""}${o.growthPct > 0 ? "+" : ""}${o.growthPct}%`;
}
