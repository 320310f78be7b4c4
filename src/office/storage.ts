/**
 * Keeping a refreshed dataset, so that the next session of Excel starts with it and formulas
 * never fall back to older figures.
 *
 * A dataset belongs to the address it came from. The address is the workbook's (its document
 * settings), and storage is the add-in's, shared by every workbook: so a workbook restores only
 * a dataset saved from its own address. The add-in's own default address has a slot of its own,
 * shared by every workbook that uses the default; one more slot keeps the last other address,
 * and is used only by a workbook naming that very address.
 *
 * What is read back is validated again like any download: a damaged or tampered copy is removed,
 * never used. The backend (./backend) is chosen when it is used, not when this code loads.
 */
import { loadDownloader } from "../data/download";
import type { Dataset } from "../data/schema";
import type { DatasetOrigin, DatasetStore } from "../data/store";
import { defaultDatasetUrl, normalizeDatasetUrl } from "../data/url";
import { officeReady } from "./host";
import { documentSettings, readSettings } from "./settings";
import { LEGACY_KEYS, runtimeStorage, type KeyValueStorage } from "./backend";

export { runtimeStorage, type KeyValueStorage };

/** The slot of the add-in's own published dataset, shared by every workbook using the default. */
export const DEFAULT_SLOT_KEY = "kzuz.dataset.v2.default";
/** The slot of the last dataset refreshed from any other address. */
export const OTHER_SLOT_KEY = "kzuz.dataset.v2.other";

/** The addresses that decide which saved dataset a workbook may use. */
export interface Addresses {
  /** The workbook's dataset address (its setting, else the default); undefined if unknown. */
  workbook: string | undefined;
  /** The add-in's own published dataset; undefined where the page has no address. */
  default: string | undefined;
}

/** The addresses of this page's workbook, once Office has initialised (settings need it). */
export async function workbookAddresses(): Promise<Addresses> {
  await officeReady();
  const base = (globalThis as { document?: { baseURI?: string } }).document?.baseURI;
  let fallback: string | undefined;
  try {
    fallback = base ? defaultDatasetUrl(base) : undefined;
  } catch {
    fallback = undefined;
  }
  return { workbook: readSettings(documentSettings()).datasetUrl ?? fallback, default: fallback };
}

/** The slot a dataset from `url` is kept in. */
function slotFor(url: string, addresses: Addresses): string {
  return addresses.default !== undefined &&
    normalizeDatasetUrl(url) === normalizeDatasetUrl(addresses.default)
    ? DEFAULT_SLOT_KEY
    : OTHER_SLOT_KEY;
}

interface Saved {
  origin: DatasetOrigin & { kind: "url" };
  dataset: unknown;
}

/**
 * Saves a dataset fetched from `origin.url` in its address's slot. Never throws; says whether it
 * worked. When the save fails (storage full or busy) the slot's older copy is removed, so the
 * next session cannot restore a dataset other than the last one in force.
 */
export async function saveDataset(
  storage: KeyValueStorage | undefined,
  dataset: Dataset,
  origin: DatasetOrigin & { kind: "url" },
  addresses: Addresses
): Promise<boolean> {
  if (!storage) return false;
  const key = slotFor(origin.url, addresses);
  try {
    const saved: Saved = { origin, dataset };
    await storage.setItem(key, JSON.stringify(saved));
    return true;
  } catch {
    await removeQuietly(storage, key);
    return false;
  }
}

/** Removes a key, whatever the storage does: rejects, or throws before returning a promise (R2). */
async function removeQuietly(storage: KeyValueStorage, key: string): Promise<void> {
  try {
    await storage.removeItem(key);
  } catch {
    // Nothing more to do: the caller reports the save as failed.
  }
}

/**
 * True if `a` is a later release than `b`: by version, and by as-of date only when the versions
 * are the same. A date alone never makes a dataset win over a newer release.
 */
export function isNewer(a: Dataset, b: Dataset): boolean {
  const parts = (v: string) => v.split(".").map(Number);
  const [x, y] = [parts(a.version), parts(b.version)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return a.asOf > b.asOf;
}

function isUrlOrigin(value: unknown): value is Saved["origin"] {
  const o = value as Partial<{ kind: string; url: unknown; fetchedAt: unknown }> | null | undefined;
  return o?.kind === "url" && typeof o.url === "string" && typeof o.fetchedAt === "string";
}

/** Saves every dataset fetched from a URL as it comes into force. Returns the function that stops it. */
export function keepRefreshedDatasets(
  storage: KeyValueStorage | undefined,
  store: DatasetStore,
  addresses: () => Promise<Addresses> = workbookAddresses
): () => void {
  return store.subscribe((snapshot) => {
    const { origin, dataset } = snapshot;
    if (origin.kind === "url")
      void addresses()
        .then((known) => saveDataset(storage, dataset, origin, known))
        .catch(() => undefined);
  });
}

type RestoreOutcome = "restored" | "none" | "older" | "invalid";

/**
 * Puts the dataset saved from the workbook's address in force, if there is one, it is valid, and
 * it is a later release than the one in force (an add-in update may bundle later data than an
 * old refresh). An invalid copy is removed. Never rejects.
 */
export async function restoreDataset(
  storage: KeyValueStorage | undefined,
  store: DatasetStore,
  addresses: () => Promise<Addresses> = workbookAddresses,
  now: () => Date = () => new Date()
): Promise<RestoreOutcome> {
  if (!storage) return "none";
  try {
    const known = await addresses();
    await migrateLegacy(storage, known);
    if (known.workbook === undefined) return "none";
    const key = slotFor(known.workbook, known);
    const text = await storage.getItem(key);
    if (text === null) return "none";
    let saved: unknown;
    try {
      saved = JSON.parse(text);
    } catch {
      saved = undefined;
    }
    const origin = (saved as Partial<Saved> | null | undefined)?.origin;
    // Another workbook's copy; both addresses compared as the URL parser writes them (G7).
    if (
      isUrlOrigin(origin) &&
      normalizeDatasetUrl(origin.url) !== normalizeDatasetUrl(known.workbook)
    )
      return "none";
    // The validator (zod) is a chunk of its own: loaded only when there is a saved copy to check.
    const { parseDataset } = await loadDownloader();
    const parsed = parseDataset((saved as Partial<Saved> | null | undefined)?.dataset, { now });
    if (!parsed.ok || !isUrlOrigin(origin)) {
      await removeQuietly(storage, key);
      return "invalid";
    }
    if (!isNewer(parsed.value, store.get().dataset)) return "older";
    store.replace(parsed.value, origin);
    return "restored";
  } catch {
    return "none"; // storage unreadable or the validator chunk failed to load: keep what is in force
  }
}

/**
 * Moves a copy kept under an earlier key (one slot for every address) into its address's slot,
 * unless that slot already holds a copy, and removes the old key.
 */
async function migrateLegacy(storage: KeyValueStorage, addresses: Addresses): Promise<void> {
  for (const legacy of LEGACY_KEYS) {
    const text = await storage.getItem(legacy);
    if (text === null) continue;
    let origin: unknown;
    try {
      origin = (JSON.parse(text) as Partial<Saved> | null)?.origin;
    } catch {
      origin = undefined;
    }
    if (isUrlOrigin(origin)) {
      const key = slotFor(origin.url, addresses);
      if ((await storage.getItem(key)) === null) await storage.setItem(key, text);
    }
    await storage.removeItem(legacy);
  }
}
