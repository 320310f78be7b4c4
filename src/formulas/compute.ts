/**
 * What each KZUZ function computes, from the dataset snapshot in force and the arguments Excel
 * passed. Arguments arrive as Excel sends them (an omitted optional argument is null or
 * undefined; a number may come as text), so each is checked here and a wrong one gives #VALUE!
 * with a message. Nothing here throws: every failure is an Excel error value.
 */
import type { DatasetSnapshot } from "../data/store";
import {
  agreementsByDomain,
  currentTarget,
  investment,
  progress,
  projects,
  requiredGrowth,
  resolve,
  seriesUsed,
  sourceFor,
  targetForYear,
  tradeForYear,
  tradeHistory,
  type Index,
} from "../data/query";
import type { Project } from "../data/schema";
import {
  NOT_DISCLOSED,
  agreementsView,
  pick,
  projectCells,
  projectsView,
  PROJECT_COLUMNS,
  sourceCitation,
  tradeView,
  type CellValue,
} from "../data/views";
import {
  argName,
  flag,
  isError,
  omitted,
  oneOf,
  optionalYear,
  textArg,
  unitDivisor,
  unwrap,
  yearArg,
  type Arg,
} from "./args";
import { excelError, type FunctionError } from "./errors";
import { localName } from "../data/localName";
import { projectCard } from "../data/cards/record-card";
import { activeTranslator } from "../i18n/active";
import { localized, type Message } from "../i18n/message";

export type { Arg } from "./args";

/** A value a function can return to a cell or spill. */
type Scalar = string | number | boolean;
export type Cell = Scalar | FunctionError;
export type Matrix = Scalar[][];

/** KZUZ.INVESTMENT: the disclosed and estimated investment behind a name, in USD or the unit asked. */
export function investmentValue(index: Index, query: Arg, unit: Arg): Cell {
  const q = textArg(query, argName("name"), oneOf("Kashka-Daria", "Tashkent region"));
  if (isError(q)) return q;
  const divisor = unitDivisor(unit, argName("unit"));
  if (isError(divisor)) return divisor;
  const result = investment(index, q);
  if (!result.ok && result.error.kind === "not-disclosed")
    return excelError("#N/A", inReadersLanguage(index, q, result.error));
  const summary = unwrap(result);
  return isError(summary) ? summary : summary.usd / divisor;
}

/** The reader's language, for the dataset's own names in messages. */
function lang(): string {
  return activeTranslator().lang;
}

/**
 * The "not disclosed" answer with the projects (and the sector) named in the reader's language
 * where the dataset has their names in it; places have one name.
 */
function inReadersLanguage(index: Index, query: string, error: Message): Message {
  const match = resolve(index, query);
  if (!match.ok || error.values === undefined) return error;
  const { kind, id, projects: covered } = match.value;
  const sector = kind === "sector" ? index.dataset.sectors.find((s) => s.id === id) : undefined;
  const name =
    kind === "project"
      ? localName(covered[0].name, lang())
      : sector
        ? localName(sector.name, lang())
        : match.value.name;
  const names = covered.map((p) => localName(p.name, lang())).join(", ");
  return { ...error, values: { ...error.values, name, names } };
}

/** The columns KZUZ.PROJECTS spills. */
const PROJECTS_SPILL = [
  "id",
  "name",
  "sector",
  "region",
  "country",
  "investment",
  "basis",
  "status",
  "source",
] as const;

function emptyToText(rows: CellValue[][]): Matrix {
  return rows.map((r) => r.map((c) => (c === null ? "" : c)));
}

/** KZUZ.PROJECTS: the matching projects as rows, with a header row unless headers is FALSE. */
export function projectsTable(index: Index, query: Arg, headers: Arg): Matrix | FunctionError {
  const withHeaders = flag(headers, "headers", true);
  if (isError(withHeaders)) return withHeaders;
  let list: readonly Project[] | FunctionError;
  if (omitted(query)) list = index.dataset.projects;
  else {
    const q = textArg(query, argName("name"), oneOf("Tashkent", "logistics"));
    list = isError(q) ? q : unwrap(projects(index, q));
  }
  if (isError(list)) return list;
  return emptyToText(pick(projectsView(index, list), PROJECTS_SPILL, withHeaders));
}

/**
 * The fields KZUZ.PROJECT can return, by the names users type. A Map, so that "constructor" or
 * "__proto__" are unknown fields like any other word, not Object.prototype's members.
 */
