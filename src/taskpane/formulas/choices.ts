/**
 * What each kind of argument can be, from the dataset in force, and how typed text becomes a
 * formula's literal. Names are checked with the data layer's own matching (resolve, sourceFor),
 * so the builder accepts exactly what the functions accept, with the same "did you mean".
 * Lists are labelled in the reader's language; what goes into the formula stays the English
 * name or id the functions match, so a formula reads alike in every language.
 */
import { AGREEMENT_DOMAINS } from "../../data/domains";
import { localName, placeName } from "../../data/localName";
import { foldName } from "../../data/normalize";
import type { DataError } from "../../data/result";
import {
  REPORTERS,
  resolve,
  resolveReporter,
  sourceFor,
  type Index,
  type MatchKind,
  type Reporter,
} from "../../data/query";
import { REPORTER_EXAMPLES } from "../../data/query/series";
import { PROJECT_COLUMNS } from "../../data/views";
import type { ArgKind } from "../../formulas/catalogue";
import type { Literal } from "../../formulas/formula";
import { englishTranslator, type MessageKey, type Translator } from "../../i18n/translator";

interface Choice {
  /** What goes into the formula. */
  readonly value: string;
  /** What the list shows. */
  readonly label: string;
}

/** The functions' parameters (as named in functions.ts) that have a label of their own. */
const PARAM_LABELS: Readonly<Record<string, MessageKey>> = {
  query: "formulas.param.query",
  unit: "formulas.param.unit",
  headers: "formulas.param.headers",
  field: "formulas.param.field",
  domain: "formulas.param.domain",
  year: "formulas.param.year",
  reporter: "formulas.param.reporter",
  from_year: "formulas.param.fromYear",
  to_year: "formulas.param.toYear",
};

/**
 * A parameter's name for people: "from_year" → "From year" ("Начальный год" in Russian); a
 * parameter with no label of its own (a newer functions.json) is spelt out from its name.
 */
