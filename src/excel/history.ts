/**
 * Insert and refresh that remember: when each table was written and from which dataset (the
 * workbook's settings), the change list (the "KZUZ Changes" sheet), and the dataset in force
 * before a refresh, which "restore" puts back through the same all-or-nothing refresh.
 */
import { ok } from "../data/result";
import type { DatasetSnapshot } from "../data/store";
import type { ViewKey } from "../data/views";
import { runtimeStorage, type KeyValueStorage } from "../office/backend";
import {
  keepPrevious,
  loadPrevious,
  readPrevious,
  recordRefresh,
  type PreviousDataset,
} from "../office/history";
import { defaultDatasetUrl } from "../data/url";
import { CHANGES_SHEET, changeRows, writeChangeList } from "./changes";
import * as M from "./messages";
import { sentences, type Message } from "../i18n/message";
import { insertTables, refreshDataset, type Outcome, type Workbench } from "./workbench";

export interface Keeping {
  /** Where the previous dataset's content is kept: the add-in's runtime storage. */
  storage: KeyValueStorage | undefined;
  now?: () => Date;
}

/** In the add-in: the runtime's storage, the clock. */
export function keeping(): Keeping {
  return { storage: runtimeStorage() };
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error))
    .replace(/\s+/g, " ")
    .slice(0, 300);
}

/** Inserts tables and remembers when, and from which dataset. */
export async function insertRemembered(
  bench: Workbench,
  keys: readonly ViewKey[],
  now: () => Date = () => new Date()
): Promise<Outcome> {
  const outcome = await insertTables(bench, keys);
  if (!outcome.ok) return outcome;
  const { version, asOf } = bench.store.get().dataset;
  const written = outcome.changes.map((c) => c.key);
  await recordRefresh(bench.settings, written, { at: now().toISOString(), version, asOf });
  return outcome;
}

/** Refreshes from the workbook's address, keeping what restore and the change list need. */
export async function refreshRemembered(bench: Workbench, keeping: Keeping): Promise<Outcome> {
  const now = keeping.now ?? (() => new Date());
  const before = bench.store.get();
  return remember(bench, before, await refreshDataset(bench, undefined, now), keeping);
}

/**
 * Puts the dataset in force before the last refresh back in force, updating the tables with it
 * exactly as a refresh would (all or nothing). The dataset it replaces becomes the one to restore.
 */
export async function restorePrevious(bench: Workbench, keeping: Keeping): Promise<Outcome> {
  const previous = readPrevious(bench.settings);
  if (!previous) return failed(M.restoreNone());
  const dataset = await loadPrevious(keeping.storage, previous);
  if (!dataset) return failed(M.restoreNotKept(previous.version, previous.asOf));
  const now = keeping.now ?? (() => new Date());
  const before = bench.store.get();
  const url = previous.url ?? defaultDatasetUrl(bench.baseUrl);
  const outcome = await refreshDataset(bench, url, now, () => Promise.resolve(ok(dataset)));
  return remember(bench, before, outcome, keeping);
}

const failed = (s: Message): Outcome => ({ ok: false, said: s });

/** The outcome with one more sentence after its message. */
function adding(outcome: Extract<Outcome, { ok: true }>, more: Message): Outcome {
  const told = sentences(outcome.said, more);
  return { ...outcome, said: told };
}

/** After a refresh: the time and version per table, the dataset replaced, the change list. */
async function remember(
  bench: Workbench,
  before: DatasetSnapshot,
  outcome: Outcome,
  keeping: Keeping
): Promise<Outcome> {
  if (!outcome.ok) return outcome;
  const now = (keeping.now ?? (() => new Date()))();
  const after = bench.store.get().dataset;
  const replaced = after.version !== before.dataset.version || after.asOf !== before.dataset.asOf;
  let previous: PreviousDataset | undefined;
  if (replaced && (await keepPrevious(keeping.storage, before.dataset)))
    previous = {
      version: before.dataset.version,
      asOf: before.dataset.asOf,
      ...(before.origin.kind === "url" ? { url: before.origin.url } : {}),
    };
  await recordRefresh(
    bench.settings,
    outcome.changes.map((c) => c.key),
    { at: now.toISOString(), version: after.version, asOf: after.asOf },
    previous
  );
  const rows = changeRows(outcome.changes, now, after.version);
  if (rows.length === 0) return outcome;
  try {
    await bench.run((context) => writeChangeList(context, rows));
  } catch (error) {
    return adding(outcome, M.changeListFailed(CHANGES_SHEET, reason(error)));
  }
  // The sheet's name stays English in every language: shared workbooks read alike.
  return adding(outcome, M.changeListWritten(CHANGES_SHEET));
}
