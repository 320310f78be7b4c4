/**
 * Questions asked of a dataset. `buildIndex` does the work once per dataset (name keys, sums,
 * headline series); every query after that is a few map lookups, validated and answered with a
 * `Result`. Indexes and what queries return are frozen: share them, do not mutate them.
 */
import { NameMatcher, type Candidate } from "./match";
import { foldName } from "./normalize";
import { fail, failWith, ok, type DataError, type Result } from "./result";
import { AGREEMENT_DOMAINS } from "./domains";
import type {
  Agreement,
  AgreementDomain,
  Dataset,
  Investment,
  Project,
  Qualifier,
  Source,
  Target,
  TradeObservation,
} from "./schema";

/** What a name can stand for. */
export type MatchKind = "project" | "region" | "city" | "country" | "sector";

/** A resolved name: the thing named and every project it covers. */
export interface Match {
  readonly kind: MatchKind;
  readonly id: string;
  readonly name: string;
  readonly projects: readonly Project[];
}

/** One project's part in an investment answer. */
export interface ProjectInvestment {
  readonly id: string;
  readonly name: string;
  readonly status: Investment["status"];
  readonly usd?: number;
  readonly qualifier?: Qualifier;
  readonly scope?: string;
}

/** The investment behind a project, place or sector. */
export interface InvestmentSummary {
  readonly match: { readonly kind: MatchKind; readonly id: string; readonly name: string };
  /** Sum of the disclosed and estimated amounts, in whole US dollars. */
  readonly usd: number;
  readonly disclosedCount: number;
  readonly estimatedCount: number;
  readonly notDisclosedCount: number;
  /** True when the sum is a floor: an amount is "more than" or covers a stage only, or a project's amount is not disclosed. */
  readonly lowerBound: boolean;
  readonly projects: readonly ProjectInvestment[];
  readonly sourceIds: readonly string[];
}

/** A trade figure for a year, with the observation it comes from. */
export interface TradePoint {
  readonly year: number;
  /** Total trade turnover in whole US dollars. */
  readonly usd: number;
  readonly observation: TradeObservation;
}

/** A year's headline trade against the current target. */
export interface Progress {
  readonly year: number;
  readonly valueUsd: number;
  readonly targetUsd: number;
  readonly targetYear: number;
  /** valueUsd / targetUsd. */
  readonly ratio: number;
  readonly observationId: string;
  readonly targetId: string;
}

/** The yearly growth needed to reach the current target. */
export interface RequiredGrowth {
  readonly fromYear: number;
  readonly valueUsd: number;
  readonly targetUsd: number;
  readonly targetYear: number;
  readonly years: number;
  /** Compound annual growth rate as a fraction: 0.15 is 15% a year. */
  readonly cagr: number;
  readonly observationId: string;
  readonly targetId: string;
}

type Side = "KZ" | "UZ" | "joint";

interface IndexInternals {
  readonly sourcesById: ReadonlyMap<string, Source>;
  readonly recordSourceIds: ReadonlyMap<string, readonly string[]>;
  readonly observationsByYear: ReadonlyMap<number, readonly TradeObservation[]>;
  readonly headlineByYear: ReadonlyMap<number, TradeObservation>;
  readonly headlineYears: readonly number[];
  readonly currentTarget: Target & { targetYear: number };
  readonly entities: NameMatcher<Match>;
  readonly investments: ReadonlyMap<Match, InvestmentSummary>;
  readonly domains: NameMatcher<AgreementDomain>;
  readonly sides: NameMatcher<Side>;
  readonly reporterNames: NameMatcher<string>;
  readonly reporterKeys: ReadonlyMap<TradeObservation, string>;
  readonly resolveCache: Map<string, Result<Match>>;
}

/**
 * Registered symbol, not a private one: the functions and task-pane bundles each carry their own
 * copy of this module but share one store, so both must find the internals of an index built by
 * either.
 */
const INTERNALS = Symbol.for("kzuz.index.internals.v1");

/** A dataset prepared for queries. Build it with `buildIndex`; only `dataset` is public. */
export interface Index {
  readonly dataset: Dataset;
  readonly [INTERNALS]: IndexInternals;
}

