/**
 * The one builder of a record's card: a project, an agreement or a place of the dataset as an
 * Excel entity value (the JSON of EntityCard, ExcelApi 1.16), the same wherever a card
 * is made: the inserted tables (src/excel/cards), KZUZ.PROJECT (src/formulas), and linked entities
 * (whose load service returns these cards with a LinkedEntity id). Pure data, in src/data so every
 * layer can use it: it sees the dataset, never Office; ./types mirrors Microsoft's JSON shapes.
 *
 * What a card holds (https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-entity-card):
 * - `text`: the record's name in the reader's language (what the cell shows);
 * - `properties`: the record's fields, by names without spaces or apostrophes so that
 *   `=B2.Investment` works without brackets (office-js#4190, #5945); amounts are FormattedNumber
 *   values (ExcelApi 1.16; a Double with a number format needs 1.19) with their unit as the
 *   property's sublabel; sources are nested entities, each a card the reader can open, with its
 *   address; places are nested place cards;
 * - `layouts.card`: the title and the sections (Overview, Investment, Details, Sources...);
 * - `provider`: "KZUZ dataset <version> (as of <date>)";
 * - a hidden `KzuzRecord` property ("project:<id>") that says which record a card is, so a card
 *   read back from a cell (refresh, Explain, share) is known without matching its text.
 * Property names and section titles stay English, as table headers do (src/i18n/README.md).
 */
import { investment, sourcesOf, type Index } from "../query";
import { localName, placeName } from "../localName";
import type { Agreement, Place, Project, Source } from "../schema";
import { NOT_DISCLOSED, investmentBasis, projectPlaces } from "../views";
import { linkedRecordOf } from "./linked-ids";
import type { CardProperty, CardSection, EntityCard, PropertyMetadata } from "./types";

type CardKind = "project" | "agreement" | "place";

/** Which record a card shows. */
interface CardRecord {
  readonly kind: CardKind;
  readonly id: string;
}

/** The hidden property naming the record: "project:lab-complex-kashkadarya". */
const RECORD_PROPERTY = "KzuzRecord";

/** The provider line's start: every KZUZ card's provider description begins so. */
const PROVIDER = "KZUZ dataset";

type Property = CardProperty;
type Properties = Record<string, Property>;

const HIDDEN: PropertyMetadata = {
  excludeFrom: { cardView: true, autoComplete: true, calcCompare: true },
};

function text(value: string | null | undefined): Property | undefined {
  return value === null || value === undefined || value === ""
    ? undefined
    : { type: "String", basicValue: value };
}

/** A number shown with its format, its unit under the name on the card. */
function amount(value: number, format: string, unit?: string): Property {
  const cell: Property = { type: "FormattedNumber", basicValue: value, numberFormat: format };
  return unit ? { ...cell, propertyMetadata: { sublabel: unit } } : cell;
}

function list(values: readonly Property[]): Property | undefined {
  return values.length === 0 ? undefined : { type: "Array", elements: values.map((v) => [v]) };
}

/** Properties without the empty ones, in the order given. */
function defined(entries: [string, Property | undefined][]): Properties {
  const out: Properties = {};
  for (const [name, value] of entries) if (value !== undefined) out[name] = value;
  return out;
}

/** Sections with at least one property the card has; empty ones are left out. */
function sections(properties: Properties, wanted: [string, string[]][]): CardSection[] {
  return wanted.flatMap(([title, names]) => {
    const present = names.filter((n) => n in properties);
    return present.length > 0 ? [{ layout: "List" as const, title, properties: present }] : [];
  });
}

function entity(
  index: Index,
  record: CardRecord,
  name: string,
  properties: Properties,
  layout: [string, string[]][]
): EntityCard {
  const all: Properties = {
    ...properties,
    [RECORD_PROPERTY]: {
      type: "String",
      basicValue: `${record.kind}:${record.id}`,
      propertyMetadata: HIDDEN,
    },
  };
  const { version, asOf } = index.dataset;
  return {
    type: "Entity" as const,
    text: name,
    properties: all,
    layouts: { card: { title: { property: "Name" }, sections: sections(all, layout) } },
    provider: { description: `${PROVIDER} ${version} (as of ${asOf})` },
  };
}

/** A source as a card of its own: publisher, title, date and the address to open. */
function sourceCard(source: Source): Property {
  const properties = defined([
    ["Name", text(source.publisher)],
    ["Title", text(source.title)],
    ["Date", text(source.date)],
    ["Address", text(source.url ?? source.httpUrl)],
    ["ID", text(source.id)],
  ]);
  return {
    type: "Entity",
    text: source.date ? `${source.publisher}, ${source.date}` : source.publisher,
    properties,
    layouts: {
      card: {
        title: { property: "Name" },
        sections: sections(properties, [["Source", ["Title", "Date", "Address", "ID"]]]),
      },
    },
  };
}

