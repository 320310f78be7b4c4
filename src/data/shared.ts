/**
 * The page's one dataset store. webpack puts the data layer in one chunk shared by the functions
 * and the task pane (webpack.config.js: runtimeChunk, splitChunks), so this module, and the store
 * it holds, exists once on the page. The functions entry starts the store (./bundled); the task
 * pane only looks it up, so a pane whose functions failed to start says the data did not load.
 */
import type { DatasetStore } from "./store";

let store: DatasetStore | undefined;

/** The page's store, once one was installed. */
export function sharedStore(): DatasetStore | undefined {
  return store;
}

/** The page's store: the one installed, else `create()`'s, installed now. */
export function installSharedStore(create: () => DatasetStore): DatasetStore {
  return (store ??= create());
}