const PROJECT_FIELDS: ReadonlyMap<string, string> = new Map(
  PROJECT_COLUMNS.flatMap((c) => [
    [c.key.toLowerCase(), c.key],
    [c.header.toLowerCase(), c.key],
  ])
);

function oneProject(index: Index, query: Arg): Project | FunctionError {
  const q = textArg(query, argName("project"), oneOf("LAB complex", "ICIC"));
  if (isError(q)) return q;
  const match = unwrap(resolve(index, q));
  if (isError(match)) return match;
  if (match.projects.length === 1) return match.projects[0];
  if (match.projects.length === 0)
    return excelError("#N/A", {
      id: "errors.data.projects.none",
      values: { name: localized(match.names) },
    });
  const count = match.projects.length;
  return excelError("#N/A", {
    id: "errors.functions.project.several",
    values: {
      query: q.trim(),
      count,
      names: match.projects.map((p) => localName(p.name, lang())).join("; "),
    },
  });
}

/** KZUZ.PROJECT: one field of a project, or the whole project as an entity (a name where entities are not supported). */
export function projectValue(
  index: Index,
  query: Arg,
  field: Arg,
  entities: boolean
): Cell | Excel.EntityCellValue {
  const project = oneProject(index, query);
  if (isError(project)) return project;
  if (omitted(field))
    return entities
      ? (projectCard(index, project, lang()) as unknown as Excel.EntityCellValue)
      : project.name.en;
  const key = PROJECT_FIELDS.get(String(field).trim().toLowerCase());
  if (key === undefined) {
    const name = argName("field");
    const typed = String(field).slice(0, 40);
    const fields = PROJECT_COLUMNS.map((c) => c.key).join(", ");
    return excelError("#VALUE!", {
      id: "errors.functions.field",
      values: { arg: name, field: typed, fields },
    });
  }
  const value = projectCells(index, project)[PROJECT_COLUMNS.findIndex((c) => c.key === key)];
  const name = localName(project.name, lang());
  if (key === "investment" && value === NOT_DISCLOSED)
    return excelError("#N/A", {
      id: "errors.functions.project.noInvestment",
      values: { name },
    });
  if (value === null)
    return excelError("#N/A", {
      id: "errors.functions.project.noField",
      values: { field: key, name },
    });
  return value;
}

/** The columns KZUZ.AGREEMENTS spills. */
const AGREEMENTS_SPILL = [
  "id",
  "title",
  "domain",
  "kind",
  "date",
  "parties",
  "status",
  "summary",
  "source",
] as const;

/** KZUZ.AGREEMENTS: the agreements of a domain (all without one), with a header row unless headers is FALSE. */
export function agreementsTable(index: Index, domain: Arg, headers: Arg): Matrix | FunctionError {
  const withHeaders = flag(headers, "headers", true);
  if (isError(withHeaders)) return withHeaders;
  const wanted = omitted(domain)
    ? undefined
    : textArg(domain, argName("domain"), oneOf("water", "energy"));
  if (isError(wanted)) return wanted;
  const list = unwrap(agreementsByDomain(index, wanted));
  if (isError(list)) return list;
  return emptyToText(pick(agreementsView(index, list), AGREEMENTS_SPILL, withHeaders));
}

/** What to type as a reporter, for messages. */
const REPORTER_EXAMPLE: Message = {
  id: "errors.data.reporter.choices",
};

/** KZUZ.TRADE: a year's full-year turnover in USD, the headline figure or a given reporter's. */
export function tradeValue(index: Index, year: Arg, reporter: Arg): Cell {
  const y = yearArg(year, argName("year"), "2024");
  if (isError(y)) return y;
  const who = omitted(reporter)
    ? undefined
    : textArg(reporter, argName("reporter"), REPORTER_EXAMPLE);
  if (isError(who)) return who;
  const point = unwrap(tradeForYear(index, y, who));
  return isError(point) ? point : point.usd;
}

/** The columns KZUZ.TRADEHISTORY spills. */
const TRADE_SPILL = ["year", "value", "reporter", "source"] as const;

