/**
 * What a year's trade figures amount to when none can stand for the year: the period in words
 * ("January–April 2024") and the best figure there is, so that a message says what exists
 * without ever passing a part of a year off as the year.
 */
import { formatUsd } from "../format";
import type { Period, TradeObservation } from "../schema";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function month(yearMonth: string): { year: string; name: string } {
  const [year, m] = yearMonth.split("-");
  return { year, name: MONTHS[Number(m) - 1] ?? yearMonth };
}

/** "January–April 2024", "January 2025", "January to 15 November 2025", "2024" for a full year. */
export function periodWords(period: Period, year: number): string {
  if (period === "full year") return String(year);
  const from = month(period.from);
  if ("to" in period) {
    const to = month(period.to);
    if (from.year !== to.year) return `${from.name} ${from.year}–${to.name} ${to.year}`;
    return from.name === to.name
      ? `${from.name} ${from.year}`
      : `${from.name}–${to.name} ${to.year}`;
  }
  const [y, m, d] = period.asOf.split("-");
  const until = `${Number(d)} ${month(`${y}-${m}`).name} ${y}`;
  return `${from.name}${from.year === y ? "" : ` ${from.year}`} to ${until}`;
}

/** "more than $3.8 billion", or "-16.5% on a year earlier" for a growth-only figure. */
export function amountWords(o: TradeObservation): string {
  if (o.value !== undefined)
    return `${o.valueQualifier ? `${o.valueQualifier} ` : ""}${formatUsd(o.value)}`;
  if (o.growthPct !== undefined)
    return `${o.growthQualifier ? `${o.growthQualifier} ` : ""}${o.growthPct > 0 ? "+" : ""}${o.growthPct}% on a year earlier`;
  return "no value and no growth rate";
}

/** " (flagged as doubtful; period inferred by the dataset)", or "" for a plain figure. */
function caveats(o: TradeObservation, flagSaid = false): string {
  const notes = [
    o.reliability === "flagged" && !flagSaid ? "flagged as doubtful" : undefined,
    o.periodInferred ? "period inferred by the dataset" : undefined,
    o.preliminary ? "preliminary" : undefined,
  ].filter(Boolean);
  return notes.length === 0 ? "" : ` (${notes.join("; ")})`;
}

/** The month a period ends, comparable as text (a full year sorts last). */
function periodEnd(o: TradeObservation): string {
  if (o.period === "full year") return "9999";
  return "to" in o.period ? o.period.to : o.period.asOf.slice(0, 7);
}

/** Best first: a value before a growth rate, then the full year, then unflagged, then the longest. */
function best(list: readonly TradeObservation[]): TradeObservation | undefined {
  const score = (o: TradeObservation) =>
    (o.value === undefined ? 4 : 0) +
    (o.period === "full year" ? 0 : 2) +
    (o.reliability === "normal" ? 0 : 1);
  return [...list].sort(
    (a, b) => score(a) - score(b) || periodEnd(b).localeCompare(periodEnd(a))
  )[0];
}

/**
 * One sentence on the best of a year's figures that cannot stand for the year, naming its
 * reporter when `by` is given: "Only January–April 2024 was reported by the press: $1.1 billion."
 */
export function whatWasReported(
  list: readonly TradeObservation[],
  year: number,
  by?: (o: TradeObservation) => string
): string | undefined {
  const o = best(list);
  if (o === undefined) return undefined;
  const who = by ? ` by ${by(o)}` : "";
  const amount = `${amountWords(o)}${caveats(o)}`;
  if (o.period === "full year" && o.value !== undefined) {
    const doubtful = o.reliability === "flagged";
    return `The full-year figure${who} is ${doubtful ? "flagged as doubtful" : "approximate"}: ${amountWords(o)}${caveats(o, doubtful)}.`;
  }
  const period = periodWords(o.period, year);
  return o.value === undefined
    ? `Only a growth rate was reported${who} for ${period}: ${amount}.`
    : `Only ${period} was reported${who}: ${amount}.`;
}
