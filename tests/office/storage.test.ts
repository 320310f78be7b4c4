import { DatasetStore } from "../../src/data/store";
import type { Dataset } from "../../src/data/schema";
import {
  DEFAULT_SLOT_KEY,
  OTHER_SLOT_KEY,
  isNewer,
  keepRefreshedDatasets,
  restoreDataset,
  runtimeStorage,
  saveDataset,
  type Addresses,
  type KeyValueStorage,
} from "../../src/office/storage";
import { publishedDataset } from "../support/dataset";
import { MemoryStorage } from "../support/office";

/** Storage that refuses every save, as a full quota does. */
class FullStorage extends MemoryStorage {
  override async setItem(): Promise<void> {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  }
}

function later(version = "2027.1.1", asOf = "2026-12-07"): Dataset {
  return { ...structuredClone(publishedDataset()), version, asOf } as Dataset;
}

const DEFAULT_URL = "https://kzuz.example/assets/data/kzuz-dataset.json";
const THIRD_PARTY = "https://third-party.example/kzuz.json";
const fetched = (url: string) => ({
  kind: "url" as const,
  url,
  fetchedAt: "2026-12-07T10:00:00.000Z",
});
const ORIGIN = fetched("https://example.org/kzuz.json");
const NOW = () => new Date("2026-12-07T12:00:00Z");

/** A workbook whose settings name `workbook` (or nothing: the default). */
const at =
  (workbook: string | undefined): (() => Promise<Addresses>) =>
  async () => ({ workbook: workbook ?? DEFAULT_URL, default: DEFAULT_URL });

