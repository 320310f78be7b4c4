/**
 * The task pane's actions on the workbook: insert tables, refresh from a dataset address. Each
 * returns an outcome with a plain message; none throws. One action runs at a time: the same action
 * asked for again while it runs (a double click) gets its outcome; any other gets "busy".
 *
 * A refresh is all-or-nothing where Excel allows it: the new dataset is downloaded and
 * validated before the workbook is touched; the tables are read, and every change planned,
 * before anything is written; the new dataset comes into force (updating every KZUZ formula)
 * only after the tables were written. If any step fails, the previous dataset stays in force.
 * Only rows the add-in wrote are rewritten or removed: it remembers their IDs per table in the
 * workbook's settings (else takes the dataset in force as what it wrote).
 */
import { loadDownloader } from "../data/download";
import { buildIndex, type Index } from "../data/query";
import type { Result } from "../data/result";
import type { Dataset } from "../data/schema";
import type { DatasetStore } from "../data/store";
import { checkDatasetUrl, defaultDatasetUrl } from "../data/url";
import {
  VIEW_KEYS,
  datasetViews,
  tableOf,
  type CellValue,
  type View,
  type ViewKey,
} from "../data/views";
import {
  readDashboard,
  readRowIds,
  readSettings,
  writeSettings,
  type SettingsBag,
} from "../office/settings";
import { cardColumnsFor, cardsAfterWrite, type CardsChoice } from "./cards/tables";
import { DASHBOARD_LAYOUT, DASHBOARD_SHEET } from "./charts/dashboard";
import { ChartBuildError } from "./charts/replace";
import type { Say } from "./charts/words";
import * as M from "./messages";
import { plain, sentences, type Message } from "../i18n/message";
import { WORKBOOK_SET, isSupported, type Supports } from "./requirements";
import { tellChanges } from "./summary";
import type { TableChange } from "./tables/plan";
import { RefusedBeforeWriting, type Action } from "./tables/refused";
import { TableEditedError } from "./tables/verify";
import {
  TableStructureError,
  TableWriteError,
  writeTables,
  type WriteResult,
} from "./tables/write";

/** Runs a batch against the workbook: Excel.run in the add-in, a fake in tests. */
export type RunExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface Workbench {
  store: DatasetStore;
  run: RunExcel;
  settings: SettingsBag | undefined;
  /** The address the add-in was served from, to find its own published dataset. */
  baseUrl: string;
  /** Which Office requirement sets the host supports; Office's own answer by default. */
  supports?: Supports;
  /** "Insert with cards" and the reader's language, where the pane offers cards (./cards). */
  cards?: CardsChoice;
}

/** What an action did (`said`: to say in the reader's language, src/i18n/message.ts). */
export type Outcome =
  { ok: true; said: Message; changes: TableChange[] } | { ok: false; said: Message };

const failed = (s: Message): Outcome => ({ ok: false, said: s });

/** The address a refresh uses: the one saved in the workbook, else the add-in's own copy. */
export function datasetUrl(bench: Workbench): string {
  return readSettings(bench.settings).datasetUrl ?? defaultDatasetUrl(bench.baseUrl);
}

/** The action running on each workbench, if any: what it is, and its outcome to come. */
const running = new WeakMap<
  Workbench,
  { key: string; label: Message; outcome: Promise<Outcome> }
>();

/** The actions, as the busy message names them. */
const ACTIONS = {
  insert: M.actionInsert(),
  refresh: M.actionRefresh(),
  chart: (kind: ChartKind) => M.actionChart(kind),
};

/**
 * Runs `action` unless one is running on this workbench. The same action asked for again (same
 * `key`: a double click) gets the running one's outcome; a different one gets its own answer,
 * "busy", and is not started.
 */
function exclusive(
  bench: Workbench,
  key: string,
  label: Message,
  action: () => Promise<Outcome>
): Promise<Outcome> {
  const current = running.get(bench);
  if (current?.key === key) return current.outcome;
  if (current) return Promise.resolve(failed(M.busy(current.label, label)));
  const outcome = action()
    .catch((error: unknown): Outcome => failed(M.failed(reason(error))))
    .finally(() => running.delete(bench));
  running.set(bench, { key, label, outcome });
  return outcome;
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").slice(0, 300);
}

