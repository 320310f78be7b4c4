/**
 * The page's one dataset store. The custom-functions bundle and the task-pane bundle share one
 * runtime but each carry their own copy of the data modules; the store lives on `globalThis`
 * so both see the same one. The functions bundle installs it (./bundled) and loads first; the
 * task pane only looks it up, and imports nothing but this module and types, so its bundle
 * carries neither the dataset nor the validator.
 */
import type { DatasetStore } from "./store";

const SHARED_KEY = Symbol.for("kzuz.datasetStore");

type SharedHolder = { [SHARED_KEY]?: DatasetStore };

/** The page's one store, if one was installed (under `Symbol.for("kzuz.datasetStore")`). */
export function sharedStore(): DatasetStore | undefined {
  return (globalThis as typeof globalThis & SharedHolder)[SHARED_KEY];
}

/** The page's store: the one installed, else `create()`'s, installed now. */
export function installSharedStore(create: () => DatasetStore): DatasetStore {
  const holder = globalThis as typeof globalThis & SharedHolder;
  return (holder[SHARED_KEY] ??= create());
}
