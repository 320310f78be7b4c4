/**
 * The dataset bundled with the add-in, and the page's store started with it. Only the functions
 * bundle imports this module, so the dataset's JSON is bundled once (in functions.js), not again
 * in the task pane's bundle.
 */
import raw from "../../assets/data/kzuz-dataset.json";
import type { Result } from "./result";
import type { Dataset } from "./schema";
import { installSharedStore } from "./shared";
import { DatasetStore } from "./store";
import { parseDataset } from "./validate";

let bundled: Result<Dataset> | undefined;

/** The dataset bundled with the add-in, validated on first use. */
export function bundledDataset(): Result<Dataset> {
  return (bundled ??= parseDataset(raw));
}

/**
 * The page's store, installed on first use with the bundled dataset. Throws only if the add-in
 * was built with an invalid bundled dataset, which its tests prevent.
 */
export function getSharedStore(): DatasetStore {
  return installSharedStore(() => {
    const result = bundledDataset();
    if (!result.ok)
      throw new Error(`KZUZ: the bundled dataset is invalid: ${result.error.message}`);
    return new DatasetStore(result.value);
  });
}
