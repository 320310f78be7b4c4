/**
 * Keeping a refreshed dataset, so that the next session of Excel starts with it and formulas
 * never fall back to older figures. Storage is OfficeRuntime.storage where the runtime has it
 * (shared and custom-functions runtimes), else the page's localStorage. What is read back is
 * validated again like any download: a damaged or tampered copy is dropped, never used.
 */
import { loadDownloader } from "../data/download";
import type { DatasetOrigin, DatasetStore } from "../data/store";
import type { Dataset } from "../data/schema";

/** The asynchronous key-value storage both OfficeRuntime.storage and a localStorage wrapper offer. */
export interface KeyValueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

export const SAVED_DATASET_KEY = "kzuz.dataset.v1";

type RuntimeHolder = { OfficeRuntime?: { storage?: KeyValueStorage }; localStorage?: Storage };

/** The storage this runtime offers, or undefined where there is none. */
export function runtimeStorage(
  holder: RuntimeHolder = globalThis as RuntimeHolder
): KeyValueStorage | undefined {
  if (holder.OfficeRuntime?.storage) return holder.OfficeRuntime.storage;
  try {
    const local = holder.localStorage;
    if (!local) return undefined;
    return {
      getItem: async (key) => local.getItem(key),
      setItem: async (key, value) => local.setItem(key, value),
      removeItem: async (key) => local.removeItem(key),
    };
  } catch {
    return undefined; // localStorage access can throw where storage is blocked
  }
}

interface Saved {
  origin: DatasetOrigin;
  dataset: unknown;
}

/** Saves the dataset in force with its origin. Never throws; says whether it worked. */
export async function saveDataset(
  storage: KeyValueStorage | undefined,
  dataset: Dataset,
  origin: DatasetOrigin
): Promise<boolean> {
  if (!storage) return false;
  try {
    const saved: Saved = { origin, dataset };
    await storage.setItem(SAVED_DATASET_KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/** True if `a` is a later dataset than `b`: by as-of date, then by version. */
export function isNewer(a: Dataset, b: Dataset): boolean {
  if (a.asOf !== b.asOf) return a.asOf > b.asOf;
  const parts = (v: string) => v.split(".").map(Number);
  const [x, y] = [parts(a.version), parts(b.version)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
}

function isOrigin(value: unknown): value is DatasetOrigin {
  const o = value as Partial<{ kind: string; url: unknown; fetchedAt: unknown }> | undefined;
  if (o?.kind === "bundled") return true;
  return o?.kind === "url" && typeof o.url === "string" && typeof o.fetchedAt === "string";
}

export type RestoreOutcome = "restored" | "none" | "older" | "invalid";

/** Saves every dataset fetched from a URL as it comes into force. Returns the function that stops it. */
export function keepRefreshedDatasets(
  storage: KeyValueStorage | undefined,
  store: DatasetStore
): () => void {
  return store.subscribe((snapshot) => {
    if (snapshot.origin.kind === "url")
      void saveDataset(storage, snapshot.dataset, snapshot.origin);
  });
}

/**
 * Puts the saved dataset in force if there is one, it is valid, and it is newer than the one in
 * force (an add-in update may bundle later data than an old refresh). An invalid copy is removed.
 */
export async function restoreDataset(
  storage: KeyValueStorage | undefined,
  store: DatasetStore
): Promise<RestoreOutcome> {
  if (!storage) return "none";
  let text: string | null;
  try {
    text = await storage.getItem(SAVED_DATASET_KEY);
  } catch {
    return "none";
  }
  if (text === null) return "none";
  let saved: Partial<Saved>;
  try {
    saved = JSON.parse(text) as Partial<Saved>;
  } catch {
    saved = {};
  }
  // The validator (zod) is a chunk of its own: loaded only when there is a saved copy to check.
  const { parseDataset } = await loadDownloader();
  const parsed = parseDataset(saved.dataset);
  const origin = saved.origin;
  if (!parsed.ok || !isOrigin(origin)) {
    await storage.removeItem(SAVED_DATASET_KEY).catch(() => undefined);
    return "invalid";
  }
  if (!isNewer(parsed.value, store.get().dataset)) return "older";
  store.replace(parsed.value, origin);
  return "restored";
}
