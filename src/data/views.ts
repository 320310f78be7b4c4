/**
 * The dataset as rows and columns: one view per table the add-in writes to Excel (Projects,
 * Agreements, Trade, Targets, Sources) and spills from formulas (KZUZ.PROJECTS...). Pure: the
 * Excel layer decides how each column kind is formatted; formulas pick the columns they spill.
 */
import type { Index } from "./query";
import type {
  Agreement,
  Investment,
  Period,
  Project,
  Source,
  Target,
  TradeObservation,
} from "./schema";

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

export type ViewKey = "projects" | "agreements" | "trade" | "targets" | "sources";

export interface View {
  readonly key: ViewKey;
  /** What the table holds, in a few words: "Joint projects". */
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly ViewRow[];
}

/** The text written where a source gives no figure. */
export const NOT_DISCLOSED = "not disclosed";

const COUNTRY_NAMES = { KZ: "Kazakhstan", UZ: "Uzbekistan" } as const;

/** "Publisher, 2025-11-15" (the date where known). */
export function sourceLabel(source: Source): string {
  return source.date ? `${source.publisher}, ${source.date}` : source.publisher;
}

/** "Publisher, “Title”, 2025-11-15, https://..." — everything known of a source, on one line. */
export function sourceCitation(source: Source): string {
  return [source.publisher, `“${source.title}”`, source.date, source.url]
    .filter(Boolean)
    .join(", ");
}

function sourcesOf(index: Index, ids: readonly string[]): Source[] {
  const byId = new Map(index.dataset.sources.map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const s = byId.get(id);
    return s ? [s] : [];
  });
}

/** The first source's label, and the first address among the sources. */
function sourceCells(index: Index, ids: readonly string[]): [CellValue, CellValue] {
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
  const names = new Map(index.dataset.places.map((p) => [p.id, p.name]));
  const values = project.locations.flatMap((loc) => {
    if (kind === "country") return [COUNTRY_NAMES[loc.country]];
    const id = loc[kind];
    return id ? [names.get(id) ?? id] : [];
  });
  const unique = [...new Set(values)];
  return unique.length > 0 ? unique.join("; ") : null;
}

