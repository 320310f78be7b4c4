import { useCallback, useSyncExternalStore } from "react";
import type { DatasetSnapshot, DatasetStore } from "../data/store";

/**
 * The store's snapshot, re-rendered on every change (a refresh, a restored dataset): React's own
 * subscription to an outside store, so a change between render and subscribe is never missed and
 * every component reads the same snapshot in one render.
 */
export function useSnapshot(store: DatasetStore): DatasetSnapshot {
  const subscribe = useCallback((changed: () => void) => store.subscribe(changed), [store]);
  const get = useCallback(() => store.get(), [store]);
  return useSyncExternalStore(subscribe, get, get);
}
