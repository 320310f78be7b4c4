/**
 * Building the index of a dataset: the work done once per dataset (name keys, sums, headline
 * series) so that every query after it is a few map lookups.
 */
import { AGREEMENT_DOMAINS } from "../domains";
import { deepFreeze, groupBy } from "../collections";
import { NameMatcher, type Candidate } from "../match";
import type { Result } from "../result";
import type {
  AgreementDomain,
  Dataset,
  Place,
  Project,
  Source,
  Target,
  TradeObservation,
} from "../schema";
import { walkSourceIds } from "../sourceIds";
import type { InvestmentSummary, Match, MatchKind, ProjectInvestment } from "./types";

/** Whose trade figure: a country's side, both together, or the press's own ("other"). */
export type Side = TradeObservation["reporterSide"];

/** What the queries read from an index; only the query modules use it. */
export interface IndexInternals {
  readonly recordSourceIds: ReadonlyMap<string, readonly string[]>;
  readonly observationsByYear: ReadonlyMap<number, readonly TradeObservation[]>;
  readonly headlineByYear: ReadonlyMap<number, TradeObservation>;
  readonly headlineYears: readonly number[];
  readonly currentTarget: Target & { targetYear: number };
  readonly entities: NameMatcher<Match>;
  readonly investments: ReadonlyMap<Match, InvestmentSummary>;
  readonly domains: NameMatcher<AgreementDomain>;
  readonly sides: NameMatcher<Side>;
  readonly resolveCache: Map<string, Result<Match>>;
}

/** The key of an index's internals: a module symbol, so only the query modules reach them. */
export const INTERNALS = Symbol("kzuz.index.internals");

/** A dataset prepared for queries. Build it with `buildIndex`. */
export interface Index {
  readonly dataset: Dataset;
  /** Every source by its id. */
  readonly sourcesById: ReadonlyMap<string, Source>;
  readonly [INTERNALS]: IndexInternals;
}

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

/**
 * Prepares a validated dataset (from `parseDataset`) for queries, and freezes it. The parts only
 * queries by name, investment or source need are built on their first use.
 */
export function buildIndex(dataset: Dataset): Index {
  deepFreeze(dataset);
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
  // The name matchers, the investment summaries and the records' sources are built on first use:
  // a page's first build runs on cold code (50-100 ms on a busy machine), and the task pane's
  // first screen needs none of them (only the current target), so they never delay it.
  const entities = once(() => entityMatches(dataset));
  const matcher = once(() => new NameMatcher<Match>(entities()));
  const investments = once(
    () => new Map(entities().map((c) => [c.value, deepFreeze(summarise(c.value))]))
  );
  const recordSourceIds = once(() => recordSources(dataset));
  const domains = once(
    () =>
      new NameMatcher(
        AGREEMENT_DOMAINS.map((d) => ({ value: d, label: d, names: [d, ...DOMAIN_SYNONYMS[d]] }))
      )
  );
  const sides = once(() => sideMatcher(dataset));
  const internals: IndexInternals = Object.freeze({
    get recordSourceIds() {
      return recordSourceIds();
    },
    observationsByYear,
    headlineByYear,
    headlineYears: [...headlineByYear.keys()].sort((a, b) => a - b),
    currentTarget: current,
    get entities() {
      return matcher();
    },
    get investments() {
      return investments();
    },
    get domains() {
      return domains();
    },
    get sides() {
      return sides();
    },
    resolveCache: new Map(),
  });
  return Object.freeze({ dataset, sourcesById, [INTERNALS]: internals });
}

/** `make`'s value, made on the first call and kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * The trade target in force (the one marked current: $10bn by 2030). Here, beside the index, not
 * in ./targets: the pane's header shows it on the first screen, which needs no other query.
 */
export function currentTarget(index: Index): Target {
  return index[INTERNALS].currentTarget;
}

function entityMatches(dataset: Dataset): Candidate<Match>[] {
  const candidates: Candidate<Match>[] = [];
  const entity = (
    kind: MatchKind,
    id: string,
    names: Readonly<Record<string, string | undefined>> & { en: string },
    projects: Project[]
  ): Match => Object.freeze({ kind, id, name: names.en, names, projects: Object.freeze(projects) });
  for (const p of dataset.projects)
    candidates.push({
      value: entity("project", p.id, p.name, [p]),
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
      value: entity(place.kind, place.id, { ...place.localizedName, en: place.name }, inPlace),
      label: place.name,
      names: placeNames(place),
      group: place.kind,
    });
  }
  for (const s of dataset.sectors)
    candidates.push({
      value: entity(
        "sector",
        s.id,
        s.name,
        dataset.projects.filter((p) => p.sector === s.id)
      ),
      label: s.name.en,
      names: [...Object.values(s.name), ...s.aliases, s.id],
    });
  return candidates;
}

/** Every name a place answers to: English, its names in the other languages, aliases and id. */
function placeNames(place: Place): string[] {
  return [place.name, ...Object.values(place.localizedName ?? {}), ...place.aliases, place.id];
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
function recordSources(dataset: Dataset): Map<string, string[]> {
  const records: { id: string; sourceIds: string[] }[] = [
    ...dataset.projects,
    ...dataset.agreements,
    ...dataset.trade.observations,
    ...dataset.targets,
    ...dataset.gasTransit.observations,
    ...dataset.summit.events,
    ...dataset.summit.statements,
    dataset.totals.projectCount,
    ...dataset.totals.investment,
    ...dataset.otherFigures,
  ];
  return new Map(
    records.map((r) => {
      const ids = new Set(r.sourceIds);
      walkSourceIds(r, (found) => found.forEach((id) => ids.add(id)));
      return [r.id, [...ids]];
    })
  );
}

/**
 * The reporters a trade argument can name: one series each, by its code, its country's names in
 * every spelling the gazetteer knows, or words for it. Only whole names, prefixes of 3 letters and
 * fragments of 4 match (NameMatcher), so "a" names nothing and "stan" is ambiguous.
 */
function sideMatcher(dataset: Dataset): NameMatcher<Side> {
  const country = (code: "KZ" | "UZ", adjective: string): Candidate<Side> => {
    const place = dataset.places.find((p) => p.kind === "country" && p.country === code);
    const name = place?.name ?? code;
    return {
      value: code,
      label: `${name}'s statistics`,
      names: [
        code,
        adjective,
        `${name}'s statistics`,
        `${name} statistics`,
        `${adjective} statistics`,
        ...(place ? placeNames(place) : []),
      ],
    };
  };
  return new NameMatcher<Side>([
    country("KZ", "Kazakh"),
    country("UZ", "Uzbek"),
    {
      value: "joint",
      label: "joint statements",
      names: [
        "joint",
        "both",
        "joint statements",
        "trade ministers",
        "intergovernmental commission",
      ],
    },
    { value: "other", label: "the press", names: ["press", "the press", "media", "other"] },
  ]);
}
