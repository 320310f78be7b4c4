/**
 * The page's dataset store as the functions entry starts it in the add-in: the published dataset
 * (the file the build ships and the page fetches). Import this module before
 * src/functions/functions, so the functions find the store at once, as they do on the page once
 * the dataset has loaded.
 */
import { installSharedStore } from "../../src/data/shared";
import { DatasetStore } from "../../src/data/store";
import { publishedDataset } from "./dataset";

export const pageStore: DatasetStore = installSharedStore(
  () => new DatasetStore(publishedDataset())
);