function tablesUnsupported(bench: Workbench): Outcome | undefined {
  if (isSupported(WORKBOOK_SET, bench.supports)) return undefined;
  const set = `${WORKBOOK_SET.set} ${WORKBOOK_SET.version}`;
  return failed(M.tablesUnsupported(set));
}

function viewsFor(index: Index, keys: readonly ViewKey[]): View[] {
  return datasetViews(index).filter((v) => keys.includes(v.key));
}

/** The IDs the add-in wrote per table: saved in the workbook, else the rows of `index`. */
function ownedRows(
  bench: Workbench,
  index: Index,
  keys: readonly ViewKey[]
): Partial<Record<ViewKey, string[]>> {
  const saved = readRowIds(bench.settings);
  const inForce = viewsFor(index, keys);
  const owned: Partial<Record<ViewKey, string[]>> = {};
  for (const key of keys)
    owned[key] = saved[key] ?? inForce.find((v) => v.key === key)?.rows.map((r) => r.id) ?? [];
  return owned;
}

/** Our rows' cells as the dataset in force has them (what the add-in last wrote), by view and ID. */
function writtenRows(index: Index): Partial<Record<ViewKey, Map<string, readonly CellValue[]>>> {
  const out: Partial<Record<ViewKey, Map<string, readonly CellValue[]>>> = {};
  for (const view of datasetViews(index))
    out[view.key] = new Map(view.rows.map((r) => [r.id, r.cells]));
  return out;
}

/** Remembers what a write found and wrote: table ids and the IDs of the rows now ours. */
function remember(bench: Workbench, result: WriteResult): Promise<boolean> {
  return writeSettings(bench.settings, { tableIds: result.tableIds, rowIds: result.rowIds });
}

/**
 * The message for a write that stopped with nothing of it left in the workbook: refused before
 * writing (a protected sheet, edits that kept coming), or an edit found as the write was applied
 * and every table put back as it was; undefined for any other error.
 */
function stoppedCleanly(error: unknown, action: Action): Message | undefined {
  if (error instanceof RefusedBeforeWriting) return error.describe(action);
  if (
    error instanceof TableWriteError &&
    error.restored &&
    error.cause instanceof RefusedBeforeWriting
  )
    return error.cause.describe(action);
  return undefined;
}

/** Inserts the chosen parts of the dataset in force as tables (updating those already there). */
export function insertTables(bench: Workbench, keys: readonly ViewKey[]): Promise<Outcome> {
  return exclusive(bench, `insert:${[...keys].sort().join(",")}`, ACTIONS.insert, () =>
    writeParts(bench, keys)
  );
}

/** insertTables' work, for an action that already holds the workbench (a chart needing its table). */
async function writeParts(bench: Workbench, keys: readonly ViewKey[]): Promise<Outcome> {
  const unsupported = tablesUnsupported(bench);
  if (unsupported) return unsupported;
  const { index, dataset } = bench.store.get();
  const views = viewsFor(index, keys);
  const options = {
    knownTableIds: readSettings(bench.settings).tableIds,
    ownedRowIds: ownedRows(bench, index, keys),
    writtenRows: writtenRows(index),
    version: dataset.version,
    supports: bench.supports,
    cardColumns: cardColumnsFor(bench.cards, bench.supports),
  };
  let result;
  try {
    result = await bench.run((context) => writeTables(context, views, options));
  } catch (error) {
    if (error instanceof TableStructureError) return failed(error.said);
    const stopped = stoppedCleanly(error, "Insert");
    if (stopped) return failed(stopped);
    return failed(
      error instanceof TableWriteError && !error.restored
        ? M.insertPartly(reason(error))
        : M.insertFailed(reason(error))
    );
  }
  await remember(bench, result);
  const cards = await cardsAfterWrite(bench.run, index, views, result, bench.cards, bench.supports);
  const changed = tellChanges(result.changes, views, dataset);
  const refused = viewsNotRestored(result);
  const told = refused.length > 0 || cards ? sentences(changed, cards, ...refused) : changed;
  return { ok: true, said: told, changes: result.changes };
}

/** What to say of the filters and sorts Excel refused to take back after a write. */
function viewsNotRestored(result: WriteResult | undefined): Message[] {
  const refused = result?.notRestored ?? [];
  return (["filter", "sort"] as const).flatMap((what) => {
    const tables = refused.filter((r) => r.what === what).map((r) => r.table);
    return tables.length > 0 ? [M.viewNotRestored(what, tables)] : [];
  });
}

