/** Checks of query arguments, and the errors a query gives for a name it cannot place. */
import { foldName } from "../normalize";
import { fail, failWith, ok, type DataError, type Result } from "../result";
import { YEAR_MAX, YEAR_MIN } from "../years";
import type { Message } from "../../i18n/message";

/** Longest text a query accepts. */
export const MAX_QUERY_LENGTH = 200;

/** The year arguments of the queries, as messages name them, with their catalogue keys. */
const YEAR_ARGS = {
  year: "year",
  "first year": "first",
  "last year": "last",
  fromYear: "fromYear",
} as const;

export function checkYear(year: unknown, name: keyof typeof YEAR_ARGS): Result<number> {
  if (typeof year !== "number" || !Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX)
    return failWith("invalid-argument", "errors.data.year.invalid", {
      arg: YEAR_ARGS[name],
      min: String(YEAR_MIN),
      max: String(YEAR_MAX),
      got: String(year),
    });
  return ok(year);
}

/**
 * What a query asks to be typed: its English words and the catalogue's name for them
 * ("place", "reporter", "domain" or "record"; `domains` lists a domain's choices).
 */
interface Wanted {
  what: "place" | "reporter" | "domain" | "record";
  domains?: string;
}

export function checkText(text: unknown, wanted: Wanted): Result<string> {
  const { what, domains = "" } = wanted;
  if (typeof text !== "string" || text.trim() === "")
    return failWith("invalid-argument", "errors.data.text.missing", {
      what,
      domains,
    });
  if (text.length > MAX_QUERY_LENGTH)
    return failWith("invalid-argument", "errors.data.text.tooLong", {
      count: text.length,
      max: String(MAX_QUERY_LENGTH),
    });
  if (foldName(text) === "")
    return failWith("invalid-argument", "errors.data.text.noLetters", {
      text: text.trim(),
      what,
      domains,
    });
  return ok(text.trim());
}

/** A user's text in quotes for a message, cut to `max` characters so the message stays readable. */
export function quoted(text: string, max = 40): string {
  return `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
}

/** What a name query looks for: a project, place or sector ("place"), a domain or a reporter. */
type NameKind = "place" | "domain" | "reporter";

/**
 * No match for a name: the nearest names if any, else `hint` (English) — the catalogue keeps a
 * hint per kind: `values.domains` lists the domains for a domain's.
 */
export function notFound(
  query: string,
  kind: NameKind,
  suggestions: string[],
  hint: { domains?: string } = {}
): { ok: false; error: DataError } {
  const list = suggestions.map((s) => `"${s}"`).join(", ");
  const said: Message =
    suggestions.length > 0
      ? {
          id: "errors.data.notFound.suggest",
          values: { what: kind, query, suggestions: list },
        }
      : {
          id: kind === "domain" ? "errors.data.notFound.domain" : "errors.data.notFound.place",
          values: { query, domains: hint.domains ?? "" },
        };
  return fail({ kind: "not-found", query, what: kind, suggestions, ...said });
}

export function ambiguous(
  query: string,
  what: NameKind,
  candidates: string[]
): { ok: false; error: DataError } {
  const list = candidates.map((c) => `"${c}"`).join(", ");
  return fail({
    kind: "ambiguous",
    query,
    what,
    candidates,
    id: "errors.data.ambiguous",
    values: { query, candidates: list },
  });
}