/** KZUZ.TRADEHISTORY: a full-year series (the headline one, or a reporter's): year, value, reporter, source. */
export function tradeHistoryTable(
  index: Index,
  fromYear: Arg,
  toYear: Arg,
  headers: Arg,
  reporter: Arg = null
): Matrix | FunctionError {
  const withHeaders = flag(headers, "headers", true);
  if (isError(withHeaders)) return withHeaders;
  const fromName = argName("firstYear");
  const toName = argName("lastYear");
  const f = optionalYear(fromYear, fromName, "2018");
  if (isError(f)) return f;
  const t = optionalYear(toYear, toName, "2025");
  if (isError(t)) return t;
  if (f !== undefined && t !== undefined && f > t)
    return excelError("#VALUE!", {
      id: "errors.functions.history.order",
      values: { arg: fromName, from: String(f), to: String(t) },
    });
  const who = omitted(reporter)
    ? undefined
    : textArg(reporter, argName("reporter"), REPORTER_EXAMPLE);
  if (isError(who)) return who;
  const points = unwrap(tradeHistory(index, { from: f, to: t, reporter: who }));
  if (isError(points)) return points;
  return emptyToText(
    pick(
      tradeView(
        index,
        points.map((p) => p.observation)
      ),
      TRADE_SPILL,
      withHeaders
    )
  );
}

/** KZUZ.TARGET: the current target in USD, or the target set for a year. */
export function targetValue(index: Index, year: Arg): Cell {
  const y = optionalYear(year, argName("year"), "2030");
  if (isError(y)) return y;
  if (y === undefined) return currentTarget(index).valueUsd;
  const target = unwrap(targetForYear(index, y));
  return isError(target) ? target : target.valueUsd;
}

/** An optional reporter argument, checked as TRADE checks it. */
function optionalReporter(reporter: Arg): string | undefined | FunctionError {
  return omitted(reporter) ? undefined : textArg(reporter, argName("reporter"), REPORTER_EXAMPLE);
}

/**
 * KZUZ.PROGRESS: a year's turnover as a share of the current target (0.497 is 49.7%): the
 * headline figure, or with a reporter that reporter's own figure (default year: its latest).
 */
export function progressValue(index: Index, year: Arg, reporter: Arg = null): Cell {
  const y = optionalYear(year, argName("year"), "2025");
  if (isError(y)) return y;
  const who = optionalReporter(reporter);
  if (isError(who)) return who;
  const p = unwrap(progress(index, y, who));
  return isError(p) ? p : p.ratio;
}

/**
 * KZUZ.REQUIREDGROWTH: the compound yearly growth needed from a year's turnover to reach the
 * target, from the headline figure or, with a reporter, from that reporter's own figure.
 */
export function requiredGrowthValue(index: Index, fromYear: Arg, reporter: Arg = null): Cell {
  const name = argName("startYear");
  const y = optionalYear(fromYear, name, "2025");
  if (isError(y)) return y;
  const who = optionalReporter(reporter);
  if (isError(who)) return who;
  const { targetYear } = currentTarget(index);
  if (y !== undefined && targetYear !== null && y >= targetYear)
    return excelError("#VALUE!", {
      id: "errors.functions.growth.afterTarget",
      values: { arg: name, targetYear: String(targetYear), got: String(y) },
    });
  const g = unwrap(requiredGrowth(index, y, who));
  return isError(g) ? g : g.cagr;
}

/**
 * KZUZ.SOURCE: where a record or a name's figures come from, as one line per source; for
 * "progress" or "headline", which trade series PROGRESS and REQUIREDGROWTH use.
 */
export function sourceText(index: Index, query: Arg): Cell {
  const q = textArg(
    query,
    argName("record"),
    oneOf("lab-complex-kashkadarya", "Tashkent", "progress")
  );
  if (isError(q)) return q;
  const series = seriesUsed(index, q.trim());
  if (series) {
    const t = activeTranslator();
    return [
      ...series.lines.map((line) => t.text(line)),
      ...series.sources.map(sourceCitation),
    ].join("\n");
  }
  const sources = unwrap(sourceFor(index, q.trim()));
  if (isError(sources)) return sources;
  if (sources.length === 0)
    return excelError("#N/A", {
      id: "errors.functions.source.none",
      values: { query: q.trim() },
    });
  return sources.map(sourceCitation).join("\n");
}

/** KZUZ.ASOF: which dataset is in force, in the reader's language (the date in words but in English). */
export function asOfText(snapshot: DatasetSnapshot): string {
  const { dataset, origin } = snapshot;
  const t = activeTranslator();
  return t.t("formulas.asof", {
    version: dataset.version,
    asOf: t.day(dataset.asOf),
    ...(origin.kind === "bundled"
      ? { from: "bundled", url: "", fetchedAt: "" }
      : { from: "url", url: origin.url, fetchedAt: origin.fetchedAt }),
  });
}