const YEAR_MIN = 1991;
const YEAR_MAX = 2100;
const MAX_QUERY_LENGTH = 200;
const RESOLVE_CACHE_LIMIT = 5000;

/** Extra words for agreement domains, beyond their names. */
const DOMAIN_SYNONYMS: Readonly<Record<AgreementDomain, readonly string[]>> = {
  water: ["rivers", "water resources"],
  "geology & mining": ["geology", "mining", "rare metals", "rare earth metals"],
  "customs & trade": ["customs", "trade"],
  communications: ["telecommunications", "radio frequencies"],
  health: ["healthcare", "medical insurance"],
  energy: ["gas", "oil"],
  industry: ["industrial"],
  "regional cooperation": ["regions", "regional"],
  diplomacy: ["politics", "foreign affairs"],
  defence: ["defense", "military"],
  justice: ["law", "legal"],
  investment: ["investments"],
  tourism: ["travel"],
};

/** Prepares a validated dataset (from `parseDataset`) for queries, and freezes it. */
export function buildIndex(dataset: Dataset): Index {
  deepFreeze(dataset);
  const entities = entityMatches(dataset);
  const observationsByYear = groupBy(dataset.trade.observations, (o) => o.year);
  observationsByYear.forEach((list) => Object.freeze(list));
  const headlineByYear = new Map(
    dataset.trade.observations
      .filter((o) => o.headline)
      .map((o): [number, TradeObservation] => [o.year, o])
  );
  // Validation guarantees exactly one current target, with a target year.
  const current = dataset.targets.find((t) => t.current) as Target & { targetYear: number };
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const internals: IndexInternals = {
    sourcesById,
    recordSourceIds: recordSources(dataset),
    observationsByYear,
    headlineByYear,
    headlineYears: [...headlineByYear.keys()].sort((a, b) => a - b),
    currentTarget: current,
    entities: new NameMatcher(entities),
    investments: new Map(entities.map((c) => [c.value, deepFreeze(summarise(c.value))])),
    domains: new NameMatcher(
      AGREEMENT_DOMAINS.map((d) => ({ value: d, label: d, names: [d, ...DOMAIN_SYNONYMS[d]] }))
    ),
    sides: sideMatcher(dataset),
    reporterNames: reporterMatcher(dataset),
    reporterKeys: new Map(
      dataset.trade.observations.map((o) => [
        o,
        [o.reporter, ...o.sourceIds.map((id) => sourcesById.get(id)?.publisher ?? "")]
          .map(foldName)
          .join("|"),
      ])
    ),
    resolveCache: new Map(),
  };
  return Object.freeze({ dataset, [INTERNALS]: internals });
}

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
  const checked = checkText(text, 'a project, place or sector, such as "Kashka-Daria"');
  if (!checked.ok) return checked;
  const outcome = internals.entities.match(checked.value);
  if (outcome.kind === "found") return ok(outcome.value);
  const what = "project, place or sector";
  if (outcome.kind === "ambiguous") return ambiguous(checked.value, what, outcome.labels);
  return notFound(
    checked.value,
    what,
    outcome.suggestions,
    'Try a project (e.g. "ICIC"), a region or city (e.g. "Tashkent") or a sector (e.g. "logistics").'
  );
}

/**
 * The investment behind a name: the sum of the disclosed and estimated amounts of the projects it
 * covers (a cross-border project counts in full in each country). When every project's amount is
 * undisclosed the answer is a "not-disclosed" error, never 0.
 */
export function investment(index: Index, text: string): Result<InvestmentSummary> {
  const match = resolve(index, text);
  if (!match.ok) return match;
  const summary = index[INTERNALS].investments.get(match.value);
  const { name } = match.value;
  if (summary === undefined || summary.projects.length === 0)
    return failWith(
      "no-data",
      `No joint project is located in ${name}, so there is no investment to show.`
    );
  if (summary.disclosedCount + summary.estimatedCount > 0) return ok(summary);
  const projects = match.value.projects.map((p) => ({ id: p.id, name: p.name.en }));
  const where = match.value.kind === "sector" ? `in the ${name} sector` : `in ${name}`;
  const names = projects.map((p) => p.name).join(", ");
  const which =
    match.value.kind === "project"
      ? `for ${name}: the sources name the project but give no amount`
      : projects.length === 1
        ? `for the one project ${where} (${names})`
        : `for any of the ${projects.length} projects ${where} (${names})`;
  return fail({
    kind: "not-disclosed",
    query: text.trim(),
    projects,
    message: `No investment amount has been disclosed ${which}. The dataset says "not disclosed" rather than guess.`,
  });
}

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

