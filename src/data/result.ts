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

/**
 * What lets a message be said in another language while src/data stays language-free: `id` is
 * the message's key in the "errors" catalogue (src/i18n/messages/<lang>/errors.json) and `values`
 * fill its placeholders. The English catalogue renders exactly `message` (a test checks it).
 * Values are plain text or counts (a number only where a plural or select chooses on it, or where
 * the language writes the number its own way; years and other printed numbers are text, so no
 * language regroups their digits), or a phrase of their own (a period, an amount, a list), said
 * in the same language first. The shape is src/i18n/translator.ts's `Translatable`, written out
 * here because src/data does not import src/i18n.
 */
export interface Said {
  message: string;
  id?: string;
  values?: Readonly<Record<string, SaidValue>>;
  /** The dataset's own name in its languages: said in the reader's, else English (`message`). */
  localized?: Readonly<Record<string, string | undefined>> & { en: string };
}

/** A value of a `Said`: text, a number, or a nested phrase. */
type SaidValue = string | number | Said;

/** Everything that can go wrong in the data layer, told apart by `kind`. */
export type DataError = Said &
  (
    | { kind: "not-found"; query: string; what: string; suggestions: string[] }
    | { kind: "ambiguous"; query: string; what: string; candidates: string[] }
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

/** A failure of a kind that carries only a message (with its catalogue id and values). */
export function failWith(
  kind:
    | "invalid-argument"
    | "no-data"
    | "timeout"
    | "too-large"
    | "insecure-url"
    | "aborted"
    | "superseded",
  message: string,
  id?: string,
  values?: Said["values"]
): { ok: false; error: DataError } {
  return { ok: false, error: id === undefined ? { kind, message } : { kind, message, id, values } };
}
