import type { Dataset } from "../../src/data/schema";
import { startBundledStore } from "../../src/data/bundled";
import { ok } from "../../src/data/result";
import { sharedStore, whenSharedStore } from "../../src/data/shared";
import { DatasetStore, type DatasetSnapshot } from "../../src/data/store";
import { buildIndex, investment, resolve } from "../../src/data/query";
import { parseDataset } from "../../src/data/validate";
import { edited, expectDataError, publishedDataset, unwrap } from "../support/dataset";

const URL_OK = "https://kzuz.example.org/assets/data/kzuz-dataset.json";

/** A fetch whose answers the test releases by hand, in any order. */
function manualFetch() {
  const pending: ((response: Response) => void)[] = [];
  const impl = (() => new Promise<Response>((resolve) => pending.push(resolve))) as typeof fetch;
  return { impl, pending };
}

/** Waits until both refreshes have loaded the download code and called fetch. */
async function fetchesStarted(pending: unknown[], count: number): Promise<void> {
  while (pending.length < count) await new Promise((resolve) => setTimeout(resolve, 0));
}

const versionText = (version: string) => JSON.stringify(edited([["version"], version]));
const answer =
  (text: string, status = 200) =>
  () =>
    Promise.resolve(new Response(text, { status }));
const now = () => new Date("2026-12-07T10:00:00Z");

