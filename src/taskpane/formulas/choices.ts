/**
 * What each kind of argument can be, from the dataset in force, and how typed text becomes a
 * formula's literal. Names are checked with the data layer's own matching (resolve, sourceFor),
 * so the builder accepts exactly what the functions accept, with the same "did you mean".
 */
import { AGREEMENT_DOMAINS } from "../../data/domains";
import { foldName } from "../../data/normalize";
import {
  REPORTERS,
  REPORTER_LABELS,
  resolve,
  resolveReporter,
  sourceFor,
  type Index,
} from "../../data/query";
import { REPORTER_EXAMPLES } from "../../data/query/series";
import { PROJECT_COLUMNS } from "../../data/views";
import type { ArgKind } from "../../functions/catalogue";
import type { Literal } from "../../functions/formula";

export interface Choice {
  /** What goes into the formula. */
  readonly value: string;
  /** What the list shows. */
  readonly label: string;
}

/** A parameter's name for people: "from_year" (or "fromYear") → "From year". */
export function paramLabel(name: string): string {
  const words = name
    .replace(/([A-Z])/g, " $1")
    .replace(/_/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Kinds typed freely with suggestions from the data; "text" is typed with none, the others are
 * picked from a fixed list.
 */
export const FREE_KINDS: ReadonlySet<ArgKind> = new Set(["name", "project", "record", "reporter"]);

function names(index: Index): Choice[] {
  const d = index.dataset;
  return [
    ...d.projects.map((p) => ({ value: p.name.en, label: `${p.name.en} (project)` })),
    ...d.places.map((p) => ({ value: p.name, label: `${p.name} (${p.kind})` })),
    ...d.sectors.map((s) => ({ value: s.name.en, label: `${s.name.en} (sector)` })),
  ];
}

function years(list: readonly (number | null)[]): Choice[] {
  const unique = [...new Set(list.filter((y): y is number => y !== null))].sort((a, b) => b - a);
  return unique.map((y) => ({ value: String(y), label: String(y) }));
}

/** The values offered for an argument of this kind, in the order shown. */
export function choicesFor(kind: ArgKind, index: Index): Choice[] {
  const d = index.dataset;
  switch (kind) {
    case "name":
      return names(index);
    case "project":
      return d.projects.map((p) => ({ value: p.name.en, label: p.name.en }));
    case "record":
      return [
        ...names(index),
        ...d.agreements.map((a) => ({ value: a.id, label: `${a.title.en} (agreement)` })),
        ...d.trade.observations.map((o) => ({
          value: o.id,
          label: `Trade ${o.year}, ${o.reporter}`,
        })),
        ...d.targets.map((t) => ({
          value: t.id,
          label: `Target of ${t.setOn}${t.targetYear ? ` for ${t.targetYear}` : ""}`,
        })),
      ];
    case "unit":
      return [
        { value: "usd", label: "US dollars (usd)" },
        { value: "thousands", label: "Thousands of US dollars" },
        { value: "millions", label: "Millions of US dollars" },
        { value: "billions", label: "Billions of US dollars" },
      ];
    case "field":
      return PROJECT_COLUMNS.map((c) => ({ value: c.key, label: `${c.header} (${c.key})` }));
    case "domain":
      return AGREEMENT_DOMAINS.map((domain) => ({ value: domain, label: domain }));
    case "trade-year":
      return years(d.trade.observations.map((o) => o.year));
    case "target-year":
      return years(d.targets.map((t) => t.targetYear));
    case "reporter":
      // The reporters the functions accept (resolveReporter), as their messages name them.
      return REPORTERS.map((r) => ({
        value: REPORTER_EXAMPLES[r],
        label: `${REPORTER_LABELS[r]} (${REPORTER_EXAMPLES[r]})`,
      }));
    case "headers":
      return [
        { value: "TRUE", label: "With a header row (TRUE)" },
        { value: "FALSE", label: "No header row (FALSE)" },
      ];
    case "text":
      return [];
  }
}

/** The choices whose label contains the typed text (folded as names are), at most `limit`. */
export function filterChoices(choices: readonly Choice[], typed: string, limit = 50): Choice[] {
  const key = foldName(typed);
  const hits = key === "" ? choices : choices.filter((c) => foldName(c.label).includes(key));
  return hits.slice(0, limit);
}

/** The literal an argument's text stands for in a formula; undefined when left empty. */
export function literalFor(kind: ArgKind, text: string): Literal | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if ((kind === "trade-year" || kind === "target-year") && /^\d+$/.test(trimmed))
    return Number(trimmed);
  if (kind === "headers" && /^(true|false)$/i.test(trimmed)) return /^true$/i.test(trimmed);
  return trimmed;
}

export type NameCheck =
  | { kind: "found"; message: string }
  | { kind: "problem"; message: string; suggestions: readonly string[] };

/** For typed names and records: what the text matches, as the functions will read it. */
export function checkName(kind: ArgKind, index: Index, text: string): NameCheck | undefined {
  const typed = text.trim();
  if (typed === "") return undefined;
  if (kind === "name" || kind === "project") {
    const match = resolve(index, typed);
    if (!match.ok) return problem(match.error);
    const { name, projects } = match.value;
    // KZUZ.PROJECT needs exactly one project (as compute's oneProject): offer the ones meant.
    if (kind === "project" && projects.length !== 1)
      return {
        kind: "problem",
        message:
          projects.length === 0
            ? `No joint project is located in ${name}.`
            : `"${typed}" covers ${projects.length} projects: choose one of them.`,
        suggestions: projects.map((p) => p.name.en),
      };
    const count = `${projects.length} ${projects.length === 1 ? "project" : "projects"}`;
    return { kind: "found", message: `Matches ${name} (${match.value.kind}, ${count}).` };
  }
  if (kind === "record") {
    const sources = sourceFor(index, typed);
    if (!sources.ok) return problem(sources.error);
    const n = sources.value.length;
    return { kind: "found", message: `Found: ${n} ${n === 1 ? "source" : "sources"}.` };
  }
  if (kind === "reporter") {
    const reporter = resolveReporter(index, typed);
    if (!reporter.ok) return problem(reporter.error);
    return { kind: "found", message: `Matches ${REPORTER_LABELS[reporter.value]}.` };
  }
  return undefined;
}

function problem(error: {
  message: string;
  kind: string;
  suggestions?: string[];
  candidates?: string[];
}): NameCheck {
  return {
    kind: "problem",
    message: error.message,
    suggestions: error.suggestions ?? error.candidates ?? [],
  };
}
