/**
 * What every view is made of (columns, rows, cells) and the cell texts several views share.
 * Pure: the Excel layer decides how each column kind is formatted.
 */
import { sourceLabel, sourcesOf, type Index } from "../query";
import type { Investment, Period, Project, Source } from "../schema";

/** A cell: text, a number, or empty (null). */
export type CellValue = string | number | null;

/** How a column's values are to be read and formatted. */
export type ColumnKind =
  "id" | "text" | "usd" | "number" | "percent" | "year" | "date" | "url" | "boolean";

export interface Column {
  /** Stable key, for code; never shown. */
  readonly key: string;
  /** Header text, shown in Excel and used to find the column again. */
  readonly header: string;
  readonly kind: ColumnKind;
}

export interface ViewRow {
  /** The record's id: refreshes match rows by it. */
  readonly id: string;
  readonly cells: readonly CellValue[];
}

/** The text written where a source gives no figure. */
export const NOT_DISCLOSED = "not disclosed";

const COUNTRY_NAMES = { KZ: "Kazakhstan", UZ: "Uzbekistan" } as const;

interface Lookups {
  places: ReadonlyMap<string, string>;
  sectors: ReadonlyMap<string, string>;
}

/** Built once per index (not once per row); an index never changes once built. */
const LOOKUPS = new WeakMap<Index, Lookups>();

function lookups(index: Index): Lookups {
  let found = LOOKUPS.get(index);
  if (!found) {
    const { dataset } = index;
    found = {
      places: new Map(dataset.places.map((p) => [p.id, p.name])),
      sectors: new Map(dataset.sectors.map((s) => [s.id, s.name.en])),
    };
    LOOKUPS.set(index, found);
  }
  return found;
}

/** "Publisher, “Title”, 2025-11-15, https://..." — everything known of a source, on one line. */
export function sourceCitation(source: Source): string {
  return [source.publisher, `“${source.title}”`, source.date, source.url]
    .filter(Boolean)
    .join(", ");
}

/** The Source and Source URL cells: the first source's label, and the first address among them. */
export function sourceCells(index: Index, ids: readonly string[]): [CellValue, CellValue] {
  const sources = sourcesOf(index, ids);
  return [
    sources.length > 0 ? sourceLabel(sources[0]) : null,
    sources.find((s) => s.url)?.url ?? null,
  ];
}

/** The places a project is in, as "Turkestan region; Syrdarya region". */
export function projectPlaces(
  index: Index,
  project: Project,
  kind: "region" | "city" | "country"
): string | null {
  const { places } = lookups(index);
  const values = project.locations.flatMap((loc) => {
    if (kind === "country") return [COUNTRY_NAMES[loc.country]];
    const id = loc[kind];
    return id ? [places.get(id) ?? id] : [];
  });
  const unique = [...new Set(values)];
  return unique.length > 0 ? unique.join("; ") : null;
}

/** The sector's English name. */
export function sectorName(index: Index, sectorId: string): string {
  return lookups(index).sectors.get(sectorId) ?? sectorId;
}

/** The amount in US dollars, or "not disclosed". */
export function investmentCell(investment: Investment): CellValue {
  return investment.usd ?? NOT_DISCLOSED;
}

/** What the amount is: "disclosed", "estimate", "more than (initial stage)", "not disclosed". */
export function investmentBasis(investment: Investment): string {
  if (investment.status === "not disclosed") return NOT_DISCLOSED;
  const parts = [investment.status === "estimated" ? "estimate" : "disclosed"];
  if (investment.qualifier) parts.push(investment.qualifier);
  if (investment.scope) parts.push(`(${investment.scope})`);
  if (investment.original)
    parts.push(
      `from ${investment.original.amount.toLocaleString("en-US")} ${investment.original.currency}`
    );
  return parts.join(", ").replace(/, \(/, " (");
}

/** A period as "full year", or "2025-01 to 2025-09". */
export function periodText(period: Period): string {
  if (period === "full year") return "full year";
  if (period === "not stated") return "not stated";
  if ("to" in period) return `${period.from} to ${period.to}`;
  return `${period.from} to ${period.asOf}`;
}
