/**
 * Results and errors of the data layer. Nothing in src/data throws to its callers: every function
 * that can fail returns a `Result`, and every failure is a `DataError`: a message (its catalogue
 * id and values, src/i18n/message.ts) that tells the user what happened and what to do, and a
 * `kind` for code to tell failures apart. src/data writes no words of its own.
 */
import type { Message, MessageId } from "../i18n/message";

/** Success with a value, or failure with a typed error. */
export type Result<T, E = DataError> = { ok: true; value: T } | { ok: false; error: E };

/**
 * One problem found in a dataset, located by a JSON path such as `$.projects[2].investment.usd`,
 * and what is wrong there: a message (ids and values), said in the reader's language.
 */
export interface DatasetIssue {
  path: string;
  said: Message;
}

/** Everything that can go wrong in the data layer, told apart by `kind`. */
export type DataError = Message &
  (
    | {
        kind: "not-found";
        query: string;
        what: "place" | "domain" | "reporter";
        suggestions: string[];
      }
    | {
        kind: "ambiguous";
        query: string;
        what: "place" | "domain" | "reporter";
        candidates: string[];
      }
    | { kind: "not-disclosed"; query: string; projects: { id: string; name: string }[] }
    | { kind: "invalid-argument" }
    | { kind: "no-data" }
    | { kind: "invalid-dataset"; issues: DatasetIssue[] }
    | { kind: "unsupported-schema-version"; expected: number; got: number }
    | { kind: "fetch-failed"; status?: number }
    | { kind: "timeout" | "too-large" | "insecure-url" | "aborted" | "superseded" }
  );

/** Wraps a value as a success. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps an error as a failure. */
export function fail<E extends DataError>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

/** A failure of a kind that carries only a message (its catalogue id and values). */
export function failWith(
  kind:
    | "invalid-argument"
    | "no-data"
    | "timeout"
    | "too-large"
    | "insecure-url"
    | "aborted"
    | "superseded",
  id: MessageId,
  values?: Message["values"]
): { ok: false; error: DataError } {
  return { ok: false, error: values === undefined ? { kind, id } : { kind, id, values } };
}
