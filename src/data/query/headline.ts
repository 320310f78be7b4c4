/** The headline trade figure of a year, or why there is none. */
import { fail, failWith, ok, type DataError, type Result } from "../result";
import type { TradeObservation } from "../schema";
import { checkYear } from "./args";
import { INTERNALS, type IndexInternals, type Side } from "./build";
import { whatWasReported } from "./partial";
import type { TradePoint } from "./types";
import type { Message } from "../../i18n/message";

/** The headline observation of a year (default: the latest year that has one). */
export function headlineFor(
  internals: IndexInternals,
  year: number | undefined
): Result<TradeObservation> {
  if (year === undefined) {
    const latest = internals.headlineYears[internals.headlineYears.length - 1];
    return latest === undefined
      ? failWith("no-data", "errors.data.trade.noHeadlineAtAll")
      : ok(internals.headlineByYear.get(latest) as TradeObservation);
  }
  const y = checkYear(year, "year");
  if (!y.ok) return y;
  const headline = internals.headlineByYear.get(year);
  return headline ? ok(headline) : fail(noHeadline(internals, year));
}

/** Why a year has no headline figure, in words. */
export function noHeadline(internals: IndexInternals, year: number): DataError {
  const list = internals.observationsByYear.get(year) ?? [];
  if (list.length === 0) return { kind: "no-data", ...noneRecorded(internals, year) };
  const fullYear = list.filter((o) => o.period === "full year" && o.value !== undefined);
  const flagged = fullYear.filter((o) => o.reliability === "flagged");
  const why =
    fullYear.length === 0 ? "partial" : flagged.length === fullYear.length ? "flagged" : "other";
  const flag = why === "flagged" ? String(flagged[0].flag) : "";
  // A flagged figure's reason already quotes the flag; otherwise say what was reported, and by
  // whom (a phrase of the message, said in the same language).
  const reported = why === "flagged" ? undefined : whatWasReported(list, year, true);
  return {
    kind: "no-data",
    id: "errors.data.trade.noHeadline",
    values: {
      year: String(year),
      reason: why,
      found: String(list.length),
      flag,
      hasDetail: reported ? "yes" : "no",
      detail: reported ?? "",
    },
  };
}

/** "No trade figure is recorded for 2031. Trade figures cover 1996–2025." */
export function noneRecorded(internals: IndexInternals, year: number): Message {
  return {
    id: "errors.data.trade.noneRecorded",
    values: { year: String(year), ...coverageValues(internals) },
  };
}

/** A stretch of consecutive headline years with one reporter. */
interface HeadlineRun {
  readonly from: number;
  readonly to: number;
  readonly reporter: Side;
}

/** Who heads the headline series, year by year, as runs: 2017–2019 KZ, 2021–2024 KZ, 2025 UZ. */
function headlineRuns(internals: IndexInternals): HeadlineRun[] {
  const runs: { from: number; to: number; reporter: Side }[] = [];
  for (const year of internals.headlineYears) {
    const reporter = (internals.headlineByYear.get(year) as TradeObservation).reporterSide;
    const last = runs[runs.length - 1];
    if (last && last.reporter === reporter && last.to === year - 1) last.to = year;
    else runs.push({ from: year, to: year, reporter });
  }
  return runs;
}

/** The runs of the headline series: whose figure heads which years, in order. */
export function headlineSwitches(index: { readonly [INTERNALS]: IndexInternals }): HeadlineRun[] {
  return headlineRuns(index[INTERNALS]);
}

/** `coverage`'s sentence as catalogue values: {coverage, select, yes {…{first}–{last}.} other {}}. */
export function coverageValues(internals: IndexInternals): Record<string, string> {
  const years = [...internals.observationsByYear.keys()].sort((a, b) => a - b);
  return years.length === 0
    ? { coverage: "no", first: "", last: "" }
    : { coverage: "yes", first: String(years[0]), last: String(years[years.length - 1]) };
}

/** An observation with a value, as a trade point. */
export function point(o: TradeObservation): TradePoint {
  return { year: o.year, usd: o.value as number, observation: o };
}
