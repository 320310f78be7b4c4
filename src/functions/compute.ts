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
  sourceFor,
  targetForYear,
  tradeForYear,
  tradeHistory,
  type Index,
} from "../data/query";
import type { Result } from "../data/result";
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
import { excelError, toExcelError, type FunctionError } from "./errors";

/** A value a function can return to a cell or spill. */
export type Scalar = string | number | boolean;
export type Cell = Scalar | FunctionError;
export type Matrix = Scalar[][];

/** An argument as Excel passes it. */
export type Arg = string | number | boolean | null | undefined;

function omitted(arg: Arg): arg is null | undefined {
  return arg === null || arg === undefined || arg === "";
}

function unwrap<T>(result: Result<T>): T | FunctionError {
  return result.ok ? result.value : toExcelError(result.error);
}

function isError(value: unknown): value is FunctionError {
  return (
    value instanceof Error ||
    (typeof value === "object" && value !== null && "code" in value && !Array.isArray(value))
  );
}

/** A text argument (a number is taken as its digits), or #VALUE! saying what to type. */
function textArg(arg: Arg, name: string, example: string): string | FunctionError {
  if (typeof arg === "string" && arg.trim() !== "") return arg;
  if (typeof arg === "number") return String(arg);
  return excelError("#VALUE!", `${name} must be text, such as ${example}.`);
}

function whole(arg: Arg, name: string, example: string): number | FunctionError {
  const n =
    typeof arg === "number"
      ? arg
      : typeof arg === "string" && /^\s*\d+\s*$/.test(arg)
        ? Number(arg)
        : NaN;
  if (Number.isInteger(n)) return n;
  return excelError(
    "#VALUE!",
    `${name} must be a whole number, such as ${example}; got ${JSON.stringify(arg)}.`
  );
}

function optionalWhole(
  arg: Arg,
  name: string,
  example: string
): number | undefined | FunctionError {
  return omitted(arg) ? undefined : whole(arg, name, example);
}

function flag(arg: Arg, name: string, fallback: boolean): boolean | FunctionError {
  if (omitted(arg)) return fallback;
  if (typeof arg === "boolean") return arg;
  if (arg === 1 || arg === 0) return arg === 1;
  if (typeof arg === "string" && /^(true|false)$/i.test(arg.trim()))
    return /^true$/i.test(arg.trim());
  return excelError("#VALUE!", `${name} must be TRUE or FALSE.`);
}

/** Units INVESTMENT can answer in, by the words users type for them. */
const UNITS: readonly [RegExp, number][] = [
  [/^(usd|\$|dollars?|units?|ones?)$/, 1],
  [/^(thousands?|k|usd ?k)$/, 1e3],
  [/^(millions?|m|mn|mln|usd ?m)$/, 1e6],
  [/^(billions?|bn|b|bln|usd ?bn)$/, 1e9],
];

function unitDivisor(arg: Arg): number | FunctionError {
  if (omitted(arg)) return 1;
  const word = String(arg).trim().toLowerCase();
  const unit = UNITS.find(([re]) => re.test(word));
  return unit
    ? unit[1]
    : excelError(
        "#VALUE!",
        `Unknown unit "${String(arg)}". Use "usd" (the default), "thousands", "millions" or "billions".`
      );
}

/** KZUZ.INVESTMENT: the disclosed and estimated investment behind a name, in USD or the unit asked. */
export function investmentValue(index: Index, query: Arg, unit: Arg): Cell {
  const q = textArg(query, "The name", '"Kashka-Daria" or "Tashkent"');
  if (isError(q)) return q;
  const divisor = unitDivisor(unit);
  if (isError(divisor)) return divisor;
  const summary = unwrap(investment(index, q));
  return isError(summary) ? summary : summary.usd / divisor;
}

/** The columns KZUZ.PROJECTS spills. */
export const PROJECTS_SPILL = [
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
    const q = textArg(query, "The name", '"Tashkent" or "logistics"');
    list = isError(q) ? q : unwrap(projects(index, q));
  }
  if (isError(list)) return list;
  return emptyToText(pick(projectsView(index, list), PROJECTS_SPILL, withHeaders));
}

/** The fields KZUZ.PROJECT can return, by the names users type. */
const PROJECT_FIELDS: Readonly<Record<string, string>> = Object.fromEntries(
  PROJECT_COLUMNS.flatMap((c) => [
    [c.key.toLowerCase(), c.key],
    [c.header.toLowerCase(), c.key],
  ])
);

function oneProject(index: Index, query: Arg): Project | FunctionError {
  const q = textArg(query, "The project", '"LAB complex" or "ICIC"');
  if (isError(q)) return q;
  const match = unwrap(resolve(index, q));
  if (isError(match)) return match;
  if (match.projects.length === 1) return match.projects[0];
  if (match.projects.length === 0)
    return excelError("#N/A", `No joint project is located in ${match.name}.`);
  const names = match.projects.map((p) => p.name.en).join("; ");
  return excelError(
    "#N/A",
    `"${q.trim()}" covers ${match.projects.length} projects: name one of them (${names}).`
  );
}

