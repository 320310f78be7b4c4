import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { loadBundledDataset } from "../../src/data/bundled";
import { fetchDataset } from "../../src/data/load";
import { DATASET_PATH, checkDatasetUrl } from "../../src/data/url";
import { buildIndex, investment } from "../../src/data/query";
import { parseDataset, parseDatasetText } from "../../src/data/validate";
import { checkDataset } from "../../scripts/dataset-check-plugin";
import { englishTranslator } from "../../src/i18n/translator";
import { datasetText, edited, expectDataError, unwrap } from "../support/dataset";
import { english, withEnglish } from "../support/english";

const URL_OK = "https://kzuz.example.org/assets/data/kzuz-dataset.json";
const encoder = new TextEncoder();

/** A body stream of the given chunks; records whether it was cancelled. */
function streamOf(chunks: Uint8Array[], state = { cancelled: false }): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
}

/** A fetch that answers every request with the response `make` builds, recording calls. */
function fakeFetch(make: (init?: RequestInit) => Response) {
  const calls: string[] = [];
  const impl = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push(String(input));
    return make(init);
  }) as typeof fetch;
  return { impl, calls };
}

/** A fetch that never answers, but fails as real fetch does when its signal aborts. */
const hangingFetch = ((_: string | URL | Request, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener("abort", () =>
      reject(new DOMException("aborted", "AbortError"))
    );
  })) as typeof fetch;

describe("loadBundledDataset", () => {
  const digest = createHash("sha256").update(datasetText).digest("base64");
  const address = { url: "assets/data/kzuz-dataset.json?v=1", integrity: `sha256-${digest}` };

  it("fetches the bundled JSON with its integrity, and gives the validated published dataset", async () => {
    const asked: [string, RequestInit | undefined][] = [];
    const impl = (async (input: string | URL | Request, init?: RequestInit) => {
      asked.push([String(input), init]);
      return new Response(datasetText);
    }) as typeof fetch;
    const loaded = unwrap(await loadBundledDataset(address, impl));
    expect(asked).toEqual([
      [address.url, { integrity: address.integrity, credentials: "same-origin" }],
    ]);
    expect(loaded.version).toBe("2027.1.0");
    // Start-up trusts the bundled copy (the browser checks its hash); the build and this test validate it.
    expect(parseDataset(loaded).ok).toBe(true);
  });

  it("fails as no-data, and says why, when the server, the integrity check or the address fails", async () => {
    const notFound = fakeFetch(() => new Response("", { status: 404, statusText: "Not Found" }));
    expect(expectDataError(await loadBundledDataset(address, notFound.impl))).toMatchObject({
      kind: "no-data",
      id: "errors.data.bundled.missing",
      values: { reason: { text: "404 Not Found" } },
    });
    const tampered = (async () => {
      throw new TypeError("Failed to fetch (integrity mismatch)");
    }) as typeof fetch;
    const failed = await loadBundledDataset(address, tampered);
    expect(failed.ok ? undefined : english(failed.error)).toBe(
      "The dataset that comes with the add-in did not load (Failed to fetch (integrity mismatch))."
    );
    // Outside a build (no address baked in) there is nothing to fetch.
    expect(expectDataError(await loadBundledDataset(undefined, notFound.impl)).kind).toBe(
      "no-data"
    );
    expect(notFound.calls).toEqual([address.url]);
  });

  it("is checked by the build: an invalid dataset stops it with the first problem", () => {
    const file = join(__dirname, "..", "..", "assets", "data", "kzuz-dataset.json");
    expect(checkDataset(file, parseDatasetText, englishTranslator.text)).toBeUndefined();
    const bad = JSON.parse(readFileSync(file, "utf8"));
    bad.projects[0].investment.usd = -1;
    const copy = join(mkdtempSync(join(tmpdir(), "kzuz-")), "bad.json");
    writeFileSync(copy, JSON.stringify(bad));
    expect(checkDataset(copy, parseDatasetText, englishTranslator.text)).toMatch(
      /is invalid, so the add-in was not built: .*\$\.projects\[0\]\.investment\.usd: must not be negative/
    );
  });

  it("exports the published path", () => {
    expect(DATASET_PATH).toBe("assets/data/kzuz-dataset.json");
  });
});

