/** Shared helpers for the functions tests: the bundled dataset's index, and a recording invocation. */
import { bundledDataset } from "../../src/data/bundled";
import { DatasetStore } from "../../src/data/store";
import type { Dataset } from "../../src/data/schema";

export function bundled(): Dataset {
  const result = bundledDataset();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export function freshStore(): DatasetStore {
  return new DatasetStore(bundled());
}

/** An Excel error as the functions return it outside Excel: { code, message }. */
export function errorOf(value: unknown): { code: string; message: string } {
  if (typeof value !== "object" || value === null || !("code" in value))
    throw new Error(`not an error: ${JSON.stringify(value)}`);
  return {
    code: String((value as { code: unknown }).code),
    message: String((value as { message?: unknown }).message),
  };
}

export class RecordingInvocation<T> {
  readonly results: unknown[] = [];
  onCanceled?: () => void;
  setResult(value: T | CustomFunctions.Error): void {
    this.results.push(value);
  }
  get last(): unknown {
    return this.results[this.results.length - 1];
  }
}
