/**
 * What the test page inside Excel reports, and how the runner reads and prints it. The page sends
 * one message through office-addin-test-helpers' sendTestResults, which puts the JSON in the
 * query string of a POST that office-addin-test-server reads (and it keeps only the first one):
 * so every scenario's result goes in a single, compact message.
 */

/** One scenario's outcome, as the page reports it and the runner prints it. */
export interface ScenarioResult {
  readonly name: string;
  readonly pass: boolean;
  readonly expected: string;
  readonly actual: string;
}

/** The one message the page sends: which Excel ran the scenarios, and their results. */
export interface ResultsMessage {
  readonly host: string;
  readonly results: ScenarioResult[];
}

/** Longest expected/actual text kept per scenario. */
export const MAX_TEXT = 240;

/**
 * Largest message sent, URL-encoded: the test server reads it from the query string, and Node
 * refuses a request whose head exceeds 16 KB (http.maxHeaderSize), which would lose every result.
 */
export const MAX_ENCODED = 12_000;

/** A value as text: strings as they are, anything else as JSON. */
function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "(nothing)";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A value as text for the report, cut to MAX_TEXT characters. */
export function describeValue(value: unknown): string {
  return cut(asText(value), MAX_TEXT);
}

function cut(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, Math.max(0, limit - 1))}…` : text;
}

/**
 * The message, made to fit in MAX_ENCODED: if it is too long, passing scenarios lose their
 * expected and actual texts (the report prints only their names), then failing ones are cut
 * shorter and shorter. Names and pass/fail are always kept.
 */
export function fitForTestServer(message: ResultsMessage, max = MAX_ENCODED): ResultsMessage {
  const size = (m: ResultsMessage) => encodeURIComponent(JSON.stringify(m)).length;
  if (size(message) <= max) return message;
  let fitted: ResultsMessage = {
    ...message,
    results: message.results.map((r) => (r.pass ? { ...r, expected: "", actual: "" } : r)),
  };
  for (const limit of [120, 60, 20, 0]) {
    if (size(fitted) <= max) return fitted;
    fitted = {
      ...fitted,
      results: fitted.results.map((r) => ({
        ...r,
        expected: cut(r.expected, limit),
        actual: cut(r.actual, limit),
      })),
    };
  }
  return fitted;
}

/**
 * Adds a result to `list` (the role of addTestResult in Microsoft's add-in templates). Passes if
 * `pass` says so or, when `pass` is omitted, if expected and actual read the same in full (the
 * texts sent are cut to MAX_TEXT, the comparison is not).
 */
export function addTestResult(
  list: ScenarioResult[],
  name: string,
  expected: unknown,
  actual: unknown,
  pass?: boolean
): ScenarioResult {
  const same = asText(expected) === asText(actual);
  const result = {
    name,
    pass: pass ?? same,
    expected: describeValue(expected),
    actual: describeValue(actual),
  };
  list.push(result);
  return result;
}

function isResult(value: unknown): value is ScenarioResult {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.name === "string" &&
    typeof r.pass === "boolean" &&
    typeof r.expected === "string" &&
    typeof r.actual === "string"
  );
}

/** Reads what the test server received; anything malformed is an error that says what was wrong. */
export function parseResults(
  data: unknown
): { ok: true; value: ResultsMessage } | { ok: false; error: string } {
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return {
      ok: false,
      error: `expected an object with "host" and "results", got ${describeValue(data)}`,
    };
  const { host, results } = data as Record<string, unknown>;
  if (typeof host !== "string") return { ok: false, error: 'the message has no "host" text' };
  if (!Array.isArray(results)) return { ok: false, error: 'the message has no "results" list' };
  const bad = results.findIndex((r) => !isResult(r));
  if (bad >= 0)
    return {
      ok: false,
      error: `result ${bad + 1} lacks a name, pass, expected or actual: ${describeValue(results[bad])}`,
    };
  if (results.length === 0) return { ok: false, error: "the page reported no scenario at all" };
  return { ok: true, value: { host, results: results as ScenarioResult[] } };
}

/** The lines to print for a run, and its exit code: 0 only if every scenario passed. */
export function reportResults(message: ResultsMessage): { lines: string[]; exitCode: number } {
  const lines = [`Scenarios run in ${message.host}:`];
  for (const r of message.results) {
    lines.push(`  ${r.pass ? "PASS" : "FAIL"}  ${r.name}`);
    if (!r.pass) lines.push(`        expected: ${r.expected}`, `        actual:   ${r.actual}`);
  }
  const failed = message.results.filter((r) => !r.pass).length;
  const total = message.results.length;
  lines.push(
    failed === 0
      ? `All ${total} scenarios passed in real Excel.`
      : `${failed} of ${total} scenarios failed in real Excel.`
  );
  return { lines, exitCode: failed === 0 ? 0 : 1 };
}