describe("checkDatasetUrl", () => {
  it.each([
    URL_OK,
    "https://localhost:3000/assets/data/kzuz-dataset.json",
    "HTTPS://EXAMPLE.ORG/x.json",
  ])("accepts %s", (url) => {
    expect(checkDatasetUrl(url).ok).toBe(true);
  });

  it.each(["http://localhost:3000/x.json", "http://127.0.0.1/x.json", "http://[::1]:8080/x.json"])(
    "F9: refuses %s like any http:// address (one rule, no localhost exception)",
    (url) => {
      const error = expectDataError(checkDatasetUrl(url));
      expect(error.kind).toBe("insecure-url");
      expect(english(error)).toBe(
        `The dataset address must start with https://; got ${new URL(url).protocol}//${new URL(url).host}.`
      );
    }
  );

  it.each([
    "http://example.org/x.json",
    "http://localhost.example.org/x.json",
    "ftp://example.org/x.json",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "data:application/json,{}",
  ])("rejects %s", (url) => {
    expect(expectDataError(checkDatasetUrl(url)).kind).toBe("insecure-url");
  });

  it.each([
    ["right-to-left override", "https://files.example.org/report\u202Efdp.json"],
    ["NUL", "https://files.example.org/a\u0000.json"],
    ["tab (dropped by the URL parser)", "https://exa\tmple.org/x.json"],
    ["line feed", "https://example.org/x\n.json"],
    ["DEL", "https://example.org/x\u007f.json"],
    ["isolate", "https://example.org/\u2066x\u2069.json"],
  ])("F18: refuses an address holding a %s", (_name, url) => {
    const error = expectDataError(checkDatasetUrl(url));
    expect(error.kind).toBe("invalid-argument");
    expect(english(error)).toMatch(/control or text-direction characters/);
  });

  it("rejects credentials in the address", () => {
    const error = expectDataError(checkDatasetUrl("https://user:secret@example.org/x.json"));
    expect(withEnglish(error)).toMatchObject({
      kind: "insecure-url",
      message: expect.stringMatching(/user name or password/),
    });
    expect(english(error)).not.toMatch(/secret/);
  });

  it.each(["", "assets/data/kzuz-dataset.json", "not a url"])(
    "rejects the incomplete address %j",
    (url) => {
      expect(expectDataError(checkDatasetUrl(url)).kind).toBe("invalid-argument");
    }
  );
});