/** How a refresh gets its dataset: downloaded and validated; restore passes the one it kept. */
export type DatasetSource = (href: string) => Promise<Result<Dataset>>;

const download: DatasetSource = async (href) => (await loadDownloader()).fetchDataset(href);

/** Downloads the dataset at `url` (default: the workbook's setting), updates the tables already inserted, and puts it in force. */
export function refreshDataset(
  bench: Workbench,
  url = datasetUrl(bench),
  now = () => new Date(),
  source: DatasetSource = download
): Promise<Outcome> {
  return exclusive(bench, `refresh:${url}`, ACTIONS.refresh, async () => {
    const previous = bench.store.get().dataset;
    const keep = M.refreshKeep(previous.version, previous.asOf);
    const checked = checkDatasetUrl(url);
    // A DataError is said as it is: its own catalogue id, where it has one, translates it.
    if (!checked.ok) return failed(sentences(checked.error, keep));
    const loaded = await source(checked.value.href);
    if (!loaded.ok) return failed(sentences(M.refreshNotLoaded(loaded.error), keep));
    const dataset: Dataset = loaded.value;

    const known = readSettings(bench.settings).tableIds;
    const knownKeys = Object.keys(known) as ViewKey[];
    let written: WriteResult | undefined;
    let views: View[] = [];
    let prepared: Index | undefined;
    let cards: Message | undefined;
    const unsupported = tablesUnsupported(bench);
    if (unsupported && knownKeys.length > 0) return failed(sentences(unsupported.said, keep));
    if (!unsupported) {
      prepared = buildIndex(dataset);
      views = viewsFor(prepared, VIEW_KEYS);
      const outcome = await writeNew(bench, views, {
        known,
        // Tables not remembered in the settings (lost, or the sheets copied from another
        // workbook) are looked up by name, and refreshed only if found and ours.
        onlyIfFound: VIEW_KEYS.filter((k) => !knownKeys.includes(k)),
        version: dataset.version,
        keep,
      });
      if (!outcome.ok) return outcome.outcome;
      written = outcome.result;
      cards = await cardsAfterWrite(
        bench.run,
        prepared,
        views,
        written,
        bench.cards,
        bench.supports
      );
    }
    bench.store.replace(
      dataset,
      {
        kind: "url",
        url: checked.value.href,
        fetchedAt: now().toISOString(),
      },
      prepared
    );
    const changes = written?.changes ?? [];
    const left = written?.ignored ?? [];
    const ignored = left.length > 0 ? M.refreshIgnored(left) : undefined;
    const tables = changes.length > 0 ? tellChanges(changes, views, dataset) : M.refreshNoTables();
    const same = dataset.version === previous.version && dataset.asOf === previous.asOf;
    const head = same
      ? M.refreshSame(dataset.version, dataset.asOf)
      : M.refreshReplaced(dataset.version, dataset.asOf, previous.version);
    const told = sentences(head, tables, cards, ignored, ...viewsNotRestored(written));
    return { ok: true, said: told, changes };
  });
}

/**
 * Writes the new dataset's views; if Excel stops part-way, puts the previous dataset's values
 * back. Nothing had been deleted unless the failure came in the last step (row deletes), and
 * every row the user wrote in is never deleted, so putting values back by ID restores the
 * user's rows and values in place.
 */
