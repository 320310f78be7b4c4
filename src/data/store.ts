/**
 * The dataset in force, its index and where it came from, with refresh and change notification.
 * A failed refresh never disturbs the dataset in force.
 */
import { loadDownloader } from "./download";
import type { FetchOptions } from "./load";
import { buildIndex, type Index } from "./query";
import { fail, ok, type Result } from "./result";
import type { Dataset } from "./schema";

/** Where the dataset in force came from. */
export type DatasetOrigin = { kind: "bundled" } | { kind: "url"; url: string; fetchedAt: string };

/** The dataset in force, its index and its origin, replaced as a whole on every change. */
export interface DatasetSnapshot {
  readonly dataset: Dataset;
  readonly index: Index;
  readonly origin: DatasetOrigin;
}

/** Called with the new snapshot after every successful change. */
type DatasetListener = (snapshot: DatasetSnapshot) => void;

/** Options for `DatasetStore.refresh`: those of `fetchDataset`, whose clock also dates `fetchedAt`. */
type RefreshOptions = FetchOptions;

/** Holds the dataset in force. Keeps no global state: `sharedStore` (./shared) gives the page's one. */
export class DatasetStore {
  private snapshot: DatasetSnapshot;
  private readonly listeners = new Set<DatasetListener>();
  /** Every change and refresh takes a ticket; a refresh applies only if nothing younger has. */
  private tickets = 0;
  private appliedTicket = 0;

  constructor(dataset: Dataset, origin: DatasetOrigin = { kind: "bundled" }) {
    this.snapshot = makeSnapshot(dataset, origin);
  }

  /** The dataset in force, with its index and origin. */
  get(): DatasetSnapshot {
    return this.snapshot;
  }

  /**
   * Puts a validated dataset in force and notifies subscribers. The index is built here unless
   * `prepared` (from `buildIndex`) is the index of this very dataset, so it is never built twice.
   */
  replace(dataset: Dataset, origin: DatasetOrigin, prepared?: Index): DatasetSnapshot {
    return this.apply(++this.tickets, dataset, origin, prepared);
  }

  private apply(
    ticket: number,
    dataset: Dataset,
    origin: DatasetOrigin,
    prepared?: Index
  ): DatasetSnapshot {
    this.appliedTicket = ticket;
    this.snapshot = makeSnapshot(
      dataset,
      origin,
      prepared?.dataset === dataset ? prepared : undefined
    );
    for (const listener of [...this.listeners]) {
      try {
        listener(this.snapshot);
      } catch (e) {
        // A bare custom-functions runtime may have no console.
        globalThis.console?.error("KZUZ: a dataset listener failed", e);
      }
    }
    return this.snapshot;
  }

  /**
   * Downloads and validates the dataset at `url` and puts it in force. On any failure the
   * dataset in force stays, subscribers are not called, and the typed error is returned. If a
   * change started later (another refresh, or `replace`) was applied first, this one is dropped
   * as "superseded".
   */
  async refresh(url: string, options: RefreshOptions = {}): Promise<Result<DatasetSnapshot>> {
    const ticket = ++this.tickets;
    const { fetchDataset } = await loadDownloader();
    const result = await fetchDataset(url, options);
    if (!result.ok) return result;
    if (ticket < this.appliedTicket)
      return fail({
        kind: "superseded",
        id: "errors.data.store.superseded",
      });
    const fetchedAt = (options.now?.() ?? new Date()).toISOString();
    return ok(this.apply(ticket, result.value, { kind: "url", url, fetchedAt }));
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: DatasetListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

function makeSnapshot(dataset: Dataset, origin: DatasetOrigin, index?: Index): DatasetSnapshot {
  return Object.freeze({
    dataset,
    index: index ?? buildIndex(dataset),
    origin: Object.freeze({ ...origin }),
  });
}