function sourcesProperty(index: Index, ids: readonly string[]): Property | undefined {
  return list(sourcesOf(index, [...new Set(ids)]).map(sourceCard));
}

/** The investment behind a name as KZUZ.INVESTMENT gives it: US dollars, or "not disclosed". */
function investmentProperty(index: Index, name: string): Property | undefined {
  const result = investment(index, name);
  if (result.ok) return amount(result.value.usd, "$#,##0", "USD");
  return result.error.kind === "not-disclosed" ? text(NOT_DISCLOSED) : undefined;
}

export function projectCard(index: Index, project: Project, lang: string): EntityCard {
  const sector = index.dataset.sectors.find((s) => s.id === project.sector);
  const regions = placeIds(project, "region");
  const cities = placeIds(project, "city");
  const partners = [project.investor, ...(project.partners ?? [])].filter(Boolean).join("; ");
  const usd = project.investment.usd;
  const properties = defined([
    ["Name", text(localName(project.name, lang))],
    ["ID", text(project.id)],
    ["Sector", text(sector ? localName(sector.name, lang) : project.sector)],
    ["Region", regions.length > 0 ? placesProperty(index, regions, lang) : undefined],
    ["City", cities.length > 0 ? placesProperty(index, cities, lang) : undefined],
    ["Country", text(projectPlaces(index, project, "country"))],
    ["Status", text(project.status)],
    ["Investment", usd === undefined ? text(NOT_DISCLOSED) : amount(usd, "$#,##0", "USD")],
    ["InvestmentBasis", text(investmentBasis(project.investment))],
    ["Partners", text(partners)],
    ["Capacity", text(project.capacity)],
    ["Jobs", project.jobs === undefined ? undefined : amount(project.jobs, "#,##0", "jobs")],
    ["EnglishName", lang === "en" ? undefined : text(project.name.en)],
    [
      "Sources",
      sourcesProperty(index, [
        ...project.investment.sourceIds,
        ...project.sourceIds,
        ...project.milestones.flatMap((m) => m.sourceIds),
      ]),
    ],
  ]);
  return entity(
    index,
    { kind: "project", id: project.id },
    localName(project.name, lang),
    properties,
    [
      ["Overview", ["ID", "Sector", "Region", "City", "Country", "Status"]],
      ["Investment", ["Investment", "InvestmentBasis"]],
      ["Details", ["Partners", "Capacity", "Jobs", "EnglishName"]],
      ["Sources", ["Sources"]],
    ]
  );
}

export function agreementCard(index: Index, agreement: Agreement, lang: string): EntityCard {
  const projects = (agreement.projectIds ?? []).flatMap((id) => {
    const p = index.dataset.projects.find((x) => x.id === id);
    return p ? [{ type: "String" as const, basicValue: localName(p.name, lang) }] : [];
  });
  const properties = defined([
    ["Name", text(localName(agreement.title, lang))],
    ["ID", text(agreement.id)],
    ["Domain", text(agreement.domain)],
    ["Kind", text(agreement.kind)],
    ["Date", text(agreement.date)],
    ["Parties", text(agreement.parties.join("; "))],
    ["Status", text(agreement.status)],
    ["WhatItDoes", text(agreement.summary)],
    ["Signatories", text(agreement.signatories?.join("; "))],
    ["Unverified", text(agreement.unverified)],
    ["Projects", list(projects)],
    ["EnglishTitle", lang === "en" ? undefined : text(agreement.title.en)],
    ["Sources", sourcesProperty(index, agreement.sourceIds)],
  ]);
  const name = localName(agreement.title, lang);
  return entity(index, { kind: "agreement", id: agreement.id }, name, properties, [
    ["Overview", ["ID", "Domain", "Kind", "Date", "Status", "Parties", "Signatories"]],
    ["Summary", ["WhatItDoes", "Projects", "Unverified"]],
    ["Details", ["EnglishTitle"]],
    ["Sources", ["Sources"]],
  ]);
}

export function placeCard(index: Index, place: Place, lang: string): EntityCard {
  // A country covers every project with a location in it, as KZUZ.INVESTMENT counts them.
  const covered = index.dataset.projects.filter((p) =>
    p.locations.some((l) =>
      place.kind === "country"
        ? l.country === place.country
        : l.region === place.id || l.city === place.id
    )
  );
  const properties = defined([
    ["Name", text(placeName(place, lang))],
    ["ID", text(place.id)],
    ["Kind", text(place.kind)],
    ["Country", text(place.country === "KZ" ? "Kazakhstan" : "Uzbekistan")],
    ["Projects", covered.length > 0 ? amount(covered.length, "0", "projects") : undefined],
    ["Investment", covered.length > 0 ? investmentProperty(index, place.name) : undefined],
    ["EnglishName", lang === "en" ? undefined : text(place.name)],
  ]);
  return entity(index, { kind: "place", id: place.id }, placeName(place, lang), properties, [
    ["Overview", ["ID", "Kind", "Country", "EnglishName"]],
    ["Investment", ["Projects", "Investment"]],
  ]);
}