/** The trade target in force (the one marked current: $10bn by 2030). */
export function currentTarget(index: Index): Target {
  return index[INTERNALS].currentTarget;
}

/** The target set for a year; when several were, the most recently set. */
export function targetForYear(index: Index, year: number): Result<Target> {
  const y = checkYear(year, "year");
  if (!y.ok) return y;
  const targets = index.dataset.targets;
  const forYear = targets
    .filter((t) => t.targetYear === year)
    .sort((a, b) => (a.setOn < b.setOn ? 1 : -1));
  if (forYear.length > 0) return ok(forYear[0]);
  const years = [
    ...new Set(targets.flatMap((t) => (t.targetYear === null ? [] : [t.targetYear]))),
  ].sort();
  return failWith(
    "no-data",
    `No trade target was set for ${year}. Targets name the years ${years.join(", ")}.`
  );
}

/** A year's headline trade (default: the latest) as a share of the current target. */
export function progress(index: Index, year?: number): Result<Progress> {
  const internals = index[INTERNALS];
  const headline = headlineFor(internals, year);
  if (!headline.ok) return headline;
  const target = internals.currentTarget;
  const value = headline.value.value as number;
  return ok({
    year: headline.value.year,
    valueUsd: value,
    targetUsd: target.valueUsd,
    targetYear: target.targetYear,
    ratio: value / target.valueUsd,
    observationId: headline.value.id,
    targetId: target.id,
  });
}

/**
 * The compound yearly growth needed to go from a year's headline trade (default: the latest) to
 * the current target: (target / value)^(1 / (targetYear − fromYear)) − 1.
 */
export function requiredGrowth(index: Index, fromYear?: number): Result<RequiredGrowth> {
  const internals = index[INTERNALS];
  const target = internals.currentTarget;
  if (fromYear !== undefined) {
    const y = checkYear(fromYear, "fromYear");
    if (!y.ok) return y;
    if (fromYear >= target.targetYear)
      return failWith(
        "invalid-argument",
        `The start year must be before the target year ${target.targetYear}; got ${fromYear}.`
      );
  }
  const headline = headlineFor(internals, fromYear);
  if (!headline.ok) return headline;
  const value = headline.value.value as number;
  const years = target.targetYear - headline.value.year;
  if (years <= 0)
    return failWith(
      "no-data",
      `The latest headline year ${headline.value.year} is not before the target year ${target.targetYear}.`
    );
  return ok({
    fromYear: headline.value.year,
    valueUsd: value,
    targetUsd: target.valueUsd,
    targetYear: target.targetYear,
    years,
    cagr: Math.pow(target.valueUsd / value, 1 / years) - 1,
    observationId: headline.value.id,
    targetId: target.id,
  });
}

/** Agreements, all of them or those of one domain ("water", "mining", "customs"...). */
export function agreementsByDomain(index: Index, domain?: string): Result<readonly Agreement[]> {
  const all = index.dataset.agreements;
  if (domain === undefined) return ok(all);
  const checked = checkText(domain, `a domain: ${AGREEMENT_DOMAINS.join(", ")}`);
  if (!checked.ok) return checked;
  const outcome = index[INTERNALS].domains.match(checked.value);
  if (outcome.kind === "ambiguous") return ambiguous(checked.value, "domain", outcome.labels);
  if (outcome.kind === "none")
    return notFound(
      checked.value,
      "domain",
      outcome.suggestions,
      `Domains: ${AGREEMENT_DOMAINS.join(", ")}.`
    );
  const list = all.filter((a) => a.domain === outcome.value);
  return list.length > 0
    ? ok(list)
    : failWith("no-data", `No agreement in the domain "${outcome.value}".`);
}

