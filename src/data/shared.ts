/**
 * The page's one dataset store. webpack bundles the data layer once, in the functions entry,
 * which the task pane's entry depends on (webpack.config.js: dependOn), so this module, and the
 * store it holds, exists once on the page. The functions entry starts the store (./bundled: the bundled dataset is fetched as
 * JSON while the scripts load); the task pane only looks it up, so a pane whose functions failed
 * to start says the data did not load.
 */
import type { DatasetStore } from "./store";

let store: DatasetStore | undefined;
let starting: Promise<DatasetStore | undefined> | undefined;

/** The page's store, once one was installed. */
export function sharedStore(): DatasetStore | undefined {
  return store;
}

/** The page's store: the one installed, else `create()`'s, installed now. */
export function installSharedStore(create: () => DatasetStore): DatasetStore {
  return (store ??= create());
}

/**
 * Starts the page's store with `load` (once: later calls get the first one's promise). Resolves
 * to the store, or to undefined when `load` gave none (the dataset could not be fetched). A store
 * installed before wins and `load` is not called.
 */
export function startSharedStore(
  load: () => Promise<DatasetStore | undefined>
): Promise<DatasetStore | undefined> {
  return (starting ??= store
    ? Promise.resolve(store)
    : load().then((loaded) => (loaded ? installSharedStore(() => loaded) : undefined)));
}

/**
 * The page's store once it is there: resolved at once when it is installed, undefined when
 * nothing started it (the functions entry did not run), else the start's promise.
 */
export function whenSharedStore(): Promise<DatasetStore | undefined> | undefined {
  return store ? Promise.resolve(store) : starting;
}
