/**
 * Downloads (issue 19, item 11; conformance review 2026-12 finding 7): a refresh asks for a fresh
 * copy, and a server that answers without CORS headers gets a message that says so and what to
 * ask its owner. In a browser a cross-origin request the server does not allow fails as a
 * TypeError, exactly like a dropped connection (https://fetch.spec.whatwg.org/#concept-network-error),
 * so the message names both.
 */
import { fetchDataset } from "../../src/data/load";
import { datasetText } from "../support/dataset";
import { english } from "../support/english";

const URL_OK = "https://data.example.org/kzuz.json";
const ADDIN = "https://addin.example.org";

function withPageAt(origin: string | undefined, run: () => Promise<void>): Promise<void> {
  const holder = globalThis as { location?: unknown };
  const before = holder.location;
  holder.location = origin === undefined ? undefined : { origin };
  return run().finally(() => {
    holder.location = before;
  });
}

test("a refresh asks the server for a fresh copy (cache: no-cache), without credentials", async () => {
  const inits: RequestInit[] = [];
  const impl = (async (_url: string, init: RequestInit) => {
    inits.push(init);
    return new Response(datasetText, { status: 200 });
  }) as unknown as typeof fetch;
  const result = await fetchDataset(URL_OK, { fetchImpl: impl });
  expect(result.ok).toBe(true);
  expect(inits[0]).toMatchObject({ cache: "no-cache", credentials: "omit" });
});

test("a cross-origin server answering without CORS headers: the message says so and what to ask its owner", async () => {
  const blocked = (async () => {
    throw new TypeError("Failed to fetch");
  }) as typeof fetch;
  await withPageAt(ADDIN, async () => {
    const result = await fetchDataset(URL_OK, { fetchImpl: blocked });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      kind: "fetch-failed",
      id: "errors.data.load.cors",
      values: { url: URL_OK, origin: ADDIN },
    });
    expect(english(result.error)).toBe(
      `Could not download the dataset from ${URL_OK} (Failed to fetch). Either the connection failed, or the server does not let the add-in read it: its answer must carry the CORS header "Access-Control-Allow-Origin: ${ADDIN}". Check your connection; if it works, ask the server's owner to add that header.`
    );
  });
  // The add-in's own address (same origin: no CORS) keeps the plain connection message.
  await withPageAt(new URL(URL_OK).origin, async () => {
    const result = await fetchDataset(URL_OK, { fetchImpl: blocked });
    expect(!result.ok && result.error.id).toBe("errors.data.load.failed");
  });
});
