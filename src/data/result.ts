/**
 * Results and errors of the data layer. Nothing in src/data throws to its callers: every function
 * that can fail returns a `Result`, and every failure is a `DataError` whose `message` is a plain
 * sentence that tells the user what happened and what to do.
 */

/** Success with a value, or failure with a typed error. */
export type Result<T, E = DataError> = { ok: true; value: T } | { ok: false; error: E };

/** One problem found in a dataset, located by a JSON path such as `$.projects[2].investment.usd`. */
export interface DatasetIssue {
  path: string;
  message: string;
}

/** Everything that can go wrong in the data layer, told apart by `kind`. */
export type DataError =
  | { kind: "not-found"; query: string; what: string; suggestions: string[]; message: string }
  | { kind: "ambiguous"; query: string; what: string; candidates: string[]; message: string }
  | {
      kind: "not-disclosed";
      query: string;
      projects: { id: string; name: string }[];
      message: string;
    }
  | { kind: "invalid-argument"; message: string }
  | { kind: "no-data"; message: string }
  | { kind: "invalid-dataset"; issues: DatasetIssue[]; message: string }
  | { kind: "unsupported-schema-version"; expected: number; got: number; message: string }
  | { kind: "fetch-failed"; status?: number; message: string }
  | { kind: "timeout" | "too-large" | "insecure-url" | "aborted" | "superseded"; message: string };

/** The `kind`s of `DataError`. */
export type DataErrorKind = DataError["kind"];

/** Wraps a value as a success. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps an error as a failure. */
export function fail<E extends DataError>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

/** A failure of a kind that carries only a message. */
export function failWith(
  kind:
    | "invalid-argument"
    | "no-data"
    | "timeout"
    | "too-large"
    | "insecure-url"
    | "aborted"
    | "superseded",
  message: string
): { ok: false; error: DataError } {
  return { ok: false, error: { kind, message } };
}
