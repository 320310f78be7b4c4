/**
 * Checking a dataset address before anything is fetched from it. Kept apart from the loader so
 * that the task pane can check what the user types without bundling the validator. The pane, the
 * refresh and the download all use `checkDatasetUrl`, so an address the pane accepts is exactly
 * one the download accepts.
 */
import { failWith, ok, type Result } from "./result";
import { UNSAFE_CHARACTER } from "./text";

/** Where the add-in publishes its dataset, relative to the add-in's own address. */
export const DATASET_PATH = "assets/data/kzuz-dataset.json";

/** The add-in's own published dataset: the default address, relative to where the add-in is served. */
export function defaultDatasetUrl(baseUrl: string): string {
  return new URL(DATASET_PATH, baseUrl).href;
}

/**
 * A dataset address in the one form it is saved and compared in: as the URL parser writes it
 * (`href`: lower-case scheme and host, the default port left out, a non-ASCII host in punycode,
 * spaces and non-ASCII characters in the path percent-encoded), so that "HTTPS://Data.Example.kz:443/
 * данные/kzuz.json" typed once and the address a refresh recorded are the same text. Text that is
 * not an address is returned trimmed (it is refused when used).
 */
export function normalizeDatasetUrl(url: string): string {
  const text = url.trim();
  try {
    return new URL(text).href;
  } catch {
    return text;
  }
}

/**
 * Checks that a dataset address is safe to fetch and to show: an absolute https:// URL without a
 * user name or password, and without control or bidirectional-formatting characters (which the
 * URL parser would silently drop or encode, so the address shown would not be the one fetched).
 * There is no http:// exception, not even for localhost: the add-in's own development server
 * serves https (office-addin-dev-certs), so one rule holds everywhere.
 */
export function checkDatasetUrl(url: string): Result<URL> {
  if (UNSAFE_CHARACTER.test(url)) return failWith("invalid-argument", "errors.data.url.unsafe");
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    const shown = url.length > 200 ? `${url.slice(0, 200)}…` : url;
    return failWith("invalid-argument", "errors.data.url.incomplete", { url: shown });
  }
  if (parsed.username !== "" || parsed.password !== "")
    return failWith("insecure-url", "errors.data.url.credentials");
  if (parsed.protocol === "https:") return ok(parsed);
  const address = `${parsed.protocol}//${parsed.host.slice(0, 200)}`;
  return failWith("insecure-url", "errors.data.url.notHttps", { address });
}
