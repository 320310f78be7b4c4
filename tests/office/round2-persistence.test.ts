/**
 * Red team round 2: the refreshed dataset comes back after a reopen whatever form the address was
 * typed in (G7), and saving never throws, even when the storage's remove throws at once (R2).
 */
import { DatasetStore } from "../../src/data/store";
import type { Dataset } from "../../src/data/schema";
import { checkDatasetUrl, normalizeDatasetUrl } from "../../src/data/url";
import { readSettings, writeSettings } from "../../src/office/settings";
import {
  restoreDataset,
  saveDataset,
  type Addresses,
  type KeyValueStorage,
} from "../../src/office/storage";
import { publishedDataset } from "../support/dataset";
import { MemorySettings, MemoryStorage } from "../support/office";

const DEFAULT_URL = "https://kzuz.example/assets/data/kzuz-dataset.json";
const NOW = () => new Date("2026-12-07T12:00:00Z");
const later = () => ({ ...structuredClone(publishedDataset()), version: "2027.1.1" }) as Dataset;

describe("G7: a saved dataset address is normalised once, when saved and when compared", () => {
  const typed = [
    ["a non-ASCII path", "https://data.example.kz/данные/kzuz.json"],
    ["an upper-case host", "https://DATA.Example.KZ/kzuz.json"],
    ["the default port", "https://data.example.kz:443/kzuz.json"],
    ["a space", "https://data.example.kz/my data/kzuz.json"],
    ["a non-ASCII host", "https://данные.kz/kzuz.json"],
  ];

  test.each(typed)("G7: %s: the refreshed dataset is restored after a reopen", async (_, url) => {
    // Session 1: the address is saved through the pane's setting, the refresh records the
    // parsed address as the dataset's origin, and the dataset is kept.
    const settings = new MemorySettings();
    await writeSettings(settings, { datasetUrl: url });
    const storage = new MemoryStorage();
    const href = (checkDatasetUrl(readSettings(settings).datasetUrl!) as { value: URL }).value.href;
    const addresses = async (): Promise<Addresses> => ({
      workbook: readSettings(settings).datasetUrl,
      default: DEFAULT_URL,
    });
    const origin = { kind: "url" as const, url: href, fetchedAt: "2026-11-27T10:00:00.000Z" };
    expect(await saveDataset(storage, later(), origin, await addresses())).toBe(true);
    // Session 2.
    const store = new DatasetStore(publishedDataset());
    expect(await restoreDataset(storage, store, addresses, NOW)).toBe("restored");
    expect(store.get().dataset.version).toBe("2027.1.1");
  });

  test("G7: an address saved as typed by an earlier version is read normalised", () => {
    const settings = new MemorySettings();
    settings.set("kzuz.datasetUrl", " https://DATA.example.kz:443/my data.json ");
    expect(readSettings(settings).datasetUrl).toBe("https://data.example.kz/my%20data.json");
    expect(normalizeDatasetUrl("not an address ")).toBe("not an address");
  });
});

test("R2: saveDataset never throws, even when the storage's remove throws synchronously", async () => {
  const storage: KeyValueStorage = {
    getItem: () => Promise.reject(new Error("busy")),
    setItem: () => {
      throw new Error("quota");
    },
    removeItem: () => {
      throw new Error("busy too");
    },
  };
  const origin = { kind: "url" as const, url: "https://a.example/k.json", fetchedAt: "x" };
  await expect(
    saveDataset(storage, later(), origin, { workbook: undefined, default: DEFAULT_URL })
  ).resolves.toBe(false);
});
