/**
 * The dataset that comes with the add-in. It is not in the JavaScript: the page fetches
 * assets/data/kzuz-dataset.json (same origin) while its scripts load (taskpane.html preloads it),
 * and the browser checks it against the SHA-256 the build baked in (Subresource Integrity), so
 * the bytes used are the bytes validated when the add-in was built (the build fails on an invalid
 * dataset: scripts/dataset-check-plugin.js). Start-up therefore never loads the validator.
 * Only the functions entry imports this module: it starts the page's store.
 */
import { message, plain, type Message } from "../i18n/message";
import { fail, ok, type Result } from "./result";
import type { Dataset } from "./schema";
import { startSharedStore } from "./shared";
import { DatasetStore } from "./store";

/** Where the build put the bundled dataset, and its integrity ("sha256-…"). */
export interface BundledAddress {
  url: string;
  integrity: string;
}

// Defined by webpack (webpack.config.js, DefinePlugin); absent where src/ runs unbuilt (tests, tsx).
declare const KZUZ_BUNDLED_DATASET: BundledAddress | undefined;

/** The build's address of the bundled dataset, undefined outside a build. */
export function bundledAddress(): BundledAddress | undefined {
  return typeof KZUZ_BUNDLED_DATASET === "undefined" ? undefined : KZUZ_BUNDLED_DATASET;
}

/**
 * Fetches the bundled dataset from `address` (relative to the page), integrity-checked. Fails
 * (kind "no-data") when there is no address or fetch, the server or the check fails, or the
 * text is not JSON.
 */
export async function loadBundledDataset(
  address: BundledAddress | undefined = bundledAddress(),
  fetchImpl: typeof fetch | undefined = globalThis.fetch
): Promise<Result<Dataset>> {
  const missing = (reason: Message) =>
    fail({
      kind: "no-data",
      id: "errors.data.bundled.missing",
      values: { reason },
    });
  if (!address || typeof fetchImpl !== "function")
    return missing(message("errors.data.bundled.notHere"));
  try {
    const response = await fetchImpl(address.url, {
      integrity: address.integrity,
      credentials: "same-origin",
    });
    if (!response.ok) return missing(plain(`${response.status} ${response.statusText}`.trim()));
    return ok(JSON.parse(await response.text()) as Dataset);
  } catch (e) {
    // (duck-typed: an error from another realm is not an instance of this one's Error)
    const said = (e as { message?: unknown } | null)?.message;
    return missing(plain(typeof said === "string" ? said : String(e)));
  }
}

/**
 * Starts the page's store with the bundled dataset (once; a store installed before wins).
 * Resolves to the store, or undefined when the dataset could not load (said on the console).
 */
export function startBundledStore(
  load: () => Promise<Result<Dataset>> = () => loadBundledDataset()
): Promise<DatasetStore | undefined> {
  return startSharedStore(async () => {
    try {
      const loaded = await load();
      if (loaded.ok) return new DatasetStore(loaded.value);
      // A bare custom-functions runtime may have no console.
      // A developer's line: the error as the data layer has it (its id and values, no words).
      globalThis.console?.error(
        `KZUZ: the bundled dataset did not load: ${loaded.error.id} ${JSON.stringify(loaded.error.values ?? {})}`
      );
    } catch (e) {
      globalThis.console?.error("KZUZ: the bundled dataset could not be indexed", e);
    }
    return undefined;
  });
}
