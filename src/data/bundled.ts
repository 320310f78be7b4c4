/**
 * The dataset bundled with the add-in. It is validated when the add-in is built (the build fails
 * on an invalid one: scripts/dataset-check-plugin.js; tests/data/load.test.ts checks it too), so
 * start-up uses it as it is and never loads the validator. Only the functions entry imports this
 * module: it starts the page's store.
 */
import raw from "../../assets/data/kzuz-dataset.json";
import { ok, type Result } from "./result";
import type { Dataset } from "./schema";
import { installSharedStore } from "./shared";
import { DatasetStore } from "./store";

/** The bundled dataset. */
export const BUNDLED_DATASET = raw as unknown as Dataset;

const bundled: Result<Dataset> = ok(BUNDLED_DATASET);

/** The bundled dataset as a result, like any dataset loaded. */
export function bundledDataset(): Result<Dataset> {
  return bundled;
}

/** The page's store, installed on first use with the bundled dataset. */
export function getSharedStore(): DatasetStore {
  return installSharedStore(() => new DatasetStore(BUNDLED_DATASET));
}
