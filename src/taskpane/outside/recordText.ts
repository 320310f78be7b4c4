/**
 * The dataset's tables in the reader's language, for the record cards and "explain this cell":
 * table titles, column labels (found by the header Excel shows), record names in the reader's
 * language where the dataset has them (localName, English where it has none) and values written
 * the language's way. The tables in Excel stay English, so shared workbooks read alike.
 */
import { localName, placeName } from "../../data/localName";
import type { Index } from "../../data/query";
import type { LocalizedName } from "../../data/schema";
import {
  NOT_DISCLOSED,
  tableOf,
  type CellValue,
  type Column,
  type ViewKey,
} from "../../data/views";
import type { MessageKey, Translator } from "../../i18n/translator";

const TITLES = {
  projects: "outside.table.projects.title",
  agreements: "outside.table.agreements.title",
  trade: "outside.table.trade.title",
  targets: "outside.table.targets.title",
  sources: "outside.table.sources.title",
} as const satisfies Record<ViewKey, MessageKey>;

const LABELS = {
  projects: "outside.table.projects.label",
  agreements: "outside.table.agreements.label",
  trade: "outside.table.trade.label",
  targets: "outside.table.targets.label",
  sources: "outside.table.sources.label",
} as const satisfies Record<ViewKey, MessageKey>;

/** By the English header, as the tables in Excel have it (src/data/views). */
const COLUMN_LABELS: Readonly<Record<string, MessageKey>> = {
  ID: "outside.column.id",
  Name: "outside.column.name",
  Sector: "outside.column.sector",
  Region: "outside.column.region",
  City: "outside.column.city",
  Country: "outside.column.country",
  "Investment (USD)": "outside.column.investment",
  "Investment basis": "outside.column.basis",
  Status: "outside.column.status",
  Partners: "outside.column.partners",
  Capacity: "outside.column.capacity",
  Jobs: "outside.column.jobs",
  "Name (French)": "outside.column.nameFr",
  Source: "outside.column.source",
  "Source URL": "outside.column.sourceUrl",
  Title: "outside.column.title",
  Domain: "outside.column.domain",
  Kind: "outside.column.kind",
  Date: "outside.column.date",
  Parties: "outside.column.parties",
  "What it does": "outside.column.summary",
  "Title (French)": "outside.column.titleFr",
  Year: "outside.column.year",
  "Turnover (USD)": "outside.column.turnover",
  Period: "outside.column.period",
  "Growth on a year earlier": "outside.column.growth",
  "Reported by": "outside.column.reporter",
  Side: "outside.column.side",
  Headline: "outside.column.headline",
  Reliability: "outside.column.reliability",
  Note: "outside.column.note",
  "Target (USD)": "outside.column.target",
  "By year": "outside.column.byYear",
  Horizon: "outside.column.horizon",
  "Set on": "outside.column.setOn",
  "Set by": "outside.column.setBy",
  Current: "outside.column.current",
  Context: "outside.column.context",
  Publisher: "outside.column.publisher",
  Language: "outside.column.language",
  URL: "outside.column.url",
};

/** What the table holds, in a few words: "Joint projects". */
export function tableTitle(t: Translator, key: ViewKey): string {
  return t.t(TITLES[key]);
}

/** The table's short name, on buttons: "Projects". */
export function tableLabel(t: Translator, key: ViewKey): string {
  return t.t(LABELS[key]);
}

/** A column's label in the reader's language; a header the add-in did not write stays as it is. */
export function columnLabel(t: Translator, header: string): string {
  const key = Object.hasOwn(COLUMN_LABELS, header) ? COLUMN_LABELS[header] : undefined;
  return key ? t.t(key) : header;
}

/** A date as the dataset gives it (a day, a month or a year), in the reader's language. */
export function partialDate(t: Translator, text: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return t.date(text);
  if (/^\d{4}-\d{2}$/.test(text))
    return new Intl.DateTimeFormat(t.tag, {
      year: "numeric",
      month: "long",
      timeZone: "UTC",
    }).format(new Date(`${text}-01T00:00:00Z`));
  return text;
}

/** The dataset's record of a table, by id; undefined for a table of no named records. */
function namedRecord(index: Index, table: ViewKey, id: string) {
  if (table === "projects") {
    const project = index.dataset.projects.find((p) => p.id === id);
    return project && { name: project.name, sector: project.sector, ours: project.ourTranslations };
  }
  if (table === "agreements") {
    const agreement = index.dataset.agreements.find((a) => a.id === id);
    return agreement && { name: agreement.title, ours: agreement.ourTranslations };
  }
  return undefined;
}

/**
 * A name in the reader's language, said to be the dataset's own translation where it is (the
 * record's `ourTranslations`), so that no one quotes it as an official title.
 */
function ourName(t: Translator, named: { name: LocalizedName; ours?: readonly string[] }): string {
  const name = localName(named.name, t.lang);
  const inLanguage = t.lang !== "en" && named.name[t.lang as keyof LocalizedName] === name;
  return inLanguage && named.ours?.includes(t.lang)
    ? t.t("outside.record.ourTranslation", { name })
    : name;
}

/**
 * A record's name for people in the reader's language: a project's name or an agreement's title
 * where the dataset translates it, "the target for 2030"; else the name its table's rows give.
 */
