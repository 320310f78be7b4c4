/**
 * The help's section on KZUZ cards (#cards in help.html and every help.<lang>.html): it is in
 * every language with all its parts, and every card field it names is one the card builder
 * (src/data/cards/record-card.ts) writes, so a reader who types `=B2.Investment` as the help says
 * gets the field, never #FIELD!. The other way round too: every field the builder writes is named,
 * so a new field cannot go undocumented. The old names of KZUZ.PROJECT's card (before the one
 * builder, commit bf3cb00: the Projects table's headers and "All sources") are named only as old
 * names, marked class="old", and none of them is a field any more; the misspelt example is
 * class="wrong". Structured references name a card column (src/excel/cards/columns.ts).
 */
import {
  agreementCard,
  placeCard,
  placesCard,
  projectCard,
} from "../../src/data/cards/record-card";
import type { CardProperty } from "../../src/data/cards/types";
import { PROJECT_COLUMNS } from "../../src/data/views";
import { CARD_COLUMNS } from "../../src/excel/cards/columns";
import { LANGS } from "../../src/i18n/locales";
import { decode, readPage } from "../../scripts/lib/help-pages";
import { publishedIndex } from "../support/dataset";

/** The parts of the section, in order: the anchors a reader (and LOADSERVICE's helpUrl) links to. */
const PARTS = [
  "cards",
  "cards-where",
  "cards-fields",
  "cards-open",
  "cards-refresh",
  "cards-excel",
  "cards-old",
  "cards-errors",
  "field",
  "connect",
];

/** The hidden property that names a card's record: never shown, so never in the help. */
const HIDDEN = "KzuzRecord";

/** Every property name the builder writes on any card of the published dataset, in any language. */
function builderFields(): Set<string> {
  const index = publishedIndex();
  const { projects, agreements, places } = index.dataset;
  const names = new Set<string>();
  const walk = (value: CardProperty): void => {
    if (value.type === "Entity")
      for (const [name, property] of Object.entries(value.properties)) {
        names.add(name);
        walk(property);
      }
    if (value.type === "Array") value.elements.flat().forEach(walk);
  };
  for (const lang of LANGS) {
    projects.forEach((p) => walk(projectCard(index, p, lang)));
    agreements.forEach((a) => walk(agreementCard(index, a, lang)));
    places.forEach((p) => walk(placeCard(index, p, lang)));
    for (const p of projects)
      for (const kind of ["region", "city"] as const) {
        const ids = [...new Set(p.locations.flatMap((l) => (l[kind] ? [l[kind]] : [])))];
        const card = placesCard(index, ids as string[], lang);
        if (card) walk(card);
      }
  }
  names.delete(HIDDEN);
  return names;
}

/** The names KZUZ.PROJECT's card used before it became the one card: the table's headers, and "All sources". */
const OLD_NAMES = new Set([...PROJECT_COLUMNS.map((c) => c.header), "All sources"]);

function section(html: string): string {
  const start = html.indexOf('<h2 id="cards">');
  if (start < 0) return "";
  const end = html.indexOf("<h2 ", start + 1);
  return html.slice(start, end < 0 ? undefined : end);
}

interface Cited {
  fields: string[];
  columns: string[];
  old: string[];
}

/** What the section cites: fields (in formulas and as names), table columns, and old or wrong names. */
function cited(html: string): Cited {
  const out: Cited = { fields: [], columns: [], old: [] };
  for (const [, attributes, raw] of section(html).matchAll(/<code([^>]*)>([\s\S]*?)<\/code>/g)) {
    const code = decode(raw);
    const marked = /class="(old|wrong)"/.test(attributes);
    if (/^=?KZUZ\.|^#/.test(code)) continue; // a KZUZ function or an error code
    const references = [
      ...code.matchAll(/(?:\$?[A-Z]{1,3}\$?\d+|\[@([^\]]+)\])\.(\[[^\]]+\]|[A-Za-z]+)/g),
    ];
    const names =
      references.length > 0
        ? references.map((r) => r[2].replace(/^\[(.*)\]$/, "$1"))
        : code.startsWith("=")
          ? []
          : [code];
    for (const r of references) if (r[1]) out.columns.push(r[1]);
    if (marked) out.old.push(...names);
    else out.fields.push(...names);
  }
  return out;
}

const FIELDS = builderFields();
const english = cited(readPage("en"));

test("the card builder's fields are what the test thinks they are (the help's examples rest on them)", () => {
  for (const name of ["Investment", "Region", "Sources", "Name", "Title", "Places", "EnglishName"])
    expect(FIELDS).toContain(name);
  expect(FIELDS).not.toContain("Investment (USD)");
});

describe.each(LANGS.map((lang) => [lang]))("the %s help page's section on cards", (lang) => {
  const html = readPage(lang);
  const own = cited(html);

  test("is there, with every part in order, inside the section", () => {
    const ids = [...section(html).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(PARTS);
  });

  test("names only fields the card builder writes", () => {
    expect(own.fields.length).toBeGreaterThan(20);
    expect([...new Set(own.fields)].filter((f) => !FIELDS.has(f))).toEqual([]);
  });

  test("names every field the card builder writes", () => {
    expect([...FIELDS].filter((f) => !own.fields.includes(f))).toEqual([]);
  });

  test("refers only to card columns in structured references", () => {
    const columns = new Set(Object.values(CARD_COLUMNS).flat());
    expect(own.columns.length).toBeGreaterThan(0);
    expect(own.columns.filter((c) => !columns.has(c))).toEqual([]);
  });

  test("names the old names of KZUZ.PROJECT's card as old, and none of them is a field now", () => {
    expect(own.old).toContain("Investment (USD)");
    const old = own.old.filter((n) => n !== "Investmnet");
    expect(old.filter((n) => !OLD_NAMES.has(n))).toEqual([]);
    expect(own.old.filter((n) => FIELDS.has(n))).toEqual([]);
  });

  test("cites the same fields, columns and old names as English", () => {
    expect(own).toEqual(english);
  });
});
