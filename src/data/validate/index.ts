/**
 * Turning untrusted JSON into a `Dataset`, or into an error that says exactly which field is
 * wrong (`$.projects[2].investment.usd` and what is wrong there, as a message).
 */
import { message, plain, type Message } from "../../i18n/message";
import { fail, ok, type DataError, type DatasetIssue, type Result } from "../result";
import { SCHEMA_VERSION, type Dataset } from "../schema";
import { bounded, stripUnsafe } from "../text";
import { DatasetSchema } from "./dataset";
import { describeIssue } from "./issues";

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

/**
 * Validates parsed JSON as a dataset. Checks `schemaVersion` first, so a dataset made for a newer
 * add-in gets an "unsupported-schema-version" error rather than a list of unknown fields.
 */
export function parseDataset(json: unknown, options: ParseOptions = {}): Result<Dataset> {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return invalid([{ path: "$", said: message("dataset.notObject") }]);
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
  if (!parsed.success) return invalid(parsed.error.issues.flatMap((issue) => describeIssue(issue)));
  const latest = new Date((options.now?.() ?? new Date()).getTime() + FUTURE_TOLERANCE_MS);
  const latestDay = latest.toISOString().slice(0, 10);
  if (parsed.data.asOf > latestDay)
    return invalid([
      {
        path: "$.asOf",
        said: message("dataset.future", {
          asOf: parsed.data.asOf,
          today: new Date(latest.getTime() - FUTURE_TOLERANCE_MS).toISOString().slice(0, 10),
        }),
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
    return invalid([{ path: "$", said: message("dataset.notJson", { detail }) }]);
  }
  return parseDataset(json, options);
}

/**
 * The summary the pane shows is a catalogue message; each issue is a JSON path (the file's own
 * field names, the same in every language) and a message said in the reader's language.
 */
function invalid(found: DatasetIssue[]): { ok: false; error: DataError } {
  // Issue values may echo the dataset (a parser's excerpt, a name, an id): cleaned and cut.
  const issues = found.map((i) => ({
    path: bounded(stripUnsafe(i.path), MAX_ISSUE_TEXT),
    said: cleaned(i.said),
  }));
  const [first] = issues;
  return fail({
    kind: "invalid-dataset",
    issues: issues.slice(0, MAX_REPORTED_ISSUES),
    id: "errors.data.dataset.invalid",
    values: { count: issues.length, path: first.path, detail: first.said },
  });
}

/** A message with its text values cleaned of unsafe characters and cut to MAX_ISSUE_TEXT. */
function cleaned(said: Message): Message {
  if (said.text !== undefined) return plain(bounded(stripUnsafe(said.text), MAX_ISSUE_TEXT));
  if (said.values === undefined) return said;
  const values = Object.fromEntries(
    Object.entries(said.values).map(([name, v]) => [
      name,
      typeof v === "string" ? bounded(stripUnsafe(v), MAX_ISSUE_TEXT) : v,
    ])
  );
  return { ...said, values };
}