async function writeNew(
  bench: Workbench,
  views: readonly View[],
  how: {
    known: Partial<Record<ViewKey, string>>;
    onlyIfFound: ViewKey[];
    version: string;
    keep: Message;
  }
): Promise<{ ok: true; result: WriteResult } | { ok: false; outcome: Outcome }> {
  const before = bench.store.get();
  const owned = ownedRows(bench, before.index, VIEW_KEYS);
  const options = {
    knownTableIds: how.known,
    ownedRowIds: owned,
    writtenRows: writtenRows(before.index),
    version: how.version,
    onlyIfFound: how.onlyIfFound,
    supports: bench.supports,
    cardColumns: cardColumnsFor(bench.cards, bench.supports),
  };
  const fail = (first: Message) => ({
    ok: false as const,
    outcome: failed(sentences(first, how.keep)),
  });
  try {
    const result = await bench.run((context) => writeTables(context, views, options));
    await remember(bench, result);
    return { ok: true, result };
  } catch (error) {
    if (error instanceof TableStructureError) return fail(error.said);
    const stopped = stoppedCleanly(error, "Refresh");
    if (stopped) return fail(stopped);
    if (!(error instanceof TableWriteError)) return fail(M.refreshNotUpdated(reason(error)));
    // Every table put back as the refresh read it (rows, values, formats, size): nothing more to do.
    if (error.restored && !error.deleting) return fail(M.refreshRestored(reason(error)));
    // Put the previous dataset's values back in the rows we wrote (and the rows the failed write
    // appended, which are ours too, are removed again); no table is created.
    const ownedThen: Partial<Record<ViewKey, string[]>> = {};
    for (const v of views) ownedThen[v.key] = [...(owned[v.key] ?? []), ...v.rows.map((r) => r.id)];
    const back = viewsFor(before.index, VIEW_KEYS);
    try {
      await bench.run((context) =>
        writeTables(context, back, {
          knownTableIds: how.known,
          ownedRowIds: ownedThen,
          version: before.dataset.version,
          onlyIfFound: VIEW_KEYS,
          supports: bench.supports,
          cardColumns: cardColumnsFor(bench.cards, bench.supports),
        })
      );
    } catch (again) {
      return fail(M.refreshNotPutBack(reason(error), reason(again)));
    }
    // An edit found as rows were deleted (G2): the rows removed went back, then the values.
    const putBack =
      error.cause instanceof TableEditedError
        ? M.refreshEditedDeleting(error.cause.tableName)
        : M.refreshPutBack(reason(error));
    const moved = error.deleting && !error.rowsInPlace ? M.refreshRowsMoved() : undefined;
    return fail(sentences(putBack, moved));
  }
}

export type ChartKind = "trade" | "investment";

/**
 * Builds (or rebuilds, never duplicating) a chart on the KZUZ Dashboard sheet. The trade chart
 * reads the Trade table: where it is missing, it is inserted first, and the outcome says so, so
 * both charts build in one click on a workbook without tables. `say` writes the chart's title,
 * axis titles and series names in the pane's language (tests give English); its name stays
 * English (./charts/words).
 */
export function buildChart(bench: Workbench, kind: ChartKind, say: Say): Promise<Outcome> {
  return exclusive(bench, `chart:${kind}`, ACTIONS.chart(kind), async () => {
    // The chart code is loaded when first needed: most sessions never build a chart. Both
    // imports name the same chunk, so webpack puts the two builders in one file.
    const build =
      kind === "trade"
        ? (await import(/* webpackChunkName: "charts" */ "./charts/trade")).buildTradeChart
        : (await import(/* webpackChunkName: "charts" */ "./charts/investment"))
            .buildInvestmentChart;
    const { index } = bench.store.get();
    const attempt = () => {
      const tradeTableId = readSettings(bench.settings).tableIds.trade;
      const dashboard = readDashboard(bench.settings);
      return bench.run((context) =>
        build(context, index, { tradeTableId, supports: bench.supports, dashboard, say })
      );
    };
    let result;
    let inserted: Message | undefined;
    let changes: TableChange[] = [];
    try {
      result = await attempt();
      if (!result.ok && result.reason === "needs-trade-table") {
        const table = await writeParts(bench, ["trade"]);
        if (!table.ok) return table;
        changes = table.changes;
        inserted = M.chartInsertedTradeTable(tableOf("trade").tableName);
        result = await attempt();
      }
    } catch (error) {
      // The Dashboard under the name it has now: the user may have renamed it (it is found by id).
      const sheet = (error instanceof ChartBuildError && error.sheetName) || DASHBOARD_SHEET;
      if (error instanceof ChartBuildError && error.kept)
        return failed(M.chartKept(reason(error), kind, sheet));
      const cells = DASHBOARD_LAYOUT[kind].clear.join(", ");
      return failed(M.chartPartly(reason(error), kind, sheet, cells));
    }
    if (!result.ok) return failed(sentences(inserted, result.said));
    // What this build wrote, so the next one clears only that (G4), on the sheet it used (G4b).
    await writeSettings(bench.settings, {
      dashboard: { sheetId: result.sheetId, written: { [kind]: result.written } },
    });
    // The description is also the text written under the chart in the workbook: it stays English.
    const told = sentences(
      inserted,
      M.chartBuilt(result.chartName, result.sheetName),
      plain(result.description),
      result.skipped.length > 0 ? M.chartSkipped(result.skipped) : undefined
    );
    return { ok: true, said: told, changes };
  });
}
