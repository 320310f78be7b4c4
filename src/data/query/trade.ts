/**
 * Trade turnover: a year's full-year figure (the headline one, or one reporter's), the series, the
 * observations. A part of a year is never given as the year: where only that exists, the failure
 * says what was reported.
 */
import { fail, failWith, ok, type Result } from "../result";
import type { TradeObservation } from "../schema";
import { YEAR_MAX, YEAR_MIN } from "../years";
import { checkYear } from "./args";
import { INTERNALS, type Index } from "./build";
import { coverageValues, noHeadline, noneRecorded, point } from "./headline";
import { whatWasReported } from "./partial";
import { resolveReporter } from "./resolve";
import { REPORTERS, seriesFigure, seriesPoints, type Reporter } from "./series";
import type { TradePoint } from "./types";
import { listSaid, sideSaid, usdSaid } from "./words";
import type { Message } from "../../i18n/message";

/**
 * A year's trade turnover for the full year. Without `reporter`: the headline figure chosen by
 * the dataset's headline rule. With `reporter` ("KZ", "Kazakhstan", "UZ", "joint", "press"...,
 * see `resolveReporter`): that reporter's exact, reliable full-year figure. A year with only part
 * of a year, a growth rate or a doubtful figure fails with "no-data" saying what was reported.
 */
export function tradeForYear(index: Index, year: number, reporter?: string): Result<TradePoint> {
  const internals = index[INTERNALS];
  const y = checkYear(year, "year");
  if (!y.ok) return y;
  if (reporter === undefined) {
    const headline = internals.headlineByYear.get(year);
    return headline ? ok(point(headline)) : fail(noHeadline(internals, year));
  }
  const who = resolveReporter(index, reporter);
  if (!who.ok) return who;
  const figure = seriesFigure(index, who.value, year);
  if (figure) return ok(point(figure));
  return fail({ kind: "no-data", ...noSeriesFigure(index, who.value, year) });
}

/**
 * Why a reporter has no full-year figure for a year, and what it, or others, did report. The
 * reporter is a catalogue select; what was reported (periods, amounts, other reporters) is a
 * phrase of the message, said in the same language.
 */
function noSeriesFigure(index: Index, reporter: Reporter, year: number): Message {
  const internals = index[INTERNALS];
  const all = internals.observationsByYear.get(year) ?? [];
  const mine = all.filter((o) => o.reporterSide === reporter);
  const reported = whatWasReported(mine, year);
  const values = { year: String(year), side: reporter };
  if (reported)
    return {
      id: "errors.data.trade.series.partial",
      values: { ...values, detail: reported },
    };
  const others = REPORTERS.flatMap((r): Message[] => {
    const o = seriesFigure(index, r, year);
    if (!o) return [];
    const amount = usdSaid(o.value as number);
    return [
      {
        id: "errors.data.trade.sideAmount",
        values: { side: r, amount },
      },
    ];
  });
  if (others.length > 0) {
    const list = listSaid(others, "; ");
    return {
      id: "errors.data.trade.series.others",
      values: { ...values, others: list },
    };
  }
  if (all.length > 0) {
    const sides = listSaid([...new Set(all.map((o) => o.reporterSide))].map(sideSaid), ", ");
    return {
      id: "errors.data.trade.series.partialOnly",
      values: { ...values, sides },
    };
  }
  return noneRecorded(internals, year);
}

/**
 * A trade series, one full-year figure a year, oldest first, optionally limited to years from–to.
 * Without `reporter`: the headline series (whose reporter may change; each point's observation
 * says whose it is). With `reporter`: that reporter's own series, which never mixes.
 */
export function tradeHistory(
  index: Index,
  range: { from?: number; to?: number; reporter?: string } = {}
): Result<TradePoint[]> {
  const internals = index[INTERNALS];
  const from = range.from === undefined ? ok(YEAR_MIN) : checkYear(range.from, "first year");
  if (!from.ok) return from;
  const to = range.to === undefined ? ok(YEAR_MAX) : checkYear(range.to, "last year");
  if (!to.ok) return to;
  if (from.value > to.value)
    return failWith("invalid-argument", "errors.data.trade.history.order", {
      from: String(from.value),
      to: String(to.value),
    });
  let series: TradePoint[];
  let reporter: Reporter | undefined;
  if (range.reporter === undefined)
    series = internals.headlineYears.map((y) =>
      point(internals.headlineByYear.get(y) as TradeObservation)
    );
  else {
    const who = resolveReporter(index, range.reporter);
    if (!who.ok) return who;
    reporter = who.value;
    series = seriesPoints(index, reporter);
    if (series.length === 0)
      return failWith("no-data", "errors.data.trade.history.noneFrom", {
        side: reporter,
      });
  }
  const points = series.filter((p) => p.year >= from.value && p.year <= to.value);
  if (points.length > 0) return ok(points);
  const values = { from: String(from.value), to: String(to.value) };
  if (reporter === undefined)
    return failWith("no-data", "errors.data.trade.history.headlineOutside", {
      ...values,
      ...coverageValues(internals),
    });
  const years = series.map((p) => p.year).join(", ");
  return failWith("no-data", "errors.data.trade.history.reporterOutside", {
    ...values,
    side: reporter,
    years,
  });
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
  return list ? ok(list) : fail({ kind: "no-data", ...noneRecorded(internals, year) });
}
