/**
 * Checking a dataset address before anything is fetched from it. Kept apart from the loader so
 * that the task pane can check what the user types without bundling the validator.
 */
import { failWith, ok, type Result } from "./result";

/** Where the add-in publishes its dataset, relative to the add-in's own address. */
export const DATASET_PATH = "assets/data/kzuz-dataset.json";

/** Options for `checkDatasetUrl`. */
export interface UrlOptions {
  /** Allow http:// for localhost, 127.0.0.1 and [::1] (development). Default false. */
  allowLocalhost?: boolean;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Checks that a dataset address is safe to fetch: an absolute https:// URL without a user name or
 * password; http:// only for localhost when `allowLocalhost` is set.
 */
export function checkDatasetUrl(url: string, options: UrlOptions = {}): Result<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return failWith(
      "invalid-argument",
      `"${url}" is not a complete web address. Give one starting with https://.`
    );
  }
  if (parsed.username !== "" || parsed.password !== "")
    return failWith(
      "insecure-url",
      "The dataset address must not contain a user name or password. Remove them and try again."
    );
  if (parsed.protocol === "https:") return ok(parsed);
  if (parsed.protocol === "http:" && options.allowLocalhost && LOCAL_HOSTS.has(parsed.hostname))
    return ok(parsed);
  return failWith(
    "insecure-url",
    `The dataset address must start with https:// (http:// only for localhost during development); got ${parsed.protocol}//${parsed.host}.`
  );
}
