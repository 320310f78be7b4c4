/**
 * The KZUZ functions as the task pane offers them. Names, parameters and descriptions come from
 * one place only: the JSDoc of ./functions.ts, which the build turns into functions.json (read
 * here by `parseMetadata`). This module adds what the JSDoc cannot say: which picker fills each
 * parameter, and how to compute a preview with the very code the function runs (./compute).
 * tests/taskpane/formulas/catalogue.test.ts fails if the two disagree.
 */
import type { DatasetSnapshot } from "../data/store";
import { fail, ok, type Result } from "../data/result";
import {
  agreementsTable,
  asOfText,
  investmentValue,
  progressValue,
  projectsTable,
  projectValue,
  requiredGrowthValue,
  sourceText,
  targetValue,
  tradeHistoryTable,
  tradeValue,
  type Arg,
  type Cell,
  type Matrix,
} from "./compute";
import { entityValuesSupported } from "./runtime";

/** What fills a parameter in the builder. */
export type ArgKind =
  /** A project, place or sector name, matched as the functions match it. */
  | "name"
  /** One project (or a place with one project). */
  | "project"
  /** A record id or a name (KZUZ.SOURCE). */
  | "record"
  | "unit"
  | "field"
  | "domain"
  /** A year with trade figures. */
  | "trade-year"
  /** A year with a trade target. */
  | "target-year"
  /** Whose trade figures: one of the reporters KZUZ.TRADE accepts. */
  | "reporter"
  | "headers"
  /** A parameter the builder has no picker for: typed as text. */
  | "text";

/** What a function returns, for the preview's wording. */
export type ResultKind = "usd" | "fraction" | "text" | "table" | "project";

export type Value = Cell | Matrix | Excel.EntityCellValue;

interface Binding {
  /** The picker of each parameter, by its name in functions.ts, in order. */
  readonly params: Readonly<Record<string, ArgKind>>;
  readonly result: ResultKind;
  /** The value the function gives for these arguments (in parameter order). */
  evaluate(snapshot: DatasetSnapshot, args: readonly Arg[]): Value;
}

/** One binding per function id of functions.json. */
export const BINDINGS: Readonly<Record<string, Binding>> = {
  INVESTMENT: {
    params: { query: "name", unit: "unit" },
    result: "usd",
    evaluate: (s, [query, unit]) => investmentValue(s.index, query, unit),
  },
  PROJECTS: {
    params: { query: "name", headers: "headers" },
    result: "table",
    evaluate: (s, [query, headers]) => projectsTable(s.index, query, headers),
  },
  PROJECT: {
    params: { query: "project", field: "field" },
    result: "project",
    evaluate: (s, [query, field]) => projectValue(s.index, query, field, entityValuesSupported()),
  },
  AGREEMENTS: {
    params: { domain: "domain", headers: "headers" },
    result: "table",
    evaluate: (s, [domain, headers]) => agreementsTable(s.index, domain, headers),
  },
  TRADE: {
    params: { year: "trade-year", reporter: "reporter" },
    result: "usd",
    evaluate: (s, [year, reporter]) => tradeValue(s.index, year, reporter),
  },
  TRADEHISTORY: {
    params: {
      from_year: "trade-year",
      to_year: "trade-year",
      headers: "headers",
      reporter: "reporter",
    },
    result: "table",
    evaluate: (s, [from, to, headers, reporter]) =>
      tradeHistoryTable(s.index, from, to, headers, reporter),
  },
  TARGET: {
    params: { year: "target-year" },
    result: "usd",
    evaluate: (s, [year]) => targetValue(s.index, year),
  },
  PROGRESS: {
    params: { year: "trade-year", reporter: "reporter" },
    result: "fraction",
    evaluate: (s, [year, reporter]) => progressValue(s.index, year, reporter),
  },
  REQUIREDGROWTH: {
    params: { from_year: "trade-year", reporter: "reporter" },
    result: "fraction",
    evaluate: (s, [fromYear, reporter]) => requiredGrowthValue(s.index, fromYear, reporter),
  },
  SOURCE: {
    params: { query: "record" },
    result: "text",
    evaluate: (s, [query]) => sourceText(s.index, query),
  },
  ASOF: {
    params: {},
    result: "text",
    evaluate: (s) => asOfText(s),
  },
};

export interface ParamInfo {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
  readonly kind: ArgKind;
}

export interface FunctionInfo {
  /** "INVESTMENT": the name after KZUZ. */
  readonly id: string;
  readonly description: string;
  readonly helpUrl?: string;
  readonly params: readonly ParamInfo[];
  /** Absent for a function this module has no binding for: no preview then. */
  readonly binding?: Binding;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Why functions.json cannot be read (the catalogue's select keys), and the function at fault. */
type Unreadable = "noList" | "noId" | "noName" | "empty";

function invalid(reason: Unreadable, fn = ""): Result<never> {
  return fail({
    kind: "invalid-argument",
    id: "errors.functions.metadata",
    values: { reason, fn },
  });
}

/**
 * Whether a function of functions.json is Excel's load service for linked cards
 * (`"options": { "linkedEntityLoadService": true }`): Excel calls it, users never do ("They don't
 * appear to end users for usage in formulas",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-linked-entity-cell-values).
 */
function isLoadService(f: Record<string, unknown>): boolean {
  return isObject(f.options) && f.options.linkedEntityLoadService === true;
}

/**
 * The functions of functions.json (as custom-functions-metadata writes it) that users write in
 * formulas, each with its binding: not the load service of linked cards. Excel's own parameter
 * (the streaming invocation) is not in the file.
 */
export function parseMetadata(json: unknown): Result<FunctionInfo[]> {
  if (!isObject(json) || !Array.isArray(json.functions)) return invalid("noList");
  const list: FunctionInfo[] = [];
  for (const f of json.functions as unknown[]) {
    if (!isObject(f) || typeof f.id !== "string" || !Array.isArray(f.parameters ?? []))
      return invalid("noId");
    if (isLoadService(f)) continue;
    const binding = BINDINGS[f.id];
    const params: ParamInfo[] = [];
    for (const p of (f.parameters ?? []) as unknown[]) {
      if (!isObject(p) || typeof p.name !== "string") return invalid("noName", f.id);
      params.push({
        name: p.name,
        description: typeof p.description === "string" ? p.description : "",
        optional: p.optional === true,
        kind: binding?.params[p.name] ?? "text",
      });
    }
    list.push({
      id: f.id,
      description: typeof f.description === "string" ? f.description : "",
      helpUrl: typeof f.helpUrl === "string" ? f.helpUrl : undefined,
      params,
      // A binding whose parameters differ from the file's would compute the wrong thing.
      binding:
        binding && Object.keys(binding.params).join() === params.map((p) => p.name).join()
          ? binding
          : undefined,
    });
  }
  return list.length > 0 ? ok(list) : invalid("empty");
}