describe("fetchDataset", () => {
  it("downloads, parses and validates", async () => {
    const { impl, calls } = fakeFetch(() => new Response(datasetText, { status: 200 }));
    expect(unwrap(await fetchDataset(URL_OK, { fetchImpl: impl })).version).toBe("2027.1.0");
    expect(calls).toEqual([URL_OK]);
  });

  it("reassembles a body streamed in small chunks, multi-byte characters split across them", async () => {
    const bytes = encoder.encode(datasetText);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.slice(i, i + 7));
    const { impl } = fakeFetch(() => new Response(streamOf(chunks)));
    const dataset = unwrap(await fetchDataset(URL_OK, { fetchImpl: impl }));
    expect(dataset.places.find((p) => p.id === "kashkadarya-region")?.aliases).toContain(
      "Қашқадарё"
    );
  });

  it("times out when the server does not answer", async () => {
    const error = expectDataError(
      await fetchDataset(URL_OK, { fetchImpl: hangingFetch, timeoutMs: 20 })
    );
    expect(withEnglish(error)).toMatchObject({
      kind: "timeout",
      message: expect.stringMatching(/took longer than 0.02 s/),
    });
  });

  it("times out when the body stalls", async () => {
    const { impl } = fakeFetch(
      (init) =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(encoder.encode("{"));
              init?.signal?.addEventListener("abort", () =>
                controller.error(new DOMException("aborted", "AbortError"))
              );
            },
          })
        )
    );
    expect(
      expectDataError(await fetchDataset(URL_OK, { fetchImpl: impl, timeoutMs: 20 })).kind
    ).toBe("timeout");
  });

  it("stops reading a streamed body as soon as it passes the limit", async () => {
    const state = { cancelled: false };
    let pulled = 0;
    const chunk = new Uint8Array(400).fill(32);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    });
    const { impl } = fakeFetch(() => new Response(body));
    const error = expectDataError(await fetchDataset(URL_OK, { fetchImpl: impl, maxBytes: 1000 }));
    expect(withEnglish(error)).toMatchObject({
      kind: "too-large",
      message: expect.stringMatching(/larger than the 1000 bytes limit/),
    });
    expect(state.cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
  });

  it("does not trust a Content-Length that lies low", async () => {
    const big = encoder.encode(" ".repeat(5000) + "{}");
    const { impl } = fakeFetch(
      () => new Response(streamOf([big]), { headers: { "content-length": "2" } })
    );
    expect(
      expectDataError(await fetchDataset(URL_OK, { fetchImpl: impl, maxBytes: 1000 })).kind
    ).toBe("too-large");
  });

  it("refuses a declared Content-Length over the limit", async () => {
    const { impl } = fakeFetch(
      () =>
        new Response(streamOf([encoder.encode("{}")]), { headers: { "content-length": "6000000" } })
    );
    expect(english(expectDataError(await fetchDataset(URL_OK, { fetchImpl: impl })))).toMatch(
      /5 MB limit/
    );
  });

  it("reports a non-2xx answer with its status", async () => {
    const { impl } = fakeFetch(
      () => new Response("nope", { status: 404, statusText: "Not Found" })
    );
    const error = expectDataError(await fetchDataset(URL_OK, { fetchImpl: impl }));
    expect(error).toMatchObject({ kind: "fetch-failed", status: 404 });
    expect(english(error)).toBe(
      `The server answered 404 Not Found for ${URL_OK}. Check the dataset address, or try again later.`
    );
  });

  it("rejects http:// without fetching", async () => {
    const { impl, calls } = fakeFetch(() => new Response(datasetText));
    expect(
      expectDataError(await fetchDataset("http://example.org/kzuz.json", { fetchImpl: impl })).kind
    ).toBe("insecure-url");
    expect(calls).toEqual([]);
  });

  it("F9: the download refuses http://localhost with the same words as the pane's check", async () => {
    const { impl, calls } = fakeFetch(() => new Response(datasetText));
    const url = "http://localhost:3000/assets/data/kzuz-dataset.json";
    const downloaded = expectDataError(await fetchDataset(url, { fetchImpl: impl }));
    expect(downloaded).toEqual(expectDataError(checkDatasetUrl(url)));
    expect(calls).toEqual([]);
  });

  it("F18: a redirect to an address holding a right-to-left override is refused", async () => {
    const { impl } = fakeFetch(() => {
      const response = new Response(datasetText);
      Object.defineProperty(response, "url", { value: "https://example.org/a\u202Efdp.json" });
      return response;
    });
    const error = expectDataError(
      await fetchDataset("https://example.org/k.json", { fetchImpl: impl })
    );
    expect(english(error)).toMatch(/control or text-direction characters/);
  });

  it("rejects a redirect to an insecure address", async () => {
    const { impl } = fakeFetch(() => {
      const response = new Response(datasetText);
      Object.defineProperty(response, "url", { value: "http://evil.example.org/kzuz.json" });
      return response;
    });
    expect(expectDataError(await fetchDataset(URL_OK, { fetchImpl: impl })).kind).toBe(
      "insecure-url"
    );
  });

  it("reports invalid JSON", async () => {
    const { impl } = fakeFetch(() => new Response("<html>Sign in</html>"));
    const error = expectDataError(await fetchDataset(URL_OK, { fetchImpl: impl }));
    expect(error).toMatchObject({ kind: "invalid-dataset", issues: [{ path: "$" }] });
  });

  it("reports bytes that are not UTF-8", async () => {
    const { impl } = fakeFetch(
      () => new Response(streamOf([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]))
    );
    expect(english(expectDataError(await fetchDataset(URL_OK, { fetchImpl: impl })))).toMatch(
      /not valid UTF-8/
    );
  });

  it("reports a schema violation with its path", async () => {
    const { impl } = fakeFetch(
      () => new Response(JSON.stringify(edited([["projects", 0, "investment", "usd"], -1])))
    );
    const error = expectDataError(await fetchDataset(URL_OK, { fetchImpl: impl }));
    expect(error.kind).toBe("invalid-dataset");
    if (error.kind === "invalid-dataset")
      expect(error.issues[0].path).toBe("$.projects[0].investment.usd");
  });

  it("reports a dataset for a newer add-in", async () => {
    const { impl } = fakeFetch(() => new Response(JSON.stringify(edited([["schemaVersion"], 2]))));
    expect(expectDataError(await fetchDataset(URL_OK, { fetchImpl: impl }))).toMatchObject({
      kind: "unsupported-schema-version",
      got: 2,
    });
  });

  it("reports a network failure", async () => {
    const impl = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof fetch;
    const error = expectDataError(await fetchDataset(URL_OK, { fetchImpl: impl }));
    expect(withEnglish(error)).toMatchObject({
      kind: "fetch-failed",
      message: expect.stringMatching(/fetch failed.*Check your connection/),
    });
  });

  it("stops when the caller aborts, before or during the download", async () => {
    const before = new AbortController();
    before.abort();
    expect(
      expectDataError(
        await fetchDataset(URL_OK, { fetchImpl: hangingFetch, signal: before.signal })
      ).kind
    ).toBe("aborted");
    const during = new AbortController();
    const pending = fetchDataset(URL_OK, {
      fetchImpl: hangingFetch,
      signal: during.signal,
      timeoutMs: 5000,
    });
    during.abort();
    expect(expectDataError(await pending).kind).toBe("aborted");
  });
});

describe("in a bare runtime (no URL, fetch, AbortController, TextDecoder or console)", () => {
  const names = ["URL", "fetch", "AbortController", "TextDecoder", "console"] as const;
  let saved: PropertyDescriptor[];
  beforeEach(() => {
    saved = names.map((n) => Object.getOwnPropertyDescriptor(globalThis, n) as PropertyDescriptor);
    for (const n of names) Reflect.deleteProperty(globalThis, n);
  });
  afterEach(() => {
    names.forEach((n, i) => Object.defineProperty(globalThis, n, saved[i]));
  });

  it("still validates the dataset and answers queries", () => {
    const dataset = unwrap(parseDatasetText(datasetText));
    expect(unwrap(investment(buildIndex(dataset), "Kashka-Daria")).usd).toBe(250_000_000);
  });

  it("refuses to download instead of throwing", async () => {
    expect(withEnglish(expectDataError(await fetchDataset(URL_OK)))).toMatchObject({
      kind: "fetch-failed",
      message: expect.stringMatching(/cannot download/),
    });
  });
});
