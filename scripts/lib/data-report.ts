/**
 * The dataset at a glance, for maintainers (`npm run data:report`): how many records of each
 * kind, how many sources can be opened and how many titles are only descriptive, which years each
 * reporter covers for the full year or only in part, and every figure flagged, estimated,
 * approximate or partial. Pure: a dataset in, a report out.
 */
import { REPORTER_LABELS, isSeriesFigure } from "../../src/data/query";
import type { Dataset, TradeObservation } from "../../src/data/schema";

type Side = TradeObservation["reporterSide"];

export interface DataReport {
  readonly version: string;
  readonly asOf: string;
  /** Records of each kind, in the dataset's order. */
  readonly records: readonly { kind: string; count: number }[];
  readonly sources: {
    readonly total: number;
    /** An https address, shown as a link. */
    readonly withUrl: number;
    /** Only an http address, shown as text. */
    readonly httpOnly: number;
    readonly withoutAddress: readonly string[];
    /** Ids of the sources whose title is descriptive, in [square brackets]. */
    readonly bracketedTitles: readonly string[];
  };
  /** For each reporter, the years with an exact, reliable full-year figure and those with parts only. */
  readonly years: readonly { side: Side; fullYear: number[]; partialOnly: number[] }[];
  /** Every figure a reader should take with care, by record id. */
  readonly caveats: readonly { id: string; what: string }[];
  /**
   * For each language other than English: how many agreement titles and project names the dataset
   * has in it, how many of those are its own translation (ourTranslations) rather than a source's.
   */
  readonly localized: readonly {
    lang: Lang;
    agreements: { titled: number; ours: number; total: number };
    projects: { titled: number; ours: number; total: number };
  }[];
  /** Records no source that can be opened confirms, marked `unverified` in the data, by id. */
  readonly unverified: readonly string[];
}

const LANGS = ["fr", "ru", "uz", "kk"] as const;
type Lang = (typeof LANGS)[number];

function coverage(
  records: readonly { names: Partial<Record<Lang, string>>; ours?: readonly string[] }[],
  lang: Lang
): { titled: number; ours: number; total: number } {
  const titled = records.filter((r) => r.names[lang] !== undefined);
  return {
    titled: titled.length,
    ours: titled.filter((r) => r.ours?.includes(lang)).length,
    total: records.length,
  };
}

function tradeCaveats(o: TradeObservation): string[] {
  const list: string[] = [];
  if (o.reliability === "flagged") list.push(`flagged: ${o.flag ?? "no reason given"}`);
  if (o.period === "not stated") list.push("period not stated");
  else if (o.period !== "full year")
    list.push(
      `partial: ${"to" in o.period ? `${o.period.from} to ${o.period.to}` : `${o.period.from} to ${o.period.asOf}`}`
    );
  if (o.periodInferred) list.push("period inferred");
  if (o.valueQualifier) list.push(`value ${o.valueQualifier}`);
  if (o.preliminary) list.push("preliminary");
  if (o.value === undefined) list.push("no value (growth or flows only)");
  return list;
}