export function paramLabel(name: string, t: Translator = englishTranslator): string {
  const key = Object.prototype.hasOwnProperty.call(PARAM_LABELS, name)
    ? PARAM_LABELS[name]
    : undefined;
  if (key) return t.t(key);
  const words = name
    .replace(/([A-Z])/g, " $1")
    .replace(/_/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const KIND_LABELS: Readonly<Record<MatchKind, MessageKey>> = {
  project: "formulas.kind.project",
  region: "formulas.kind.region",
  city: "formulas.kind.city",
  country: "formulas.kind.country",
  sector: "formulas.kind.sector",
};

const REPORTER_NAMES: Readonly<Record<Reporter, MessageKey>> = {
  KZ: "formulas.reporter.KZ",
  joint: "formulas.reporter.joint",
  UZ: "formulas.reporter.UZ",
  other: "formulas.reporter.other",
};

/** A reporter as messages name it: "Kazakhstan's statistics", «статистика Казахстана». */
function reporterName(reporter: Reporter, t: Translator): string {
  return t.t(REPORTER_NAMES[reporter]);
}

const DOMAIN_LABELS: Readonly<Record<(typeof AGREEMENT_DOMAINS)[number], MessageKey>> = {
  water: "formulas.domain.water",
  "geology & mining": "formulas.domain.geologyMining",
  "customs & trade": "formulas.domain.customsTrade",
  communications: "formulas.domain.communications",
  health: "formulas.domain.health",
  energy: "formulas.domain.energy",
  industry: "formulas.domain.industry",
  "regional cooperation": "formulas.domain.regionalCooperation",
  diplomacy: "formulas.domain.diplomacy",
  defence: "formulas.domain.defence",
  justice: "formulas.domain.justice",
  investment: "formulas.domain.investment",
  tourism: "formulas.domain.tourism",
};

/**
 * Kinds typed freely with suggestions from the data; "text" is typed with none, the others are
 * picked from a fixed list.
 */
export const FREE_KINDS: ReadonlySet<ArgKind> = new Set(["name", "project", "record", "reporter"]);

function names(index: Index, t: Translator): Choice[] {
  const d = index.dataset;
  const kind = (k: MatchKind) => t.t(KIND_LABELS[k]);
  return [
    ...d.projects.map((p) => ({
      value: p.name.en,
      label: `${localName(p.name, t.lang)} (${kind("project")})`,
    })),
    ...d.places.map((p) => ({
      value: p.name,
      label: `${placeName(p, t.lang)} (${kind(p.kind)})`,
    })),
    ...d.sectors.map((s) => ({
      value: s.name.en,
      label: `${localName(s.name, t.lang)} (${kind("sector")})`,
    })),
  ];
}

function years(list: readonly (number | null)[]): Choice[] {
  const unique = [...new Set(list.filter((y): y is number => y !== null))].sort((a, b) => b - a);
  return unique.map((y) => ({ value: String(y), label: String(y) }));
}

/** The values offered for an argument of this kind, in the order shown, labelled in `t`'s language. */
export function choicesFor(
  kind: ArgKind,
  index: Index,
  t: Translator = englishTranslator
): Choice[] {
  const d = index.dataset;
  switch (kind) {
    case "name":
      return names(index, t);
    case "project":
      return d.projects.map((p) => ({ value: p.name.en, label: localName(p.name, t.lang) }));
    case "record":
      return [
        ...names(index, t),
        ...d.agreements.map((a) => ({
          value: a.id,
          label: t.t("formulas.choice.agreement", { title: localName(a.title, t.lang) }),
        })),
        ...d.trade.observations.map((o) => ({
          value: o.id,
          // Years as written, never grouped ("2024", not "2 024").
          label: t.t("formulas.choice.trade", { year: String(o.year), who: o.reporter }),
        })),
        ...d.targets.map((target) => {
          // A full date in the reader's words; a year or a month as the dataset gives it.
          const date = /^\d{4}-\d{2}-\d{2}$/.test(target.setOn)
            ? t.date(target.setOn)
            : target.setOn;
          return {
            value: target.id,
            label: target.targetYear
              ? t.t("formulas.choice.targetFor", { date, year: String(target.targetYear) })
              : t.t("formulas.choice.target", { date }),
          };
        }),
      ];
    case "unit":
      return [
        { value: "usd", label: t.t("formulas.unit.usd") },
        { value: "thousands", label: t.t("formulas.unit.thousands") },
        { value: "millions", label: t.t("formulas.unit.millions") },
        { value: "billions", label: t.t("formulas.unit.billions") },
      ];
    case "field":
      // The table's own column headers, which stay English in every language (as the tables do).
      return PROJECT_COLUMNS.map((c) => ({ value: c.key, label: `${c.header} (${c.key})` }));
    case "domain":
      return AGREEMENT_DOMAINS.map((domain) => ({
        value: domain,
        label: t.t(DOMAIN_LABELS[domain]),
      }));
    case "trade-year":
      return years(d.trade.observations.map((o) => o.year));
    case "target-year":
      return years(d.targets.map((target) => target.targetYear));
    case "reporter":
      // The reporters the functions accept (resolveReporter), as their messages name them.
      return REPORTERS.map((r) => ({
        value: REPORTER_EXAMPLES[r],
        label: `${reporterName(r, t)} (${REPORTER_EXAMPLES[r]})`,
      }));
    case "headers":
      return [
        { value: "TRUE", label: t.t("formulas.headers.true") },
        { value: "FALSE", label: t.t("formulas.headers.false") },
      ];
    case "text":
      return [];
  }
}

/**
 * The choices whose label or value contains the typed text (folded as names are), at most
 * `limit`: a reader may type the name in their language or in English.
 */
export function filterChoices(choices: readonly Choice[], typed: string, limit = 50): Choice[] {
  const key = foldName(typed);
  const hits =
    key === ""
      ? choices
      : choices.filter((c) => foldName(c.label).includes(key) || foldName(c.value).includes(key));
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

type NameCheck =
  | { kind: "found"; message: string }
  | { kind: "problem"; message: string; suggestions: readonly string[] };

/** The name of what a match found, in the reader's language where the dataset has it. */
function matchedName(index: Index, kind: MatchKind, id: string, name: string, t: Translator) {
  const d = index.dataset;
  if (kind === "project") {
    const found = d.projects.find((p) => p.id === id);
    if (found) return localName(found.name, t.lang);
  }
  if (kind === "sector") {
    const found = d.sectors.find((s) => s.id === id);
    if (found) return localName(found.name, t.lang);
  }
  return name;
}

/** For typed names and records: what the text matches, as the functions will read it. */
export function checkName(
  kind: ArgKind,
  index: Index,
  text: string,
  t: Translator = englishTranslator
): NameCheck | undefined {
  const typed = text.trim();
  if (typed === "") return undefined;
  if (kind === "name" || kind === "project") {
    const match = resolve(index, typed);
    if (!match.ok) return problem(match.error, t);
    const { projects } = match.value;
    const name = matchedName(index, match.value.kind, match.value.id, match.value.name, t);
    // KZUZ.PROJECT needs exactly one project (as compute's oneProject): offer the ones meant.
    if (kind === "project" && projects.length !== 1)
      return {
        kind: "problem",
        message:
          projects.length === 0
            ? t.t("formulas.check.noProject", { name })
            : t.t("formulas.check.several", { typed, count: projects.length }),
        suggestions: projects.map((p) => p.name.en),
      };
    return {
      kind: "found",
      message: t.t("formulas.check.matches", {
        name,
        kind: t.t(KIND_LABELS[match.value.kind]),
        count: projects.length,
      }),
    };
  }
  if (kind === "record") {
    const sources = sourceFor(index, typed);
    if (!sources.ok) return problem(sources.error, t);
    return { kind: "found", message: t.t("formulas.check.found", { count: sources.value.length }) };
  }
  if (kind === "reporter") {
    const reporter = resolveReporter(index, typed);
    if (!reporter.ok) return problem(reporter.error, t);
    return {
      kind: "found",
      message: t.t("formulas.check.reporter", { who: reporterName(reporter.value, t) }),
    };
  }
  return undefined;
}

/** The data layer's error in the reader's language. */
function problem(error: DataError, t: Translator): NameCheck {
  return {
    kind: "problem",
    message: t.text(error),
    suggestions:
      error.kind === "not-found"
        ? error.suggestions
        : error.kind === "ambiguous"
          ? error.candidates
          : [],
  };
}
