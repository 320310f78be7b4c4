import { isLaterRelease, newerPublished } from "../../src/office/published";

const URL_OK = "https://data.example.org/kzuz.json";
const inForce = { version: "2026.12.0", asOf: "2026-11-27" };

function answer(body: unknown, status = 200) {
  return jest.fn(
    async () => new Response(JSON.stringify(body), { status })
  ) as unknown as jest.Mock & typeof fetch;
}

test("a later version published at the address is reported, read with one GET", async () => {
  const fetchImpl = answer({ version: "2026.12.1", asOf: "2026-12-05", projects: [] });
  const found = await newerPublished(URL_OK, inForce, fetchImpl, { onLine: true });
  expect(found).toEqual({ version: "2026.12.1", asOf: "2026-12-05" });
  expect(fetchImpl).toHaveBeenCalledTimes(1);
  expect((fetchImpl.mock.calls[0] as unknown[])[0]).toBe(URL_OK);
});

test.each([
  ["the same release", answer(inForce)],
  ["an older release", answer({ version: "2026.11.3", asOf: "2026-12-30" })],
  ["a failed download", answer({ version: "2027.1.0", asOf: "2027-01-01" }, 503)],
  ["a body that is not a dataset", answer({ version: "latest", asOf: "today" })],
  [
    "no connection",
    jest.fn(async () =>
      Promise.reject(new TypeError("Failed to fetch"))
    ) as unknown as typeof fetch,
  ],
])("%s gives no notice", async (_label, fetchImpl) => {
  expect(await newerPublished(URL_OK, inForce, fetchImpl, { onLine: true })).toBeUndefined();
});

test("offline, or at an address that is not https, nothing is fetched", async () => {
  const fetchImpl = answer({ version: "2027.1.0", asOf: "2027-01-01" });
  expect(await newerPublished(URL_OK, inForce, fetchImpl, { onLine: false })).toBeUndefined();
  expect(await newerPublished("http://x.org/d.json", inForce, fetchImpl, {})).toBeUndefined();
  expect(fetchImpl).not.toHaveBeenCalled();
});

test("releases compare by version number, then by date", () => {
  expect(isLaterRelease({ version: "2026.12.10", asOf: "2026-01-01" }, inForce)).toBe(true);
  expect(isLaterRelease({ version: "2026.9.0", asOf: "2027-01-01" }, inForce)).toBe(false);
  expect(isLaterRelease({ version: "2026.12.0", asOf: "2026-11-28" }, inForce)).toBe(true);
});
