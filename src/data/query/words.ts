/**
 * The pieces of trade messages that are built from the dataset's figures (whose figure, how
 * much, lists of them), each a catalogue id with its values (src/i18n/message.ts), so that a
 * message holding them is said whole in the reader's language (src/data stays language-free).
 * SIDE_LABELS are the series' names as the workbook's tables and charts show them (English, like
 * every header and sheet name).
 */
import type { Qualifier } from "../schema";
import type { Side } from "./build";
import { plain, type Message } from "../../i18n/message";

/** Each reporter's series by name; the order is the headline rule's. */
export const SIDE_LABELS: Readonly<Record<Side, string>> = {
  KZ: "Kazakhstan's statistics",
  joint: "joint statements",
  UZ: "Uzbekistan's statistics",
  other: "the press",
};

/** A reporter's series by name: "Kazakhstan's statistics". */
export function sideSaid(side: Side): Message {
  return { id: "errors.data.trade.side", values: { side } };
}

/** A qualifier as a select value ("more than" → "moreThan"), "none" without one. */
export function qualifierKey(qualifier: Qualifier | undefined): string {
  return qualifier === undefined ? "none" : qualifier === "more than" ? "moreThan" : qualifier;
}

/**
 * An amount in US dollars as formatUsd writes it ("$4.97 billion"), with its qualifier ("more
 * than $3.8 billion"): one message, so that each language can inflect the amount for its
 * qualifier. The catalogue gets the number rounded as formatUsd rounds it and writes it the
 * language's way (it groups thousands where formatUsd does not: from $1,000 billion, far above
 * any trade figure).
 */
export function usdSaid(usd: number, qualifier?: Qualifier): Message {
  const abs = Math.abs(usd);
  const unit = abs >= 1e9 ? "billion" : abs >= 1e6 ? "million" : "dollars";
  const amount =
    unit === "billion"
      ? Number((abs / 1e9).toFixed(3))
      : unit === "million"
        ? Number((abs / 1e6).toFixed(2))
        : Math.round(abs);
  return {
    id: "errors.data.usd",
    values: { qualifier: qualifierKey(qualifier), sign: usd < 0 ? "minus" : "plus", amount, unit },
  };
}

const LISTS = { "; ": "errors.data.list.semicolons", ", ": "errors.data.list.commas" } as const;

/**
 * Phrases joined by `separator` ("a; b; c"), as nested pairs {first}{separator}{rest} so each
 * language can punctuate its lists its own way. An empty list is an empty text.
 */
export function listSaid(items: readonly Message[], separator: keyof typeof LISTS): Message {
  if (items.length <= 1) return items[0] ?? plain("");
  const rest = listSaid(items.slice(1), separator);
  return {
    id: LISTS[separator],
    values: { first: items[0], rest },
  };
}
