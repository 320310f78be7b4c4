/** Names to what they name: projects, places and sectors, in any spelling the dataset knows. */
import { fail, failWith, ok, type Result } from "../result";
import { localized } from "../../i18n/message";
import type { Project } from "../schema";
import { MAX_QUERY_LENGTH, ambiguous, checkText, notFound, quoted } from "./args";
import { INTERNALS, type Index, type IndexInternals } from "./build";
import { REPORTER_LABELS, type Reporter } from "./series";
import type { Match } from "./types";

/** Resolved names kept per index; past this many distinct texts the cache starts over. */
const RESOLVE_CACHE_LIMIT = 5000;

/**
 * Resolves a name — a project, region, city, country or sector, in any spelling the dataset knows
 * ("Kashka-Daria", "Қашқадарё", "Tachkent", "hotels") — to what it names and the projects it
 * covers. A country covers every project with a location in it, cross-border ones included.
 */
export function resolve(index: Index, text: string): Result<Match> {
  const internals = index[INTERNALS];
  const cached = internals.resolveCache.get(text);
  if (cached) return cached;
  const result = Object.freeze(resolveUncached(internals, text));
  if (typeof text === "string" && text.length <= MAX_QUERY_LENGTH) {
    if (internals.resolveCache.size >= RESOLVE_CACHE_LIMIT) internals.resolveCache.clear();
    internals.resolveCache.set(text, result);
  }
  return result;
}

function resolveUncached(internals: IndexInternals, text: string): Result<Match> {
  const checked = checkText(text, { what: "place" });
  if (!checked.ok) return checked;
  const outcome = internals.entities.match(checked.value);
  if (outcome.kind === "found") return ok(outcome.value);
  if (outcome.kind === "ambiguous") return ambiguous(checked.value, "place", outcome.labels);
  return notFound(checked.value, "place", outcome.suggestions);
}

/** Projects, all of them or those a name covers (a project, place or sector). */
export function projects(index: Index, text?: string): Result<readonly Project[]> {
  if (text === undefined) return ok(index.dataset.projects);
  const match = resolve(index, text);
  if (!match.ok) return match;
  return match.value.projects.length > 0
    ? ok(match.value.projects)
    : failWith("no-data", "errors.data.projects.none", {
        name: localized(match.value.names),
      });
}

/**
 * The one reporter a text names: "KZ", "Kazakhstan", "Қазақстан", "Uzbek", "joint", "press"...
 * A name must be whole, or a prefix of at least 3 letters, or a fragment of at least 4 that fits
 * one reporter only: "a" names none, "stan" could mean either country; both list the reporters.
 */
export function resolveReporter(index: Index, text: string): Result<Reporter> {
  const checked = checkText(text, { what: "reporter" });
  if (!checked.ok) return checked;
  const outcome = index[INTERNALS].sides.match(checked.value);
  if (outcome.kind === "found") return ok(outcome.value);
  // The catalogue quotes the text itself: the value is the text as quoted() cuts it.
  const query = quoted(checked.value).slice(1, -1);
  if (outcome.kind === "ambiguous") {
    // "stan": the two countries' statistics, which the catalogue names in each language; any
    // other set of labels (built from the dataset's place names) is a value, as written.
    const candidates = outcome.labels.join(" or ");
    const countries = `${REPORTER_LABELS.KZ} or ${REPORTER_LABELS.UZ}`;
    return fail({
      kind: "ambiguous",
      query: checked.value,
      what: "reporter",
      candidates: outcome.labels,
      id: "errors.data.reporter.ambiguous",
      values: { query, candidates, pair: candidates === countries ? "countries" : "other" },
    });
  }
  return fail({
    kind: "not-found",
    query: checked.value,
    what: "reporter",
    suggestions: [],
    id: "errors.data.reporter.notFound",
    values: { query },
  });
}