/** Projects, all of them or those a name covers (a project, place or sector). */
export function projects(index: Index, text?: string): Result<readonly Project[]> {
  if (text === undefined) return ok(index.dataset.projects);
  const match = resolve(index, text);
  if (!match.ok) return match;
  return match.value.projects.length > 0
    ? ok(match.value.projects)
    : failWith("no-data", `No joint project is located in ${match.value.name}.`);
}

/**
 * The sources behind a record, by id (a project, agreement, trade observation, target, gas
 * observation, figure, summit event or source) or by a name that `resolve` understands.
 */
export function sourceFor(index: Index, idOrName: string): Result<readonly Source[]> {
  const internals = index[INTERNALS];
  const checked = checkText(idOrName, "a record id or a name");
  if (!checked.ok) return checked;
  const source = internals.sourcesById.get(checked.value);
  if (source) return ok([source]);
  const ids = internals.recordSourceIds.get(checked.value);
  if (ids) return ok(ids.map((id) => internals.sourcesById.get(id) as Source));
  const match = resolve(index, checked.value);
  if (!match.ok) return match;
  const union = new Set(
    match.value.projects.flatMap((p) => internals.recordSourceIds.get(p.id) ?? [])
  );
  return ok(index.dataset.sources.filter((s) => union.has(s.id)));
}

// ---------------------------------------------------------------------------------------------
// Building the index

function entityMatches(dataset: Dataset): Candidate<Match>[] {
  const candidates: Candidate<Match>[] = [];
  const entity = (kind: MatchKind, id: string, name: string, projects: Project[]): Match =>
    Object.freeze({ kind, id, name, projects: Object.freeze(projects) });
  for (const p of dataset.projects)
    candidates.push({
      value: entity("project", p.id, p.name.en, [p]),
      label: p.name.en,
      names: [...Object.values(p.name), ...p.aliases, p.id],
    });
  for (const place of dataset.places) {
    const inPlace = dataset.projects.filter((p) =>
      p.locations.some((loc) =>
        place.kind === "country"
          ? loc.country === place.country
          : loc.region === place.id || loc.city === place.id
      )
    );
    candidates.push({
      value: entity(place.kind, place.id, place.name, inPlace),
      label: place.name,
      names: [place.name, ...place.aliases, place.id],
      group: place.kind,
    });
  }
  for (const s of dataset.sectors)
    candidates.push({
      value: entity(
        "sector",
        s.id,
        s.name.en,
        dataset.projects.filter((p) => p.sector === s.id)
      ),
      label: s.name.en,
      names: [...Object.values(s.name), ...s.aliases, s.id],
    });
  return candidates;
}

function summarise(match: Match): InvestmentSummary {
  let usd = 0;
  let lowerBound = false;
  const counts = { disclosed: 0, estimated: 0, "not disclosed": 0 };
  const sourceIds = new Set<string>();
  const projects = match.projects.map((p): ProjectInvestment => {
    const inv = p.investment;
    counts[inv.status]++;
    inv.sourceIds.forEach((id) => sourceIds.add(id));
    if (inv.status === "not disclosed") lowerBound = true;
    else {
      usd += inv.usd ?? 0;
      if (inv.qualifier === "more than" || inv.scope !== undefined) lowerBound = true;
    }
    return {
      id: p.id,
      name: p.name.en,
      status: inv.status,
      usd: inv.usd,
      qualifier: inv.qualifier,
      scope: inv.scope,
    };
  });
  return {
    match: { kind: match.kind, id: match.id, name: match.name },
    usd,
    disclosedCount: counts.disclosed,
    estimatedCount: counts.estimated,
    notDisclosedCount: counts["not disclosed"],
    lowerBound,
    projects,
    sourceIds: [...sourceIds],
  };
}

