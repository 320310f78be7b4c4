/**
 * What the add-in remembers about refreshes. In the workbook's settings (they travel with the
 * workbook): when each table was last written and from which dataset version, and which dataset
 * was in force before the last refresh. The previous dataset itself (about 200 kB) is kept in the
 * add-in's runtime storage, like the refreshed dataset (./storage): the workbook's settings say
 * which version may be restored, so a copy left by another workbook is never taken for this one's.
 */
import { loadDownloader } from "../data/download";
import type { Dataset } from "../data/schema";
import { VIEW_KEYS, type ViewKey } from "../data/views/keys";
import type { KeyValueStorage } from "./backend";
import type { SettingsBag } from "./settings";

/** When a table was last written, and the dataset it was written from. */
interface TableRefresh {
  /** ISO time, UTC. */
  readonly at: string;
  readonly version: string;
  readonly asOf: string;
}

/** The dataset in force before the last refresh that changed it: what "restore" puts back. */
export interface PreviousDataset {
  readonly version: string;
  readonly asOf: string;
  /** Where it had been downloaded from; absent for the copy that comes with the add-in. */
  readonly url?: string;
}

const REFRESHED_KEY = "kzuz.refreshed";
const PREVIOUS_KEY = "kzuz.previousDataset";
/** The runtime-storage slot of the previous dataset's content. */
export const PREVIOUS_SLOT_KEY = "kzuz.dataset.v2.previous";

const isText = (v: unknown, max = 200): v is string => typeof v === "string" && v.length <= max;

function asRefresh(value: unknown): TableRefresh | undefined {
  const v = value as Partial<Record<keyof TableRefresh, unknown>> | null | undefined;
  return v && isText(v.at) && isText(v.version) && isText(v.asOf)
    ? { at: v.at, version: v.version, asOf: v.asOf }
    : undefined;
}

/** The last refresh of each table, as saved; anything malformed is left out. */
export function readRefreshes(
  bag: SettingsBag | undefined
): Partial<Record<ViewKey, TableRefresh>> {
  const saved = bag?.get(REFRESHED_KEY);
  const out: Partial<Record<ViewKey, TableRefresh>> = {};
  if (!saved || typeof saved !== "object") return out;
  for (const key of VIEW_KEYS) {
    const record = asRefresh((saved as Record<string, unknown>)[key]);
    if (record) out[key] = record;
  }
  return out;
}

/** The dataset restore would put back, if one was saved and is well formed. */
export function readPrevious(bag: SettingsBag | undefined): PreviousDataset | undefined {
  const v = bag?.get(PREVIOUS_KEY) as Partial<Record<keyof PreviousDataset, unknown>> | undefined;
  if (!v || typeof v !== "object" || !isText(v.version) || !isText(v.asOf)) return undefined;
  return isText(v.url, 2000)
    ? { version: v.version, asOf: v.asOf, url: v.url }
    : { version: v.version, asOf: v.asOf };
}

function save(bag: SettingsBag): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      bag.saveAsync((result) => resolve(String(result.status) === "succeeded"));
    } catch {
      resolve(false);
    }
  });
}

/**
 * Saves when `keys` were written and from which dataset, and (when given) which dataset was in
 * force before. Resolves false if Office refused or there are no settings.
 */
export function recordRefresh(
  bag: SettingsBag | undefined,
  keys: readonly ViewKey[],
  refresh: TableRefresh,
  previous?: PreviousDataset
): Promise<boolean> {
  if (!bag) return Promise.resolve(false);
  const all: Partial<Record<ViewKey, TableRefresh>> = { ...readRefreshes(bag) };
  for (const key of keys) all[key] = refresh;
  bag.set(REFRESHED_KEY, all);
  if (previous) bag.set(PREVIOUS_KEY, previous);
  return save(bag);
}

/** Keeps the content of the dataset being replaced, so it can be restored. Never throws. */
export async function keepPrevious(
  storage: KeyValueStorage | undefined,
  dataset: Dataset
): Promise<boolean> {
  if (!storage) return false;
  try {
    await storage.setItem(PREVIOUS_SLOT_KEY, JSON.stringify(dataset));
    return true;
  } catch {
    await storage.removeItem(PREVIOUS_SLOT_KEY).catch(() => undefined);
    return false;
  }
}

/**
 * The kept previous dataset, validated again like any download, if it is the one `expected`
 * names; else undefined (nothing kept, another workbook's, damaged). Never throws.
 */
export async function loadPrevious(
  storage: KeyValueStorage | undefined,
  expected: PreviousDataset
): Promise<Dataset | undefined> {
  try {
    const text = await storage?.getItem(PREVIOUS_SLOT_KEY);
    if (!text) return undefined;
    const { parseDatasetText } = await loadDownloader();
    const parsed = parseDatasetText(text);
    if (!parsed.ok) return undefined;
    const d = parsed.value;
    return d.version === expected.version && d.asOf === expected.asOf ? d : undefined;
  } catch {
    return undefined;
  }
}