/** Lets the subscriber's asynchronous save finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function restoreIn(storage: KeyValueStorage, workbook: string | undefined) {
  const store = new DatasetStore(publishedDataset());
  const outcome = await restoreDataset(storage, store, at(workbook), NOW);
  return { outcome, store };
}

describe("keeping a refreshed dataset", () => {
  test("a refresh is saved, and the next session starts with it", async () => {
    const storage = new MemoryStorage();
    const first = new DatasetStore(publishedDataset());
    keepRefreshedDatasets(storage, first, at(ORIGIN.url));
    first.replace(later(), ORIGIN);
    await settle();
    expect(storage.items.has(OTHER_SLOT_KEY)).toBe(true);

    const { outcome, store } = await restoreIn(storage, ORIGIN.url);
    expect(outcome).toBe("restored");
    expect(store.get().dataset.version).toBe("2027.1.1");
    expect(store.get().origin).toEqual(ORIGIN);
  });

  test("the bundled dataset is not saved (nothing to keep)", async () => {
    const storage = new MemoryStorage();
    const store = new DatasetStore(publishedDataset());
    keepRefreshedDatasets(storage, store, at(undefined));
    store.replace(publishedDataset(), { kind: "bundled" });
    await settle();
    expect(storage.items.size).toBe(0);
  });

  test("a saved dataset older than the bundled one is not used", async () => {
    const storage = new MemoryStorage();
    await saveDataset(
      storage,
      later("2026.1.0", publishedDataset().asOf),
      ORIGIN,
      await at(ORIGIN.url)()
    );
    expect((await restoreIn(storage, ORIGIN.url)).outcome).toBe("older");
  });

  test.each([
    ["not JSON", "{oops"],
    ["an invalid dataset", JSON.stringify({ origin: ORIGIN, dataset: { schemaVersion: 1 } })],
    ["a forged origin", JSON.stringify({ origin: { kind: "url" }, dataset: later() })],
    ["F17: null", "null"],
    ["F17: a number", "42"],
    ["F17: an array", "[]"],
    ["F17: a string", '"x"'],
  ])("a damaged copy (%s) is dropped and removed, without an error", async (_label, text) => {
    const storage = new MemoryStorage();
    storage.items.set(OTHER_SLOT_KEY, text);
    const { outcome, store } = await restoreIn(storage, ORIGIN.url);
    expect(outcome).toBe("invalid");
    expect(storage.items.has(OTHER_SLOT_KEY)).toBe(false);
    expect(store.get().origin).toEqual({ kind: "bundled" });
  });

  test("F17: storage that throws on reading leaves the bundled dataset, and restore resolves", async () => {
    const storage = new MemoryStorage();
    storage.getItem = () => Promise.reject(new Error("storage busy"));
    await expect(restoreIn(storage, undefined)).resolves.toMatchObject({ outcome: "none" });
  });

  test("no storage: nothing restored, nothing saved, nothing thrown", async () => {
    const store = new DatasetStore(publishedDataset());
    await expect(restoreDataset(undefined, store, at(undefined))).resolves.toBe("none");
    await expect(
      saveDataset(undefined, publishedDataset(), ORIGIN, await at(undefined)())
    ).resolves.toBe(false);
  });
});

describe("F16: a dataset belongs to its address", () => {
  test("F16: a third-party address refreshed in workbook A never reaches workbook B", async () => {
    const storage = new MemoryStorage();
    const a = new DatasetStore(publishedDataset());
    keepRefreshedDatasets(storage, a, at(THIRD_PARTY));
    a.replace(later(), fetched(THIRD_PARTY));
    await settle();

    const b = await restoreIn(storage, undefined);
    expect(b.outcome).toBe("none");
    expect(b.store.get().origin).toEqual({ kind: "bundled" });
    // Another workbook naming the same address does get it, and the copy stays for A.
    expect((await restoreIn(storage, THIRD_PARTY)).outcome).toBe("restored");
    expect(storage.items.has(OTHER_SLOT_KEY)).toBe(true);
  });

  test("F16: a workbook naming another address does not take the third party's copy either", async () => {
    const storage = new MemoryStorage();
    await saveDataset(storage, later(), fetched(THIRD_PARTY), await at(THIRD_PARTY)());
    expect((await restoreIn(storage, "https://elsewhere.example/kzuz.json")).outcome).toBe("none");
    expect(storage.items.has(OTHER_SLOT_KEY)).toBe(true);
  });

  test("F16: the add-in's own default address is shared between workbooks", async () => {
    const storage = new MemoryStorage();
    const a = new DatasetStore(publishedDataset());
    keepRefreshedDatasets(storage, a, at(undefined));
    a.replace(later(), fetched(DEFAULT_URL));
    await settle();
    expect([...storage.items.keys()]).toEqual([DEFAULT_SLOT_KEY]);
    const b = await restoreIn(storage, undefined);
    expect(b.outcome).toBe("restored");
    expect(b.store.get().origin).toEqual(fetched(DEFAULT_URL));
  });

  test("F16: the default slot survives a third-party refresh elsewhere", async () => {
    const storage = new MemoryStorage();
    await saveDataset(storage, later("2027.1.1"), fetched(DEFAULT_URL), await at(undefined)());
    await saveDataset(storage, later("2027.1.5"), fetched(THIRD_PARTY), await at(THIRD_PARTY)());
    const b = await restoreIn(storage, undefined);
    expect(b.store.get().dataset.version).toBe("2027.1.1");
  });

  test("F16: a copy kept under the old single key moves to its address's slot", async () => {
    const storage = new MemoryStorage();
    storage.items.set(
      "kzuz.dataset.v1",
      JSON.stringify({ origin: fetched(THIRD_PARTY), dataset: later() })
    );
    expect((await restoreIn(storage, undefined)).outcome).toBe("none");
    expect(storage.items.has("kzuz.dataset.v1")).toBe(false);
    expect((await restoreIn(storage, THIRD_PARTY)).outcome).toBe("restored");
  });
});

describe("F14: a failed save never lets an older copy win later", () => {
  test("F14: 2027.1.1 saved, 2027.1.2 fails to save: the next session does not restore 2027.1.1", async () => {
    const storage = new MemoryStorage();
    const addresses = await at(undefined)();
    await expect(
      saveDataset(storage, later("2027.1.1"), fetched(DEFAULT_URL), addresses)
    ).resolves.toBe(true);
    const full = Object.assign(new FullStorage(), { items: storage.items });
    await expect(
      saveDataset(full, later("2027.1.2"), fetched(DEFAULT_URL), addresses)
    ).resolves.toBe(false);
    const next = await restoreIn(storage, undefined);
    expect(next.outcome).toBe("none");
    expect(next.store.get().origin).toEqual({ kind: "bundled" });
  });
});

describe("F15: time and versions", () => {
  test("F15b: a saved release never outranks a newer bundled release by its date alone", () => {
    const bundled = later("2027.6.0", "2026-06-30");
    const saved = later("2026.12.0", "2026-11-27");
    expect(isNewer(saved, bundled)).toBe(false);
    expect(isNewer(bundled, saved)).toBe(true);
    expect(isNewer(later("2026.12.0", "2026-11-27"), later("2026.12.0", "2026-11-20"))).toBe(true);
    expect(isNewer(bundled, bundled)).toBe(false);
  });

  test("F15b: restore keeps the newer bundled release", async () => {
    const storage = new MemoryStorage();
    await saveDataset(storage, later("2026.12.0", "2026-11-27"), ORIGIN, await at(ORIGIN.url)());
    const store = new DatasetStore(later("2027.6.0", "2026-06-30"));
    await expect(restoreDataset(storage, store, at(ORIGIN.url), NOW)).resolves.toBe("older");
    expect(store.get().dataset.version).toBe("2027.6.0");
  });

  test("F15: a saved copy dated in the future is removed, not restored", async () => {
    const storage = new MemoryStorage();
    await saveDataset(storage, later("2099.12.0", "2099-12-31"), ORIGIN, await at(ORIGIN.url)());
    expect((await restoreIn(storage, ORIGIN.url)).outcome).toBe("invalid");
    expect(storage.items.size).toBe(0);
  });
});

describe("item 7: storage chosen when used, one key scheme", () => {
  function fakeLocal() {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    } as unknown as Storage;
    return { map, storage };
  }

  test("item 7: OfficeRuntime defined after our code loaded is used from then on", async () => {
    const local = fakeLocal();
    const holder: Parameters<typeof runtimeStorage>[0] = { localStorage: local.storage };
    const storage = runtimeStorage(holder);
    const office = new MemoryStorage();
    holder.OfficeRuntime = { storage: office };
    await storage.setItem("a", "1");
    expect(office.items.get("a")).toBe("1");
    expect(local.map.has("a")).toBe(false);
  });

  test("item 7: a copy written to localStorage before OfficeRuntime existed is found and moved", async () => {
    const local = fakeLocal();
    const holder: Parameters<typeof runtimeStorage>[0] = { localStorage: local.storage };
    const storage = runtimeStorage(holder);
    await storage.setItem(DEFAULT_SLOT_KEY, "saved early");
    const office = new MemoryStorage();
    holder.OfficeRuntime = { storage: office };
    await expect(storage.getItem(DEFAULT_SLOT_KEY)).resolves.toBe("saved early");
    expect(office.items.get(DEFAULT_SLOT_KEY)).toBe("saved early");
    expect(local.map.has(DEFAULT_SLOT_KEY)).toBe(false);
  });

  test("localStorage alone works; with no storage nothing is found and saving fails", async () => {
    const local = fakeLocal();
    const wrapped = runtimeStorage({ localStorage: local.storage });
    await wrapped.setItem("a", "1");
    await expect(wrapped.getItem("a")).resolves.toBe("1");
    const none = runtimeStorage({});
    await expect(none.getItem("a")).resolves.toBeNull();
    await expect(none.setItem("a", "1")).rejects.toThrow(/no storage/);
  });
});
