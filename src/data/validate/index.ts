/**
 * Turning untrusted JSON into a `Dataset`, or into an error that says exactly which field is
 * wrong (`$.projects[2].investment.usd: must not be negative`).
 */
import type { z } from "zod";
import { fail, ok, type DataError, type DatasetIssue, type Result } from "../result";
import { SCHEMA_VERSION, type Dataset } from "../schema";
import { bounded, stripUnsafe } from "../text";
import { DatasetSchema } from "./dataset";
import { pathText } from "./path";

/** At most this many issues are listed in an error (the message gives the total). */
export const MAX_REPORTED_ISSUES = 50;
/** The longest path or issue text shown: a hostile dataset cannot flood the pane. */
export const MAX_ISSUE_TEXT = 200;
/** A dataset may be dated this far ahead of the clock (the user's day can be ahead of UTC's). */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/** Options for `parseDataset`. */
export interface ParseOptions {
  /** The clock a dataset's date is checked against (a dataset cannot be dated in the future). */
  now?: () => Date;
}

type ZodIssue = z.core.$ZodIssue;

/**
 * Validates parsed JSON as a dataset. Checks `schemaVersion` first, so a dataset made for a newer
 * add-in gets an "unsupported-schema-version" error rather than a list of unknown fields.
 */
export function parseDataset(json: unknown, options: ParseOptions = {}): Result<Dataset> {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return invalid([{ path: "$", message: "must be a JSON object" }]);
  const version: unknown = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === "number" && Number.isInteger(version) && version !== SCHEMA_VERSION) {
    return fail({
      kind: "unsupported-schema-version",
      expected: SCHEMA_VERSION,
      got: version,
      id: "errors.data.dataset.schemaVersion",
      values: { got: String(version), expected: String(SCHEMA_VERSION) },
    });
  }
  const parsed = DatasetSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return invalid(parsed.error.issues.flatMap((issue) => describe(issue, [])));
  const latest = new Date((options.now?.() ?? new Date()).getTime() + FUTURE_TOLERANCE_MS);
  const latestDay = latest.toISOString().slice(0, 10);
  if (parsed.data.asOf > latestDay)
    return invalid([
      {
        path: "$.asOf",
        message: `is in the future (${parsed.data.asOf}; today is ${new Date(latest.getTime() - FUTURE_TOLERANCE_MS).toISOString().slice(0, 10)}): a dataset cannot be dated after the day it is read`,
      },
    ]);
  return ok(parsed.data);
}

/** Parses JSON text (a downloaded or pasted dataset) and validates it. */
export function parseDatasetText(text: string, options: ParseOptions = {}): Result<Dataset> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return invalid([{ path: "$", message: `is not valid JSON (${detail})` }]);
  }
  return parseDataset(json, options);
}

/**
 * The summary the pane shows is a catalogue message; each issue's path and text (JSON paths, the
 * schema's and zod's wording) stays English in every language: it names the file's fields and is
 * for whoever corrects the dataset file, who reads it beside the English schema.
 */
function invalid(found: DatasetIssue[]): { ok: false; error: DataError } {
  // Issue text may echo the dataset (a parser's excerpt, a name): cleaned and cut.
  const issues = found.map((i) => ({
    path: bounded(stripUnsafe(i.path), MAX_ISSUE_TEXT),
    message: bounded(stripUnsafe(i.message), MAX_ISSUE_TEXT),
  }));
  const [first] = issues;
  return fail({
    kind: "invalid-dataset",
    issues: issues.slice(0, MAX_REPORTED_ISSUES),
    id: "errors.data.dataset.invalid",
    values: { count: issues.length, path: first.path, detail: first.message },
  });
}

/** One zod issue as dataset issues with full JSON paths; union failures are traced into the branch that fits. */
function describe(issue: ZodIssue, prefix: PropertyKey[]): DatasetIssue[] {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case "unrecognized_keys":
      // The key is the dataset's text, not the add-in's: pathText quotes, shortens and cleans it.
      return issue.keys.map((key) => ({
        path: pathText([...path, key]),
        message: "is not a known field (check its spelling against kzuz-dataset.schema.json)",
      }));
    case "invalid_union": {
      const fitting = issue.errors.filter((branch) =>
        branch.every((i) => i.path.length > 0 || i.code === "unrecognized_keys")
      );
      if (fitting.length === 1) return fitting[0].flatMap((i) => describe(i, path));
      return [{ path: pathText(path), message: issue.message }];
    }
    default:
      // A JSON value is never undefined: undefined input means the field is absent.
      if (issue.code !== "custom" && issue.input === undefined && issue.path.length > 0)
        return [{ path: pathText(path), message: "is required but missing" }];
      return [{ path: pathText(path), message: issue.message }];
  }
}
