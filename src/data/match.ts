/**
 * Matching typed text against a fixed set of named things, most certain first: exact folded name,
 * then (for places) the name without generic words such as "region", then the phonetic key, then
 * a unique prefix or substring. Failing all, "did you mean" suggestions by edit distance.
 */
import {
  editDistance,
  foldName,
  phoneticKey,
  stripGenericWords,
  type GenericKind,
} from "./normalize";

/** Something that can be matched, with every name and alias it answers to. */
export interface Candidate<T> {
  value: T;
  /** How it is shown in messages and suggestions. */
  label: string;
  names: readonly string[];
  /** For places: what kind of place, so that "X region" prefers regions. */
  group?: GenericKind;
}

/** What a match found: one value, several, or nothing (with suggestions). */
type MatchOutcome<T> =
  | { kind: "found"; value: T }
  | { kind: "ambiguous"; labels: string[] }
  | { kind: "none"; suggestions: string[] };

/** Phonetic keys shorter than this are too lossy to match on. */
const MIN_PHONETIC = 3;
const MIN_PREFIX = 3;
const MIN_SUBSTRING = 4;
const MAX_SUGGESTIONS = 3;

type KeyMap = Map<string, Set<number>>;

function addKey(map: KeyMap, key: string, index: number): void {
  if (key === "") return;
  const set = map.get(key);
  if (set) set.add(index);
  else map.set(key, new Set([index]));
}

/** Matches text against candidates; build once, query many times. */
export class NameMatcher<T> {
  private readonly exact: KeyMap = new Map();
  private readonly phonetic: KeyMap = new Map();
  private readonly stemExact = new Map<GenericKind, KeyMap>();
  private readonly stemPhonetic = new Map<GenericKind, KeyMap>();
  private readonly folded: string[][];

  constructor(private readonly candidates: readonly Candidate<T>[]) {
    this.folded = candidates.map((c) => [
      ...new Set(c.names.map(foldName).filter((k) => k !== "")),
    ]);
    candidates.forEach((candidate, i) => {
      for (const key of this.folded[i]) {
        addKey(this.exact, key, i);
        const phon = phoneticKey(key);
        if (phon.length >= MIN_PHONETIC) addKey(this.phonetic, phon, i);
      }
      if (candidate.group === undefined) return;
      for (const name of candidate.names) {
        const stem = stripGenericWords(name)?.stem ?? foldName(name);
        addKey(this.mapFor(this.stemExact, candidate.group), stem, i);
        const phon = phoneticKey(stem);
        if (phon.length >= MIN_PHONETIC)
          addKey(this.mapFor(this.stemPhonetic, candidate.group), phon, i);
      }
    });
  }

  private mapFor(maps: Map<GenericKind, KeyMap>, group: GenericKind): KeyMap {
    let map = maps.get(group);
    if (!map) maps.set(group, (map = new Map()));
    return map;
  }

  /** Finds the one candidate the text names. */
  match(text: string): MatchOutcome<T> {
    const folded = foldName(text);
    if (folded === "") return { kind: "none", suggestions: [] };
    const generic = stripGenericWords(text);
    const lookups: (() => Set<number> | undefined)[] = [
      () => this.exact.get(folded),
      () => (generic ? this.stemExact.get(generic.kind)?.get(generic.stem) : undefined),
      () =>
        generic ? this.stemPhonetic.get(generic.kind)?.get(phoneticKey(generic.stem)) : undefined,
      () => this.phonetic.get(phoneticKey(folded)),
      () => (generic ? this.exact.get(generic.stem) : undefined),
      () => (generic ? this.phonetic.get(phoneticKey(generic.stem)) : undefined),
      () =>
        folded.length >= MIN_PREFIX ? this.scan((name) => name.startsWith(folded)) : undefined,
      () =>
        folded.length >= MIN_SUBSTRING ? this.scan((name) => name.includes(folded)) : undefined,
    ];
    for (const lookup of lookups) {
      const hits = lookup();
      if (hits && hits.size > 0) return this.outcome(hits);
    }
    return { kind: "none", suggestions: this.suggest(folded) };
  }

  private outcome(hits: Set<number>): MatchOutcome<T> {
    if (hits.size === 1) {
      const [only] = hits;
      return { kind: "found", value: this.candidates[only].value };
    }
    return { kind: "ambiguous", labels: [...hits].map((i) => this.candidates[i].label) };
  }

  private scan(test: (name: string) => boolean): Set<number> {
    const hits = new Set<number>();
    this.folded.forEach((names, i) => {
      if (names.some(test)) hits.add(i);
    });
    return hits;
  }

  /** Up to three labels whose names are closest to the folded text, nearest first. */
  suggest(folded: string): string[] {
    const max = Math.max(2, Math.ceil(folded.length / 3));
    const scored: { label: string; distance: number }[] = [];
    this.folded.forEach((names, i) => {
      let best = max + 1;
      for (const name of names)
        best = Math.min(best, editDistance(folded, name, Math.min(max, best)));
      if (best <= max) scored.push({ label: this.candidates[i].label, distance: best });
    });
    scored.sort((a, b) => a.distance - b.distance || a.label.localeCompare(b.label));
    return scored.slice(0, MAX_SUGGESTIONS).map((s) => s.label);
  }
}