/** Every record id → the ids of all the sources named anywhere in the record, its own first. */
function recordSources(d: Dataset): Map<string, string[]> {
  const records: { id: string; sourceIds: string[] }[] = [
    ...d.projects,
    ...d.agreements,
    ...d.trade.observations,
    ...d.targets,
    ...d.gasTransit.observations,
    ...d.summit.events,
    ...d.summit.statements,
    d.totals.projectCount,
    ...d.totals.investment,
    ...d.otherFigures,
  ];
  return new Map(
    records.map((r) => {
      const ids = new Set(r.sourceIds);
      collectSourceIds(r, ids);
      return [r.id, [...ids]];
    })
  );
}

function collectSourceIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collectSourceIds(v, into));
  else if (typeof value === "object" && value !== null)
    for (const [key, child] of Object.entries(value)) {
      if (key === "sourceIds" && Array.isArray(child)) child.forEach((id: string) => into.add(id));
      else collectSourceIds(child, into);
    }
}

function sideMatcher(dataset: Dataset): NameMatcher<Side> {
  const country = (code: "KZ" | "UZ", adjective: string): Candidate<Side> => {
    const place = dataset.places.find((p) => p.kind === "country" && p.country === code);
    return {
      value: code,
      label: place?.name ?? code,
      names: [code, adjective, ...(place ? [place.name, ...place.aliases] : [])],
    };
  };
  return new NameMatcher<Side>([
    country("KZ", "Kazakh"),
    country("UZ", "Uzbek"),
    { value: "joint", label: "joint", names: ["joint", "both"] },
  ]);
}

function reporterMatcher(dataset: Dataset): NameMatcher<string> {
  const reporters = [...new Set(dataset.trade.observations.map((o) => o.reporter))];
  return new NameMatcher(reporters.map((r) => ({ value: r, label: r, names: [r] })));
}

// ---------------------------------------------------------------------------------------------
// Helpers

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

function point(o: TradeObservation): TradePoint {
  return { year: o.year, usd: o.value as number, observation: o };
}

function headlineFor(
  internals: IndexInternals,
  year: number | undefined
): Result<TradeObservation> {
  if (year === undefined) {
    const latest = internals.headlineYears[internals.headlineYears.length - 1];
    return latest === undefined
      ? failWith("no-data", "The dataset has no headline trade figure.")
      : ok(internals.headlineByYear.get(latest) as TradeObservation);
  }
  const y = checkYear(year, "year");
  if (!y.ok) return y;
  const headline = internals.headlineByYear.get(year);
  return headline ? ok(headline) : fail(noHeadline(internals, year));
}

function noHeadline(internals: IndexInternals, year: number): DataError {
  const list = internals.observationsByYear.get(year) ?? [];
  if (list.length === 0)
    return {
      kind: "no-data",
      message: `No trade figure is recorded for ${year}. ${coverage(internals)}`,
    };
  const fullYear = list.filter((o) => o.period === "full year" && o.value !== undefined);
  const flagged = fullYear.filter((o) => o.reliability === "flagged");
  const reason =
    fullYear.length === 0
      ? `the sources give only partial-year or growth-only figures (${list.length})`
      : flagged.length === fullYear.length
        ? `its full-year figure is flagged as unreliable (${flagged[0].flag})`
        : "no full-year figure is both exact and reliable";
  return {
    kind: "no-data",
    message: `There is no headline trade figure for ${year}: ${reason}. List the observations for ${year} to see what the sources report.`,
  };
}

function coverage(internals: IndexInternals): string {
  const years = [...internals.observationsByYear.keys()].sort((a, b) => a - b);
  return years.length === 0 ? "" : `Trade figures cover ${years[0]}–${years[years.length - 1]}.`;
}

function describeGrowth(o: TradeObservation): string {
  if (o.growthPct === undefined) return "no growth rate either";
  return `${o.growthQualifier ? `${o.growthQualifier} ` : ""}${o.growthPct > 0 ? "+" : ""}${o.growthPct}%`;
}

function checkYear(year: unknown, name: string): Result<number> {
  if (typeof year !== "number" || !Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX)
    return failWith(
      "invalid-argument",
      `The ${name} must be a whole year from ${YEAR_MIN} to ${YEAR_MAX}; got ${String(year)}.`
    );
  return ok(year);
}

function checkText(text: unknown, what: string): Result<string> {
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

function notFound(
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

function ambiguous(
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

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
