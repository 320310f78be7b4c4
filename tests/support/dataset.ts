/** The dataset for tests: the one loader (the published file, validated), edits of it, and result helpers. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildIndex, type Index } from "../../src/data/query";
import type { DataError, Result } from "../../src/data/result";
import type { Dataset } from "../../src/data/schema";
import { DatasetStore } from "../../src/data/store";
import { parseDataset } from "../../src/data/validate";
import { english } from "./english";

export const DATASET_FILE = join(__dirname, "../../assets/data/kzuz-dataset.json");
export const SCHEMA_FILE = join(__dirname, "../../assets/data/kzuz-dataset.schema.json");

/** The published dataset's text, as committed. */
export const datasetText = readFileSync(DATASET_FILE, "utf8");

/** A fresh deep copy of the published dataset's JSON. */
export function rawCopy(): unknown {
  return JSON.parse(datasetText);
}

type Path = readonly (string | number)[];

/** Marks a field to delete in `edited`. */
export const REMOVE = Symbol("remove");

/** A copy of the published dataset's JSON with the given fields set (or removed with REMOVE). */
export function edited(...changes: [Path, unknown][]): unknown {
  const json = rawCopy();
  for (const [path, value] of changes) {
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], json);
    const last = path[path.length - 1];
    if (typeof parent !== "object" || parent === null)
      throw new Error(`no object at ${path.join(".")}`);
    const record = parent as Record<string | number, unknown>;
    if (value === REMOVE) delete record[last];
    else record[last] = value;
  }
  return json;
}

/** The value of a successful result; fails the test with the error's message otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok)
    throw new Error(`expected success, got ${result.error.kind}: ${english(result.error)}`);
  return result.value;
}

/** The error of a failed result; fails the test on success. */
export function expectDataError<T>(result: Result<T>): DataError {
  if (result.ok)
    throw new Error(`expected an error, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

/** The issues of an invalid-dataset result: each one's path and its message in English. */
export function issuesOf<T>(result: Result<T>): { path: string; message: string }[] {
  const error = expectDataError(result);
  if (error.kind !== "invalid-dataset")
    throw new Error(`expected invalid-dataset, got ${error.kind}: ${english(error)}`);
  return error.issues.map((issue) => ({ path: issue.path, message: english(issue.said) }));
}

let validated: Dataset | undefined;
/**
 * The published dataset (the file the add-in bundles), validated: a fresh copy at each call, so a
 * test may change it. The file is validated once per test file and copied after that (validation
 * took about half the time of the suites that start many workbooks).
 */
export function publishedDataset(): Dataset {
  return copy((validated ??= unwrap(parseDataset(rawCopy())))) as Dataset;
}

/**
 * A deep copy of validated JSON, made in the test's own realm (structuredClone is missing under
 * jsdom, and Node's makes objects whose Array and Object are not the test's).
 */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (typeof value !== "object" || value === null) return value;
  if (Object.getPrototypeOf(value) !== Object.prototype)
    throw new Error(`publishedDataset: cannot copy a ${Object.prototype.toString.call(value)}`);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
  return out;
}

/** A store started with the published dataset. */
export function freshStore(): DatasetStore {
  return new DatasetStore(publishedDataset());
}

let shared: Index | undefined;
/** An index of the published dataset, built once per test file. */
export function publishedIndex(): Index {
  return (shared ??= buildIndex(publishedDataset()));
}