export function recordTitle(
  t: Translator,
  index: Index,
  table: ViewKey,
  id: string,
  cell: (columnKey: string) => CellValue
): string {
  const named = namedRecord(index, table, id);
  if (named) return ourName(t, named);
  if (table === "targets")
    return t.t("outside.record.target", { year: tableOf(table).rowName(cell, id) });
  return tableOf(table).rowName(cell, id);
}

const YES_NO: Readonly<Record<string, MessageKey>> = {
  yes: "outside.value.yes",
  no: "outside.value.no",
};

type ValueKeys = Readonly<Record<string, Readonly<Record<string, MessageKey>>>>;

/** The dataset's fixed words (its enums), by table and column; free text stays as written. */
const VALUES: Partial<Record<ViewKey, ValueKeys>> = {
  agreements: {
    kind: {
      agreement: "outside.value.kind.agreement",
      memorandum: "outside.value.kind.memorandum",
      programme: "outside.value.kind.programme",
      plan: "outside.value.kind.plan",
      statement: "outside.value.kind.statement",
      declaration: "outside.value.kind.declaration",
      treaty: "outside.value.kind.treaty",
      "working group": "outside.value.kind.workingGroup",
      council: "outside.value.kind.council",
    },
    status: {
      ratified: "outside.value.status.ratified",
      "in force": "outside.value.status.inForce",
      signed: "outside.value.status.signed",
      adopted: "outside.value.status.adopted",
      agreed: "outside.value.status.agreed",
      established: "outside.value.status.established",
      announced: "outside.value.status.announced",
    },
    domain: {
      water: "outside.value.domain.water",
      "geology & mining": "outside.value.domain.geologyMining",
      "customs & trade": "outside.value.domain.customsTrade",
      communications: "outside.value.domain.communications",
      health: "outside.value.domain.health",
      energy: "outside.value.domain.energy",
      industry: "outside.value.domain.industry",
      "regional cooperation": "outside.value.domain.regional",
      diplomacy: "outside.value.domain.diplomacy",
      defence: "outside.value.domain.defence",
      justice: "outside.value.domain.justice",
      investment: "outside.value.domain.investment",
      tourism: "outside.value.domain.tourism",
    },
  },
  trade: {
    side: { joint: "outside.value.side.joint", other: "outside.value.side.other" },
    reliability: {
      normal: "outside.value.reliability.normal",
      flagged: "outside.value.reliability.flagged",
    },
    period: {
      "full year": "outside.value.fullYear",
      "not stated": "outside.value.periodNotStated",
    },
  },
};

/** A fixed word of the dataset in the reader's language, or undefined for free text. */
function fixedWord(t: Translator, table: ViewKey, column: string, value: string) {
  const words = VALUES[table]?.[column];
  if (words && Object.hasOwn(words, value)) return t.t(words[value]);
  // A trade figure's months, "2025-01 to 2025-09" (src/data/views periodText).
  const months = column === "period" ? /^(\S+) to (\S+)$/.exec(value) : null;
  return months ? t.t("outside.value.period", t.months(months[1], months[2])) : undefined;
}

/**
 * A project's regions, cities or countries in the reader's language, as the table lists them
 * (joined with "; "), each place's name where the dataset has it in that language.
 */
function projectPlaceNames(
  t: Translator,
  index: Index,
  id: string,
  kind: "region" | "city" | "country"
): string | undefined {
  const { places, projects } = index.dataset;
  const project = projects.find((p) => p.id === id);
  if (!project) return undefined;
  const names = project.locations.flatMap((loc) => {
    const place =
      kind === "country"
        ? places.find((p) => p.kind === "country" && p.country === loc.country)
        : places.find((p) => p.id === loc[kind]);
    return place ? [placeName(place, t.lang)] : [];
  });
  const unique = [...new Set(names)];
  return unique.length > 0 ? unique.join("; ") : undefined;
}

/**
 * A card's value: the dataset's name in the reader's language where it has one, amounts with
 * their unit, shares as percentages, dates in words; "not disclosed" and yes/no translated.
 */
export function cellText(
  t: Translator,
  index: Index,
  table: ViewKey,
  id: string,
  column: Column,
  value: CellValue
): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (column.kind === "usd") return t.usd(value);
    if (column.kind === "percent") return t.percent(value);
    if (column.kind === "year") return String(value);
    return t.number(value);
  }
  if (value === NOT_DISCLOSED) return t.t("value.notDisclosed");
  if (column.kind === "boolean" && Object.hasOwn(YES_NO, value)) return t.t(YES_NO[value]);
  if (column.kind === "date") return partialDate(t, value);
  const word = fixedWord(t, table, column.key, value);
  if (word !== undefined) return word;
  if (
    table === "projects" &&
    (column.key === "region" || column.key === "city" || column.key === "country")
  ) {
    const places = projectPlaceNames(t, index, id, column.key);
    if (places) return places;
  }
  const named = namedRecord(index, table, id);
  if (named && (column.key === "name" || column.key === "title")) return ourName(t, named);
  if (named?.sector && column.key === "sector") {
    const sector = index.dataset.sectors.find((s) => s.id === named.sector);
    if (sector) return localName(sector.name, t.lang);
  }
  return value;
}
