import { DatasetStore } from "../../src/data/store";
import type { Dataset } from "../../src/data/schema";
import {
  SAVED_DATASET_KEY,
  isNewer,
  keepRefreshedDatasets,
  restoreDataset,
  runtimeStorage,
  saveDataset,
  type KeyValueStorage,
} from "../../src/office/storage";
import { publishedDataset } from "../support/dataset";

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  async getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  async setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  async removeItem(key: string) {
    this.items.delete(key);
  }
}

function later(version = "2026.12.0", asOf = "2026-11-27"): Dataset {
  return { ...structuredClone(publishedDataset()), version, asOf } as Dataset;
}

const ORIGIN = {
  kind: "url" as const,
  url: "https://example.org/kzuz.json",
  fetchedAt: "2026-12-01T10:00:00.000Z",
};

describe("keeping a refreshed dataset", () => {
  test("a refresh is saved, and the next session starts with it", async () => {
    const storage = new MemoryStorage();
    const first = new DatasetStore(publishedDataset());
    keepRefreshedDatasets(storage, first);
    first.replace(later(), ORIGIN);
    await Promise.resolve();
    expect(storage.items.has(SAVED_DATASET_KEY)).toBe(true);

    const next = new DatasetStore(publishedDataset());
    await expect(restoreDataset(storage, next)).resolves.toBe("restored");
    expect(next.get().dataset.version).toBe("2026.12.0");
    expect(next.get().origin).toEqual(ORIGIN);
  });

  test("the bundled dataset is not saved (nothing to keep)", async () => {
    const storage = new MemoryStorage();
    const store = new DatasetStore(publishedDataset());
    keepRefreshedDatasets(storage, store);
    store.replace(publishedDataset(), { kind: "bundled" });
    await Promise.resolve();
    expect(storage.items.size).toBe(0);
  });

  test("a saved dataset older than the bundled one is not used", async () => {
    const storage = new MemoryStorage();
    await saveDataset(storage, later("2026.1.0", publishedDataset().asOf), ORIGIN);
    const store = new DatasetStore(publishedDataset());
    await expect(restoreDataset(storage, store)).resolves.toBe("older");
    expect(store.get().origin).toEqual({ kind: "bundled" });
  });

  test.each([
    ["not JSON", "{oops"],
    ["an invalid dataset", JSON.stringify({ origin: ORIGIN, dataset: { schemaVersion: 1 } })],
    ["a forged origin", JSON.stringify({ origin: { kind: "url" }, dataset: later() })],
  ])("a damaged copy (%s) is dropped and removed", async (_label, text) => {
    const storage = new MemoryStorage();
    storage.items.set(SAVED_DATASET_KEY, text);
    const store = new DatasetStore(publishedDataset());
    await expect(restoreDataset(storage, store)).resolves.toBe("invalid");
    expect(storage.items.has(SAVED_DATASET_KEY)).toBe(false);
    expect(store.get().origin).toEqual({ kind: "bundled" });
  });

  test("no storage: nothing restored, nothing saved, nothing thrown", async () => {
    const store = new DatasetStore(publishedDataset());
    await expect(restoreDataset(undefined, store)).resolves.toBe("none");
    await expect(saveDataset(undefined, publishedDataset(), ORIGIN)).resolves.toBe(false);
  });

  test("runtimeStorage prefers OfficeRuntime.storage, then localStorage", async () => {
    const office = new MemoryStorage();
    expect(runtimeStorage({ OfficeRuntime: { storage: office } })).toBe(office);
    const map = new Map<string, string>();
    const local = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    } as unknown as Storage;
    const wrapped = runtimeStorage({ localStorage: local })!;
    await wrapped.setItem("a", "1");
    await expect(wrapped.getItem("a")).resolves.toBe("1");
    expect(runtimeStorage({})).toBeUndefined();
  });

  test("isNewer compares the as-of date, then the version", () => {
    const base = publishedDataset();
    expect(isNewer(later("1.0.0", "2099-01-01"), base)).toBe(true);
    expect(isNewer(later("9999.0.0", base.asOf), base)).toBe(true);
    expect(isNewer(base, base)).toBe(false);
  });
});
