/**
 * Which columns of the inserted tables hold cards, and each row's card: the Projects table's
 * Name (the project), Region and City (the places), the Agreements table's Title (the
 * agreement). Headers stay as today, so formulas read `=[@Name].Investment`, `=[@Region].Name`.
 */
import { placesCard, projectCard, agreementCard } from "../../data/cards/record-card";
import type { EntityCard } from "../../data/cards/types";
import type { Index } from "../../data/query";
import type { ViewKey } from "../../data/views";

/** The card columns of each table, by header. */
export const CARD_COLUMNS: Partial<Record<ViewKey, readonly string[]>> = {
  projects: ["Name", "Region", "City"],
  agreements: ["Title"],
};

/** Each card column's cards, by row ID (a row without places has no card in that column). */
export type TableCards = ReadonlyMap<string, ReadonlyMap<string, EntityCard>>;

function placeIds(
  locations: readonly { region?: string; city?: string }[],
  kind: "region" | "city"
) {
  return [...new Set(locations.flatMap((l) => (l[kind] ? [l[kind] as string] : [])))];
}

/** The cards of one table's rows, the text in `lang`; undefined for a table without cards. */
export function cardsOf(index: Index, key: ViewKey, lang: string): TableCards | undefined {
  const { projects, agreements } = index.dataset;
  if (key === "projects") {
    const name = new Map<string, EntityCard>();
    const region = new Map<string, EntityCard>();
    const city = new Map<string, EntityCard>();
    for (const p of projects) {
      name.set(p.id, projectCard(index, p, lang));
      const r = placesCard(index, placeIds(p.locations, "region"), lang);
      if (r) region.set(p.id, r);
      const c = placesCard(index, placeIds(p.locations, "city"), lang);
      if (c) city.set(p.id, c);
    }
    return new Map([
      ["Name", name],
      ["Region", region],
      ["City", city],
    ]);
  }
  if (key === "agreements")
    return new Map([
      ["Title", new Map(agreements.map((a) => [a.id, agreementCard(index, a, lang)]))],
    ]);
  return undefined;
}