/** The sector's English name. */
export function sectorName(index: Index, sectorId: string): string {
  return index.dataset.sectors.find((s) => s.id === sectorId)?.name.en ?? sectorId;
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

/** "full year", "Jan–Sep" style text for a period. */
export function periodText(period: Period): string {
  if (period === "full year") return "full year";
  if ("to" in period) return `${period.from} to ${period.to}`;
  return `${period.from} to ${period.asOf}`;
}

export const PROJECT_COLUMNS: readonly Column[] = [
  { key: "id", header: "ID", kind: "id" },
  { key: "name", header: "Name", kind: "text" },
  { key: "sector", header: "Sector", kind: "text" },
  { key: "region", header: "Region", kind: "text" },
  { key: "city", header: "City", kind: "text" },
  { key: "country", header: "Country", kind: "text" },
  { key: "investment", header: "Investment (USD)", kind: "usd" },
  { key: "basis", header: "Investment basis", kind: "text" },
  { key: "status", header: "Status", kind: "text" },
  { key: "partners", header: "Partners", kind: "text" },
  { key: "capacity", header: "Capacity", kind: "text" },
  { key: "jobs", header: "Jobs", kind: "number" },
  { key: "nameFr", header: "Name (French)", kind: "text" },
  { key: "source", header: "Source", kind: "text" },
  { key: "url", header: "Source URL", kind: "url" },
];

/** One project as cells in PROJECT_COLUMNS order. */
export function projectCells(index: Index, p: Project): CellValue[] {
  const [source, url] = sourceCells(
    index,
    p.investment.status === "not disclosed" ? p.sourceIds : p.investment.sourceIds
  );
  const partners = [p.investor, ...(p.partners ?? [])].filter(Boolean).join("; ");
  return [
    p.id,
    p.name.en,
    sectorName(index, p.sector),
    projectPlaces(index, p, "region"),
    projectPlaces(index, p, "city"),
    projectPlaces(index, p, "country"),
    investmentCell(p.investment),
    investmentBasis(p.investment),
    p.status,
    partners || null,
    p.capacity ?? null,
    p.jobs ?? null,
    p.name.fr ?? null,
    source,
    url,
  ];
}

export const AGREEMENT_COLUMNS: readonly Column[] = [
  { key: "id", header: "ID", kind: "id" },
  { key: "title", header: "Title", kind: "text" },
  { key: "domain", header: "Domain", kind: "text" },
  { key: "kind", header: "Kind", kind: "text" },
  { key: "date", header: "Date", kind: "date" },
  { key: "parties", header: "Parties", kind: "text" },
  { key: "status", header: "Status", kind: "text" },
  { key: "summary", header: "What it does", kind: "text" },
  { key: "titleFr", header: "Title (French)", kind: "text" },
  { key: "source", header: "Source", kind: "text" },
  { key: "url", header: "Source URL", kind: "url" },
];

export function agreementCells(index: Index, a: Agreement): CellValue[] {
  const [source, url] = sourceCells(index, a.sourceIds);
  return [
    a.id,
    a.title.en,
    a.domain,
    a.kind,
    a.date,
    a.parties.join("; "),
    a.status,
    a.summary,
    a.title.fr ?? null,
    source,
    url,
  ];
}

export const TRADE_COLUMNS: readonly Column[] = [
  { key: "id", header: "ID", kind: "id" },
  { key: "year", header: "Year", kind: "year" },
  { key: "value", header: "Turnover (USD)", kind: "usd" },
  { key: "period", header: "Period", kind: "text" },
  { key: "growth", header: "Growth on a year earlier", kind: "percent" },
  { key: "reporter", header: "Reported by", kind: "text" },
  { key: "side", header: "Side", kind: "text" },
  { key: "headline", header: "Headline", kind: "boolean" },
  { key: "reliability", header: "Reliability", kind: "text" },
  { key: "note", header: "Note", kind: "text" },
  { key: "source", header: "Source", kind: "text" },
  { key: "url", header: "Source URL", kind: "url" },
];

export function tradeCells(index: Index, o: TradeObservation): CellValue[] {
  const [source, url] = sourceCells(index, o.sourceIds);
  const note = [
    o.flag,
    o.preliminary ? "preliminary" : undefined,
    o.valueQualifier ? `value: ${o.valueQualifier}` : undefined,
    o.note,
  ]
    .filter(Boolean)
    .join(" ");
  return [
    o.id,
    o.year,
    o.value ?? NOT_DISCLOSED,
    periodText(o.period),
    o.growthPct === undefined ? null : o.growthPct / 100,
    o.reporter,
    o.reporterSide,
    o.headline ? "yes" : "no",
    o.reliability,
    note || null,
    source,
    url,
  ];
}

export const TARGET_COLUMNS: readonly Column[] = [
  { key: "id", header: "ID", kind: "id" },
  { key: "value", header: "Target (USD)", kind: "usd" },
  { key: "year", header: "By year", kind: "year" },
  { key: "horizon", header: "Horizon", kind: "text" },
  { key: "setOn", header: "Set on", kind: "date" },
  { key: "setBy", header: "Set by", kind: "text" },
  { key: "current", header: "Current", kind: "boolean" },
  { key: "context", header: "Context", kind: "text" },
  { key: "source", header: "Source", kind: "text" },
  { key: "url", header: "Source URL", kind: "url" },
];

export function targetCells(index: Index, t: Target): CellValue[] {
  const [source, url] = sourceCells(index, t.sourceIds);
  return [
    t.id,
    t.valueUsd,
    t.targetYear,
    t.horizonText ?? null,
    t.setOn,
    t.setBy,
    t.current ? "yes" : "no",
    t.context,
    source,
    url,
  ];
}

export const SOURCE_COLUMNS: readonly Column[] = [
  { key: "id", header: "ID", kind: "id" },
  { key: "publisher", header: "Publisher", kind: "text" },
  { key: "title", header: "Title", kind: "text" },
  { key: "date", header: "Date", kind: "date" },
  { key: "language", header: "Language", kind: "text" },
  { key: "url", header: "URL", kind: "url" },
  { key: "note", header: "Note", kind: "text" },
];

export function sourceRowCells(s: Source): CellValue[] {
  return [
    s.id,
    s.publisher,
    s.title,
    s.date ?? null,
    s.language ?? null,
    s.url ?? null,
    s.note ?? null,
  ];
}

function view<T extends { id: string }>(
  key: ViewKey,
  title: string,
  columns: readonly Column[],
  records: readonly T[],
  cells: (r: T) => CellValue[]
): View {
  return { key, title, columns, rows: records.map((r) => ({ id: r.id, cells: cells(r) })) };
}

export function projectsView(
  index: Index,
  projects: readonly Project[] = index.dataset.projects
): View {
  return view("projects", "Joint projects", PROJECT_COLUMNS, projects, (p) =>
    projectCells(index, p)
  );
}

export function agreementsView(
  index: Index,
  agreements: readonly Agreement[] = index.dataset.agreements
): View {
  return view("agreements", "Agreements", AGREEMENT_COLUMNS, agreements, (a) =>
    agreementCells(index, a)
  );
}

export function tradeView(
  index: Index,
  observations: readonly TradeObservation[] = index.dataset.trade.observations
): View {
  return view("trade", "Bilateral trade", TRADE_COLUMNS, observations, (o) => tradeCells(index, o));
}

export function targetsView(index: Index): View {
  return view("targets", "Trade targets", TARGET_COLUMNS, index.dataset.targets, (t) =>
    targetCells(index, t)
  );
}

export function sourcesView(index: Index): View {
  return view("sources", "Sources", SOURCE_COLUMNS, index.dataset.sources, sourceRowCells);
}

/** Every view, in the order the task pane lists them. */
export function datasetViews(index: Index): View[] {
  return [
    projectsView(index),
    agreementsView(index),
    tradeView(index),
    targetsView(index),
    sourcesView(index),
  ];
}

/** The view's rows restricted to `keys`, with a header row first when `headers` is true. */
export function pick(view: View, keys: readonly string[], headers: boolean): CellValue[][] {
  const at = keys.map((k) => {
    const i = view.columns.findIndex((c) => c.key === k);
    if (i < 0) throw new Error(`unknown column ${k} in view ${view.key}`);
    return i;
  });
  const body = view.rows.map((r) => at.map((i) => r.cells[i]));
  return headers ? [at.map((i) => view.columns[i].header), ...body] : body;
}