/** Builds the report of a dataset (validated or not: it only reads). */
export function dataReport(dataset: Dataset): DataReport {
  const records = [
    { kind: "sources", count: dataset.sources.length },
    { kind: "places", count: dataset.places.length },
    { kind: "sectors", count: dataset.sectors.length },
    { kind: "projects", count: dataset.projects.length },
    { kind: "agreements", count: dataset.agreements.length },
    { kind: "trade observations", count: dataset.trade.observations.length },
    { kind: "targets", count: dataset.targets.length },
    { kind: "gas transit observations", count: dataset.gasTransit.observations.length },
    { kind: "summit events", count: dataset.summit.events.length },
    { kind: "summit statements", count: dataset.summit.statements.length },
    { kind: "package totals", count: 1 + dataset.totals.investment.length },
    { kind: "other figures", count: dataset.otherFigures.length },
  ];
  const sources = dataset.sources;
  const years = (["KZ", "UZ", "joint", "other"] as const).map((side) => {
    const mine = dataset.trade.observations.filter((o) => o.reporterSide === side);
    const fullYear = [...new Set(mine.filter(isSeriesFigure).map((o) => o.year))].sort();
    const partialOnly = [
      ...new Set(
        mine
          .filter((o) => o.period !== "full year" && !fullYear.includes(o.year))
          .map((o) => o.year)
      ),
    ].sort();
    return { side, fullYear, partialOnly };
  });
  const caveats = [
    ...dataset.trade.observations.flatMap((o) => {
      const list = tradeCaveats(o);
      return list.length === 0 ? [] : [{ id: o.id, what: `trade ${o.year}: ${list.join("; ")}` }];
    }),
    ...dataset.projects.flatMap((p) => {
      const inv = p.investment;
      const list = [
        inv.status === "estimated" ? "estimated" : undefined,
        inv.qualifier ? `amount ${inv.qualifier}` : undefined,
        inv.scope ? `covers ${inv.scope} only` : undefined,
      ].filter((x): x is string => x !== undefined);
      return list.length === 0 ? [] : [{ id: p.id, what: `investment: ${list.join("; ")}` }];
    }),
    ...dataset.gasTransit.observations.flatMap((g) => {
      const list = [
        g.reliability === "flagged" ? `flagged: ${g.flag ?? "no reason given"}` : undefined,
        g.kind !== "actual" ? g.kind : undefined,
        g.qualifier ? `value ${g.qualifier}` : undefined,
        g.period !== "full year" ? "partial year" : undefined,
      ].filter((x): x is string => x !== undefined);
      return list.length === 0 ? [] : [{ id: g.id, what: `gas ${g.year}: ${list.join("; ")}` }];
    }),
    ...[...dataset.totals.investment, ...dataset.otherFigures].flatMap((f) =>
      f.qualifier ? [{ id: f.id, what: `${f.label}: ${f.qualifier}` }] : []
    ),
  ];
  const agreements = dataset.agreements.map((a) => ({ names: a.title, ours: a.ourTranslations }));
  const projects = dataset.projects.map((p) => ({ names: p.name, ours: p.ourTranslations }));
  return {
    version: dataset.version,
    asOf: dataset.asOf,
    localized: LANGS.map((lang) => ({
      lang,
      agreements: coverage(agreements, lang),
      projects: coverage(projects, lang),
    })),
    unverified: dataset.agreements.filter((a) => a.unverified !== undefined).map((a) => a.id),
    records,
    sources: {
      total: sources.length,
      withUrl: sources.filter((s) => s.url !== undefined).length,
      httpOnly: sources.filter((s) => s.url === undefined && s.httpUrl !== undefined).length,
      withoutAddress: sources.filter((s) => !s.url && !s.httpUrl).map((s) => s.id),
      bracketedTitles: sources.filter((s) => /^\[.*\]$/.test(s.title.trim())).map((s) => s.id),
    },
    years,
    caveats,
  };
}

function percent(n: number, total: number): string {
  return total === 0 ? "0%" : `${((n / total) * 100).toFixed(1)}%`;
}

function yearList(years: readonly number[]): string {
  return years.length === 0 ? "none" : years.join(", ");
}

/** The report as plain text, one section after another. */
export function formatDataReport(report: DataReport): string {
  const { sources } = report;
  return [
    `KZUZ dataset ${report.version}, as of ${report.asOf}`,
    "",
    "Records",
    ...report.records.map((r) => `  ${r.kind}: ${r.count}`),
    "",
    "Sources",
    `  with an https address: ${sources.withUrl} of ${sources.total} (${percent(sources.withUrl, sources.total)})`,
    `  with an http-only address (shown as text): ${sources.httpOnly}`,
    `  with no address: ${sources.withoutAddress.length}${sources.withoutAddress.length ? ` (${sources.withoutAddress.join(", ")})` : ""}`,
    `  with a descriptive [bracketed] title: ${sources.bracketedTitles.length} (${percent(sources.bracketedTitles.length, sources.total)})${sources.bracketedTitles.length ? `: ${sources.bracketedTitles.join(", ")}` : ""}`,
    "",
    "Trade years per reporter (full year = exact, reliable full-year figure)",
    ...report.years.flatMap((y) => [
      `  ${REPORTER_LABELS[y.side]} (${y.side})`,
      `    full year: ${yearList(y.fullYear)}`,
      `    partial only: ${yearList(y.partialOnly)}`,
    ]),
    "",
    "Titles and names in other languages (from a source, or the dataset's own translation)",
    ...report.localized.map(
      (l) =>
        `  ${l.lang}: agreements ${l.agreements.titled} of ${l.agreements.total} (${percent(l.agreements.titled, l.agreements.total)}; ours ${l.agreements.ours}), projects ${l.projects.titled} of ${l.projects.total} (${percent(l.projects.titled, l.projects.total)}; ours ${l.projects.ours})`
    ),
    "",
    `Unverified records (marked in the data and in Explain): ${report.unverified.length}${report.unverified.length ? ` (${report.unverified.join(", ")})` : ""}`,
    "",
    `Figures flagged, estimated, approximate or partial (${report.caveats.length})`,
    ...report.caveats.map((c) => `  ${c.id}: ${c.what}`),
    "",
  ].join("\n");
}
