/**
 * What a year's trade figures amount to when none can stand for the year: the period in words
 * ("January–April 2024") and the best figure there is, so that a message says what exists
 * without ever passing a part of a year off as the year. Each piece is a catalogue id with its
 * values (src/i18n/message.ts), so the whole sentence is said in one language.
 */

import type { Period, TradeObservation } from "../schema";
import { listSaid, qualifierKey, usdSaid } from "./words";
import { message, plain, type Message } from "../../i18n/message";

/**
 * A month by the part it plays in a period, for languages that inflect it there: "name" names
 * a stretch of months ("January–April 2024"), "since" starts a stretch that runs to a day
 * ("January to 15 November"), "until" is the month of that day ("15 November"). English says
 * all three alike.
 */
const MONTH_IDS = {
  name: "errors.data.month.name",
  since: "errors.data.month.since",
  until: "errors.data.month.until",
} as const;

function month(yearMonth: string, role: keyof typeof MONTH_IDS): { year: string; name: Message } {
  const [year, m] = yearMonth.split("-");
  const number = Number(m);
  const known = Number.isInteger(number) && number >= 1 && number <= 12;
  return {
    year,
    name: known ? message(MONTH_IDS[role], { month: number }) : plain(yearMonth),
  };
}

/** "January–April 2024", "January 2025", "January to 15 November 2025", "2024" for a full year. */
export function periodSaid(period: Period, year: number): Message {
  if (period === "full year")
    return { id: "errors.data.period.year", values: { year: String(year) } };
  if (period === "not stated")
    return {
      id: "errors.data.period.notStated",
      values: { year: String(year) },
    };
  if ("to" in period) {
    const from = month(period.from, "name");
    const to = month(period.to, "name");
    if (from.year !== to.year)
      return {
        id: "errors.data.period.acrossYears",
        values: { from: from.name, fromYear: from.year, to: to.name, toYear: to.year },
      };
    return period.from === period.to
      ? {
          id: "errors.data.period.month",
          values: { month: from.name, year: from.year },
        }
      : {
          id: "errors.data.period.months",
          values: { from: from.name, to: to.name, year: to.year },
        };
  }
  const [y, m, d] = period.asOf.split("-");
  const from = month(period.from, "since");
  const to = month(`${y}-${m}`, "until");
  const day = String(Number(d));
  const sameYear = from.year === y;
  return {
    id: "errors.data.period.toDay",
    values: {
      from: from.name,
      fromYear: from.year,
      sameYear: sameYear ? "yes" : "no",
      day,
      to: to.name,
      year: y,
    },
  };
}

/** "more than $3.8 billion", or "-16.5% on a year earlier" for a growth-only figure. */
export function amountSaid(o: TradeObservation): Message {
  if (o.value !== undefined) return usdSaid(o.value, o.valueQualifier);
  if (o.growthPct !== undefined)
    return {
      // Written as Intl writes it in English, so the catalogue, which writes the number the
      // reader's way, says the same in English ("-16.5", "1,200").
      id: "errors.data.trade.growthRate",
      values: {
        qualifier: qualifierKey(o.growthQualifier),
        sign: o.growthPct > 0 ? "plus" : "none",
        growth: o.growthPct,
      },
    };
  return { id: "errors.data.trade.noAmount" };
}

const CAVEATS = ["flagged", "inferred", "preliminary"] as const;

/** " (flagged as doubtful; period inferred by the dataset)", or "" for a plain figure. */
function caveats(o: TradeObservation, flagSaid = false): Message | "" {
  const notes = CAVEATS.filter((note) =>
    note === "flagged"
      ? o.reliability === "flagged" && !flagSaid
      : note === "inferred"
        ? o.periodInferred
        : o.preliminary
  ).map((note) => message("errors.data.trade.caveat", { note }));
  if (notes.length === 0) return "";
  const list = listSaid(notes, "; ");
  return {
    id: "errors.data.trade.caveats",
    values: { notes: list },
  };
}

/** The month a period ends, comparable as text (a full year sorts last). */
function periodEnd(o: TradeObservation): string {
  if (o.period === "full year") return "9999";
  if (o.period === "not stated") return "0000";
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
 * reporter when `byReporter`: "Only January–April 2024 was reported by the press: $1.1 billion."
 */
export function whatWasReported(
  list: readonly TradeObservation[],
  year: number,
  byReporter = false
): Message | undefined {
  const o = best(list);
  if (o === undefined) return undefined;
  const by = byReporter ? o.reporterSide : "none";
  const amount = amountSaid(o);
  if (o.period === "full year" && o.value !== undefined) {
    const doubtful = o.reliability === "flagged";
    const notes = caveats(o, doubtful);
    return {
      id: "errors.data.trade.reported.fullYear",
      values: { by, doubtful: doubtful ? "yes" : "no", amount, caveats: notes },
    };
  }
  const period = periodSaid(o.period, year);
  const notes = caveats(o);
  const values = { by, period, amount, caveats: notes };
  return o.value === undefined
    ? {
        id: "errors.data.trade.reported.growth",
        values,
      }
    : {
        id: "errors.data.trade.reported.part",
        values,
      };
}
