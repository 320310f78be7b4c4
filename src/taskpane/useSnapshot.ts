import { useEffect, useState } from "react";
import type { DatasetSnapshot, DatasetStore } from "../data/store";

/** The store's snapshot, re-rendered on every change (a refresh, a restored dataset). */
export function useSnapshot(store: DatasetStore): DatasetSnapshot {
  const [snapshot, setSnapshot] = useState(() => store.get());
  useEffect(() => {
    setSnapshot(store.get());
    return store.subscribe(setSnapshot);
  }, [store]);
  return snapshot;
}
