/**
 * Trade series that do not mix: each reporter's own full-year figures, one a year, and growth
 * computed only within one reporter's series (the two sides' statistics differ by up to
 * $0.5 billion a year, so a rate across a change of reporter would measure the change of reporter).
 */
import { failWith, ok, type Result } from "../result";
import type { TradeObservation } from "../schema";
import { checkYear } from "./args";
import { INTERNALS, type Index, type Side } from "./build";
import { point } from "./headline";
import { SIDE_LABELS } from "./words";
import type { TradePoint } from "./types";

/** Growth achieved into a year, from one reporter's own figures. */
export interface AchievedGrowth {
  readonly reporter: Reporter;
  readonly reporterLabel: string;
  readonly fromYear: number;
  /** The reporter's figure for fromYear; absent when the rate is the one it reported itself. */
  readonly fromUsd?: number;
  readonly toYear: number;
  readonly toUsd: number;
  readonly years: number;
  /** Growth a year as a fraction: 0.114 is 11.4% a year (compound over `years`). */
  readonly rate: number;
  /** "computed" from the two figures, or "reported" by the reporter with its figure. */
  readonly basis: "computed" | "reported";
  readonly observationIds: readonly string[];
}

/** Whose series: Kazakhstan's figures, Uzbekistan's, joint statements, or the press's own. */
export type Reporter = Side;

/** Every reporter, in the headline rule's order of precedence. */
export const REPORTERS: readonly Reporter[] = ["KZ", "joint", "UZ", "other"];

/** How each series is named in messages and tables. */
export const REPORTER_LABELS = SIDE_LABELS;

/** What to type for each reporter, as messages suggest it. */
export const REPORTER_EXAMPLES: Readonly<Record<Reporter, string>> = {
  KZ: "KZ",
  UZ: "UZ",
  joint: "joint",
  other: "press",
};

/**
 * Whether an observation can stand as its reporter's figure for the year: the full year, an
 * exact value and not flagged (the same test a headline figure passes).
 */
export function isSeriesFigure(o: TradeObservation): boolean {
  return (
    o.period === "full year" &&
    o.value !== undefined &&
    o.valueQualifier === undefined &&
    o.reliability === "normal"
  );
}

/** Each reporter's series by year; built once per index (an index never changes). */
const SERIES = new WeakMap<Index, ReadonlyMap<Reporter, ReadonlyMap<number, TradeObservation>>>();

function allSeries(index: Index): ReadonlyMap<Reporter, ReadonlyMap<number, TradeObservation>> {
  let found = SERIES.get(index);
  if (found) return found;
  const built = new Map<Reporter, Map<number, TradeObservation>>(
    REPORTERS.map((r) => [r, new Map()])
  );
  // Best first: the headline figure, then a final one, then the dataset's order.
  const ranked = index.dataset.trade.observations
    .filter(isSeriesFigure)
    .map((o, order) => ({ o, order }))
    .sort(
      (a, b) =>
        Number(!a.o.headline) - Number(!b.o.headline) ||
        Number(a.o.preliminary === true) - Number(b.o.preliminary === true) ||
        a.order - b.order
    );
  for (const { o } of ranked) {
    const years = built.get(o.reporterSide) as Map<number, TradeObservation>;
    if (!years.has(o.year)) years.set(o.year, o);
  }
  found = new Map(
    [...built].map(([r, years]) => [r, new Map([...years].sort(([a], [b]) => a - b))])
  );
  SERIES.set(index, found);
  return found;
}

/** One reporter's full-year figure for a year, if it gave one. */
export function seriesFigure(
  index: Index,
  reporter: Reporter,
  year: number
): TradeObservation | undefined {
  return allSeries(index).get(reporter)?.get(year);
}

/** One reporter's full-year series, oldest first. */
export function seriesPoints(index: Index, reporter: Reporter): TradePoint[] {
  return [...(allSeries(index).get(reporter)?.values() ?? [])].map(point);
}

/**
 * The growth a reporter's trade achieved into a year, from that reporter's own figures only.
 * Defaults: the latest headline year, and the reporter of that year's headline figure.
 * The rate is the change from the reporter's figure for the year before; where it gave none, the
 * rate it reported itself with the figure; failing that, the compound yearly change from its
 * latest earlier figure. Never a rate between two reporters' figures.
 */
export function achievedGrowth(
  index: Index,
  options: { year?: number; reporter?: Reporter } = {}
): Result<AchievedGrowth> {
  const internals = index[INTERNALS];
  if (options.year !== undefined) {
    const y = checkYear(options.year, "year");
    if (!y.ok) return y;
  }
  const latestHeadline = internals.headlineYears[internals.headlineYears.length - 1];
  const reporter =
    options.reporter ??
    internals.headlineByYear.get(options.year ?? latestHeadline)?.reporterSide ??
    undefined;
  if (reporter === undefined)
    return options.year === undefined
      ? failWith("no-data", "errors.data.growth.noHeadline")
      : failWith("no-data", "errors.data.growth.noHeadlineYear", { year: String(options.year) });
  const label = REPORTER_LABELS[reporter];
  const series = allSeries(index).get(reporter) as ReadonlyMap<number, TradeObservation>;
  const years = [...series.keys()];
  const year = options.year ?? (options.reporter ? years[years.length - 1] : latestHeadline);
  const to = year === undefined ? undefined : series.get(year);
  if (to === undefined || year === undefined)
    return year === undefined
      ? failWith("no-data", "errors.data.growth.noneFrom", { side: reporter })
      : failWith("no-data", "errors.data.growth.noneForYear", {
          year: String(year),
          side: reporter,
        });
  const toUsd = to.value as number;
  const base = { reporter, reporterLabel: label, toYear: year, toUsd };
  const previous = series.get(year - 1);
  if (previous) return ok(computed(base, previous, to));
  if (to.growthPct !== undefined && to.growthQualifier === undefined)
    return ok({
      ...base,
      fromYear: year - 1,
      years: 1,
      rate: to.growthPct / 100,
      basis: "reported",
      observationIds: [to.id],
    });
  const earlier = years.filter((y) => y < year).pop();
  if (earlier !== undefined) return ok(computed(base, series.get(earlier) as TradeObservation, to));
  return failWith("no-data", "errors.data.growth.noBase", { year: String(year), side: reporter });
}

function computed(
  base: Pick<AchievedGrowth, "reporter" | "reporterLabel" | "toYear" | "toUsd">,
  from: TradeObservation,
  to: TradeObservation
): AchievedGrowth {
  const fromUsd = from.value as number;
  const years = to.year - from.year;
  return {
    ...base,
    fromYear: from.year,
    fromUsd,
    years,
    rate: Math.pow(base.toUsd / fromUsd, 1 / years) - 1,
    basis: "computed",
    observationIds: [from.id, to.id],
  };
}
