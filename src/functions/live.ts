/**
 * Streaming: every KZUZ function is a streaming function fed by the shared dataset store. It
 * answers at once from the dataset in force, then again whenever the store changes (a refresh
 * from the task pane, or the saved dataset loading at start-up), so formulas update without the
 * user recalculating. Nothing a computation throws escapes to Excel.
 */
import type { DatasetSnapshot, DatasetStore } from "../data/store";
import { excelError } from "./errors";

/** The part of CustomFunctions.StreamingInvocation this module uses. */
export interface Invocation<T> {
  setResult(value: T | CustomFunctions.Error): void;
  onCanceled?: () => void;
}

/** Feeds `invocation` with `compute` of the snapshot in force, now and after every change, until Excel cancels it. */
export function live<T>(
  store: DatasetStore,
  invocation: Invocation<T>,
  compute: (snapshot: DatasetSnapshot) => T | CustomFunctions.Error
): void {
  let last: string | undefined;
  const push = (snapshot: DatasetSnapshot) => {
    let value: T | CustomFunctions.Error;
    try {
      value = compute(snapshot);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      value = excelError(
        "#N/A",
        `KZUZ could not compute this (${reason}). Please report it with the formula.`
      );
    }
    // Excel redraws on every setResult: skip updates that change nothing.
    const key = stableKey(value);
    if (key !== undefined && key === last) return;
    last = key;
    invocation.setResult(value);
  };
  push(store.get());
  invocation.onCanceled = store.subscribe(push);
}

function stableKey(value: unknown): string | undefined {
  try {
    return value instanceof Error
      ? `error:${(value as { code?: string }).code}:${value.message}`
      : JSON.stringify(value);
  } catch {
    return undefined;
  }
}