describe("DatasetStore", () => {
  let dataset: Dataset;
  let store: DatasetStore;
  beforeEach(() => {
    dataset = publishedDataset();
    store = new DatasetStore(dataset);
  });

  it("holds the dataset, an index of it and its origin", () => {
    const snapshot = store.get();
    expect(snapshot.dataset).toBe(dataset);
    expect(snapshot.origin).toEqual({ kind: "bundled" });
    expect(unwrap(investment(snapshot.index, "Kashka-Daria")).usd).toBe(250_000_000);
  });

  it("replace rebuilds the index and notifies subscribers", () => {
    const seen: DatasetSnapshot[] = [];
    store.subscribe((s) => seen.push(s));
    const other = unwrap(
      parseDataset(edited([["places", 6, "aliases", 0], "Tashkent-test-alias"]))
    );
    const snapshot = store.replace(other, {
      kind: "url",
      url: URL_OK,
      fetchedAt: "2026-12-07T00:00:00.000Z",
    });
    expect(seen).toEqual([snapshot]);
    expect(store.get()).toBe(snapshot);
    expect(unwrap(resolve(snapshot.index, "Tashkent-test-alias")).id).toBe("tashkent");
  });

  it("refresh puts a downloaded dataset in force and tells subscribers", async () => {
    const listener = jest.fn();
    store.subscribe(listener);
    const result = await store.refresh(URL_OK, {
      fetchImpl: answer(versionText("2026.11.1")) as typeof fetch,
      now,
    });
    const snapshot = unwrap(result);
    expect(snapshot.dataset.version).toBe("2026.11.1");
    expect(snapshot.origin).toEqual({
      kind: "url",
      url: URL_OK,
      fetchedAt: "2026-12-07T10:00:00.000Z",
    });
    expect(store.get()).toBe(snapshot);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(snapshot);
  });

  it.each([
    ["a non-2xx answer", answer("gone", 500), "fetch-failed"],
    ["invalid JSON", answer("{"), "invalid-dataset"],
    [
      "an invalid dataset",
      answer(JSON.stringify(edited([["asOf"], "yesterday"]))),
      "invalid-dataset",
    ],
    [
      "a newer schema",
      answer(JSON.stringify(edited([["schemaVersion"], 3]))),
      "unsupported-schema-version",
    ],
  ])(
    "a failed refresh (%s) keeps the dataset in force and notifies no one",
    async (_, fetchImpl, kind) => {
      const before = store.get();
      const listener = jest.fn();
      store.subscribe(listener);
      const error = expectDataError(
        await store.refresh(URL_OK, { fetchImpl: fetchImpl as typeof fetch })
      );
      expect(error.kind).toBe(kind);
      expect(store.get()).toBe(before);
      expect(listener).not.toHaveBeenCalled();
    }
  );

  it("an insecure address fails without touching the dataset", async () => {
    const before = store.get();
    expect(expectDataError(await store.refresh("http://example.org/x.json")).kind).toBe(
      "insecure-url"
    );
    expect(store.get()).toBe(before);
  });

  it("unsubscribe stops notifications", async () => {
    const listener = jest.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    await store.refresh(URL_OK, { fetchImpl: answer(versionText("2026.11.1")) as typeof fetch });
    expect(listener).not.toHaveBeenCalled();
  });

  it("a failing listener does not stop the others", () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const second = jest.fn();
    store.subscribe(() => {
      throw new Error("boom");
    });
    store.subscribe(second);
    store.replace(dataset, { kind: "bundled" });
    expect(second).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it("a slow refresh cannot overwrite a newer one", async () => {
    const { impl, pending } = manualFetch();
    const older = store.refresh(URL_OK, { fetchImpl: impl });
    const newer = store.refresh(URL_OK, { fetchImpl: impl });
    await fetchesStarted(pending, 2);
    pending[1](new Response(versionText("2026.12.0")));
    expect(unwrap(await newer).dataset.version).toBe("2026.12.0");
    pending[0](new Response(versionText("2026.11.5")));
    expect(expectDataError(await older).kind).toBe("superseded");
    expect(store.get().dataset.version).toBe("2026.12.0");
  });

  it("an older refresh still applies when the newer one failed", async () => {
    const { impl, pending } = manualFetch();
    const older = store.refresh(URL_OK, { fetchImpl: impl });
    const newer = store.refresh(URL_OK, { fetchImpl: impl });
    await fetchesStarted(pending, 2);
    pending[1](new Response("down", { status: 503 }));
    expect(expectDataError(await newer).kind).toBe("fetch-failed");
    pending[0](new Response(versionText("2026.11.5")));
    expect(unwrap(await older).dataset.version).toBe("2026.11.5");
  });

  it("a newer refresh applies after an older one", async () => {
    const { impl, pending } = manualFetch();
    const older = store.refresh(URL_OK, { fetchImpl: impl });
    const newer = store.refresh(URL_OK, { fetchImpl: impl });
    await fetchesStarted(pending, 2);
    pending[0](new Response(versionText("2026.11.5")));
    await older;
    pending[1](new Response(versionText("2026.12.0")));
    expect(unwrap(await newer).dataset.version).toBe("2026.12.0");
  });
});

describe("the page's store (startBundledStore)", () => {
  // One copy of the data layer is on the page (in functions.js, which the pane's entry depends on), so the page's store is an
  // ordinary module singleton; tests/functions/dist.test.ts checks the built chunks.
  type Shared = typeof import("../../src/data/shared");
  type Bundled = typeof import("../../src/data/bundled");
  const fresh = () => {
    let modules: [Shared, Bundled] | undefined;
    jest.isolateModules(() => {
      modules = [
        jest.requireActual<Shared>("../../src/data/shared"),
        jest.requireActual<Bundled>("../../src/data/bundled"),
      ];
    });
    return modules!;
  };

  it("is not there before the functions entry started it, nor while the dataset loads", async () => {
    const [shared, bundled] = fresh();
    expect(shared.sharedStore()).toBeUndefined();
    expect(shared.whenSharedStore()).toBeUndefined();
    let release: (dataset: Dataset) => void = () => undefined;
    const started = bundled.startBundledStore(
      () => new Promise((resolve) => (release = (d) => resolve(ok(d))))
    );
    expect(shared.sharedStore()).toBeUndefined();
    release(publishedDataset());
    const store = await started;
    // (isolated modules: the store is that copy's DatasetStore, so it is known by its snapshot)
    expect(store?.get().origin).toEqual({ kind: "bundled" });
    expect(shared.sharedStore()).toBe(store);
    expect(await shared.whenSharedStore()).toBe(store);
  });

  it("starts once: the functions entry starts it, the task pane finds the same one", async () => {
    const [shared, bundled] = fresh();
    const load = jest.fn(async () => ok(publishedDataset()));
    const first = await bundled.startBundledStore(load);
    expect(await bundled.startBundledStore(load)).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
    expect(shared.sharedStore()).toBe(first);
    expect(first!.get().dataset.version).toBe("2027.1.0");
    expect(first!.get().origin).toEqual({ kind: "bundled" });
  });

  it("stays absent, and says why on the console, when the bundled dataset did not load", async () => {
    const [shared, bundled] = fresh();
    const said = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const store = await bundled.startBundledStore(async () => ({
      ok: false,
      error: { kind: "no-data", id: "errors.data.bundled.missing", values: { reason: "404" } },
    }));
    expect(store).toBeUndefined();
    expect(shared.sharedStore()).toBeUndefined();
    // A developer's line: what failed, and the error (its id and values) as the data layer has it.
    expect(said).toHaveBeenCalledWith(
      'KZUZ: the bundled dataset did not load: errors.data.bundled.missing {"reason":"404"}'
    );
    said.mockRestore();
  });

  it("outside a build, nothing is fetched and no store starts", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await startBundledStore()).toBeUndefined();
    expect(sharedStore()).toBeUndefined();
    expect(await whenSharedStore()).toBeUndefined();
    jest.restoreAllMocks();
  });
});

describe("replace with a prepared index", () => {
  it("uses the index prepared for that dataset instead of building another, and ignores one for another dataset", () => {
    const store = new DatasetStore(publishedDataset());
    const dataset = store.get().dataset;
    const prepared = buildIndex(dataset);
    expect(store.replace(dataset, { kind: "bundled" }, prepared).index).toBe(prepared);
    const other = buildIndex(dataset);
    const fresh = publishedDataset();
    const snapshot = store.replace(fresh, { kind: "bundled" }, other);
    expect(snapshot.index).not.toBe(other);
    expect(snapshot.index.dataset).toBe(fresh);
  });
});
