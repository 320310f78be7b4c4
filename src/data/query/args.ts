/** Checks of query arguments, and the errors a query gives for a name it cannot place. */
import { foldName } from "../normalize";
import { fail, failWith, ok, type DataError, type Result } from "../result";
import { YEAR_MAX, YEAR_MIN } from "../years";

/** Longest text a query accepts. */
export const MAX_QUERY_LENGTH = 200;

export function checkYear(year: unknown, name: string): Result<number> {
  if (typeof year !== "number" || !Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX)
    return failWith(
      "invalid-argument",
      `The ${name} must be a whole year from ${YEAR_MIN} to ${YEAR_MAX}; got ${String(year)}.`
    );
  return ok(year);
}

export function checkText(text: unknown, what: string): Result<string> {
  if (typeof text !== "string" || text.trim() === "")
    return failWith("invalid-argument", `Type ${what}.`);
  if (text.length > MAX_QUERY_LENGTH)
    return failWith(
      "invalid-argument",
      `The text is too long (${text.length} characters); use at most ${MAX_QUERY_LENGTH}.`
    );
  if (foldName(text) === "")
    return failWith("invalid-argument", `"${text.trim()}" has no letters or digits. Type ${what}.`);
  return ok(text.trim());
}

/** A user's text in quotes for a message, cut to `max` characters so the message stays readable. */
export function quoted(text: string, max = 40): string {
  return `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
}

export function notFound(
  query: string,
  what: string,
  suggestions: string[],
  hint: string
): { ok: false; error: DataError } {
  const didYouMean =
    suggestions.length > 0 ? `Did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?` : hint;
  return fail({
    kind: "not-found",
    query,
    what,
    suggestions,
    message: `No ${what} matches "${query}". ${didYouMean}`,
  });
}

export function ambiguous(
  query: string,
  what: string,
  candidates: string[]
): { ok: false; error: DataError } {
  return fail({
    kind: "ambiguous",
    query,
    what,
    candidates,
    message: `"${query}" could mean ${candidates.map((c) => `"${c}"`).join(", ")}. Type more of the name.`,
  });
}