/** A project as an entity value: a card with every field and its source. */
export function projectEntity(index: Index, project: Project): Excel.EntityCellValue {
  const cells = projectCells(index, project);
  const properties: Record<string, Excel.CellValue> = {};
  PROJECT_COLUMNS.forEach((column, i) => {
    const value = cells[i];
    if (value === null) return;
    properties[column.header] =
      typeof value === "number"
        ? ({
            type: "Double",
            basicValue: value,
            numberFormat: column.kind === "usd" ? "$#,##0" : "#,##0",
          } as Excel.DoubleCellValue)
        : ({ type: "String", basicValue: value } as Excel.StringCellValue);
  });
  const ids = new Set([
    ...project.sourceIds,
    ...project.investment.sourceIds,
    ...project.milestones.flatMap((m) => m.sourceIds),
  ]);
  const sources = index.dataset.sources.filter((s) => ids.has(s.id));
  properties["All sources"] = {
    type: "String",
    basicValue: sources.map(sourceCitation).join("\n"),
  } as Excel.StringCellValue;
  return {
    type: "Entity",
    text: project.name.en,
    properties,
    layouts: { card: { title: { property: "Name" } } },
    provider: {
      description: `KZUZ dataset ${index.dataset.version} (as of ${index.dataset.asOf})`,
    },
  } as Excel.EntityCellValue;
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
  if (omitted(field)) return entities ? projectEntity(index, project) : project.name.en;
  const key = PROJECT_FIELDS[String(field).trim().toLowerCase()];
  if (!key)
    return excelError(
      "#VALUE!",
      `Unknown field "${String(field)}". Fields: ${PROJECT_COLUMNS.map((c) => c.key).join(", ")}.`
    );
  const value = projectCells(index, project)[PROJECT_COLUMNS.findIndex((c) => c.key === key)];
  if (key === "investment" && value === NOT_DISCLOSED)
    return excelError(
      "#N/A",
      `Not disclosed: no source gives an investment amount for ${project.name.en}.`
    );
  if (value === null)
    return excelError("#N/A", `Not disclosed: the sources give no ${key} for ${project.name.en}.`);
  return value;
}

/** The columns KZUZ.AGREEMENTS spills. */
export const AGREEMENTS_SPILL = [
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
  const wanted = omitted(domain) ? undefined : textArg(domain, "The domain", '"water" or "energy"');
  if (isError(wanted)) return wanted;
  const list = unwrap(agreementsByDomain(index, wanted));
  if (isError(list)) return list;
  return emptyToText(pick(agreementsView(index, list), AGREEMENTS_SPILL, withHeaders));
}

/** KZUZ.TRADE: a year's turnover in USD, the headline figure or a given reporter's. */
export function tradeValue(index: Index, year: Arg, reporter: Arg): Cell {
  const y = whole(year, "The year", "2024");
  if (isError(y)) return y;
  let who: string | undefined | FunctionError;
  if (omitted(reporter)) who = undefined;
  else who = textArg(reporter, "The reporter", '"Kazakhstan" or "UZ"');
  if (isError(who)) return who;
  const point = unwrap(tradeForYear(index, y, who));
  return isError(point) ? point : point.usd;
}

/** The columns KZUZ.TRADEHISTORY spills. */
export const TRADE_SPILL = ["year", "value", "reporter", "source"] as const;

/** KZUZ.TRADEHISTORY: the headline series, year, value, reporter and source. */
export function tradeHistoryTable(
  index: Index,
  from: Arg,
  to: Arg,
  headers: Arg
): Matrix | FunctionError {
  const withHeaders = flag(headers, "headers", true);
  if (isError(withHeaders)) return withHeaders;
  const f = optionalWhole(from, "The first year", "2018");
  if (isError(f)) return f;
  const t = optionalWhole(to, "The last year", "2025");
  if (isError(t)) return t;
  const points = unwrap(tradeHistory(index, { from: f, to: t }));
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
  const y = optionalWhole(year, "The year", "2030");
  if (isError(y)) return y;
  if (y === undefined) return currentTarget(index).valueUsd;
  const target = unwrap(targetForYear(index, y));
  return isError(target) ? target : target.valueUsd;
}

/** KZUZ.PROGRESS: a year's headline turnover as a share of the current target (0.497 is 49.7%). */
export function progressValue(index: Index, year: Arg): Cell {
  const y = optionalWhole(year, "The year", "2025");
  if (isError(y)) return y;
  const p = unwrap(progress(index, y));
  return isError(p) ? p : p.ratio;
}

/** KZUZ.REQUIREDGROWTH: the compound yearly growth needed from a year's turnover to reach the target. */
export function requiredGrowthValue(index: Index, fromYear: Arg): Cell {
  const y = optionalWhole(fromYear, "The start year", "2025");
  if (isError(y)) return y;
  const g = unwrap(requiredGrowth(index, y));
  return isError(g) ? g : g.cagr;
}

/** KZUZ.SOURCE: where a record or a name's figures come from, as one line per source. */
export function sourceText(index: Index, query: Arg): Cell {
  const q = textArg(query, "The record or name", '"lab-complex-kashkadarya" or "Tashkent"');
  if (isError(q)) return q;
  const sources = unwrap(sourceFor(index, q.trim()));
  if (isError(sources)) return sources;
  if (sources.length === 0) return excelError("#N/A", `No source is recorded for "${q.trim()}".`);
  return sources.map(sourceCitation).join("\n");
}

/** KZUZ.ASOF: which dataset is in force. */
export function asOfText(snapshot: DatasetSnapshot): string {
  const { dataset, origin } = snapshot;
  const from =
    origin.kind === "bundled"
      ? "the copy bundled with the add-in"
      : `${origin.url}, fetched ${origin.fetchedAt}`;
  return `KZUZ dataset ${dataset.version}, as of ${dataset.asOf}, from ${from}`;
}