function placeIds(project: Project, kind: "region" | "city"): string[] {
  return [...new Set(project.locations.flatMap((l) => (l[kind] ? [l[kind]] : [])))];
}

/** One place as its card; several as an array of cards. */
function placesProperty(index: Index, ids: readonly string[], lang: string): Property | undefined {
  const cards = ids.flatMap((id) => {
    const place = index.dataset.places.find((p) => p.id === id);
    return place ? [placeCard(index, place, lang)] : [];
  });
  return cards.length === 1 ? cards[0] : list(cards);
}

/**
 * The card of a record, by kind and ID; undefined when the dataset has no such record.
 * For a place column, `placesCard` gives one cell's card.
 */
export function recordCard(index: Index, record: CardRecord, lang: string): EntityCard | undefined {
  const { dataset } = index;
  if (record.kind === "project") {
    const project = dataset.projects.find((p) => p.id === record.id);
    return project && projectCard(index, project, lang);
  }
  if (record.kind === "agreement") {
    const agreement = dataset.agreements.find((a) => a.id === record.id);
    return agreement && agreementCard(index, agreement, lang);
  }
  const place = dataset.places.find((p) => p.id === record.id);
  return place && placeCard(index, place, lang);
}

/**
 * The card of a cell listing several places (a project's regions): its text the names joined as
 * the table joins them, its `Places` the place cards. One place: that place's card.
 */
export function placesCard(
  index: Index,
  ids: readonly string[],
  lang: string
): EntityCard | undefined {
  const places = ids.flatMap((id) => {
    const place = index.dataset.places.find((p) => p.id === id);
    return place ? [place] : [];
  });
  if (places.length === 0) return undefined;
  if (places.length === 1) return placeCard(index, places[0], lang);
  const names = places.map((p) => placeName(p, lang)).join("; ");
  const properties = defined([
    ["Name", text(names)],
    ["Places", list(places.map((p) => placeCard(index, p, lang)))],
  ]);
  return entity(
    index,
    { kind: "place", id: places.map((p) => p.id).join("+") },
    names,
    properties,
    [["Places", ["Places"]]]
  );
}

/**
 * Which KZUZ record a cell's value (as Range.valuesAsJson reads it) is the card of, if any: a
 * card written whole (an Entity with KZUZ's provider and record property), or a linked entity of
 * a KZUZ domain (./linked-ids), loaded or not.
 */
export function cardRecordOf(value: unknown): CardRecord | undefined {
  const linked = linkedRecordOf(value);
  if (linked) return linked;
  const card = value as Partial<EntityCard> | null | undefined;
  if (card?.type !== "Entity" || !card.provider?.description?.startsWith(PROVIDER))
    return undefined;
  const marker = (card.properties?.[RECORD_PROPERTY] as { basicValue?: unknown } | undefined)
    ?.basicValue;
  const m = typeof marker === "string" ? /^(project|agreement|place):(.+)$/.exec(marker) : null;
  return m ? { kind: m[1] as CardKind, id: m[2] } : undefined;
}

/** What a property holds, for comparing two cards: its value(s), without layout or metadata. */
function essence(property: unknown): unknown {
  const p = property as {
    type?: string;
    basicValue?: unknown;
    text?: unknown;
    elements?: unknown[][];
  };
  if (p?.type === "Entity") return ["Entity", p.text];
  if (p?.type === "Array") return (p.elements ?? []).map((row) => row.map(essence));
  return p?.basicValue ?? null;
}

/**
 * The fields that differ between a card read from a cell and the card to write: "Name" for the
 * text, then each property added, removed or changed, in the new card's order (hidden ones left
 * out). Empty when the cell already shows this card.
 */
export function changedFields(before: unknown, after: EntityCard): string[] {
  const old = before as (Partial<Omit<EntityCard, "type">> & { type?: string }) | null | undefined;
  const entity = old?.type === "Entity" || old?.type === "LinkedEntity";
  const oldProps = (entity ? old.properties : undefined) ?? {};
  const newProps = after.properties ?? {};
  const names = [...new Set([...Object.keys(newProps), ...Object.keys(oldProps)])].filter(
    (n) => n !== RECORD_PROPERTY
  );
  const changed = names.filter(
    (n) => JSON.stringify(essence(oldProps[n])) !== JSON.stringify(essence(newProps[n]))
  );
  const textChanged = old?.text !== after.text && !changed.includes("Name");
  return textChanged ? ["Name", ...changed] : changed;
}
