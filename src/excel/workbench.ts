/**
 * The task pane's actions on the workbook: insert tables, refresh from a dataset address. Each
 * returns an outcome with a plain message; none throws. One action runs at a time: a second
 * click while one runs gets the running one's outcome instead of starting another.
 *
 * A refresh is all-or-nothing where Excel allows it: the new dataset is downloaded and
 * validated before the workbook is touched; the tables are read, and every change planned,
 * before anything is written; the new dataset comes into force (updating every KZUZ formula)
 * only after the tables were written. If any step fails, the previous dataset stays in force.
 */
import type { Index } from "../data/query";
import type { Dataset } from "../data/schema";
import type { DatasetStore } from "../data/store";
import { DATASET_PATH, checkDatasetUrl } from "../data/url";
import { datasetViews, type View, type ViewKey } from "../data/views";
import { readSettings, writeSettings, type SettingsBag } from "../office/settings";
import { WORKBOOK_SET, isSupported, type Supports } from "./requirements";
import { describeChanges } from "./summary";
import type { TableChange } from "./tables/plan";
import { RefusedBeforeWriting } from "./tables/refused";
import { TableWriteError, writeTables } from "./tables/write";

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
}

export type Outcome =
  { ok: true; message: string; changes: TableChange[] } | { ok: false; message: string };

/** The add-in's own published copy of the dataset: the default refresh address. */
export function defaultDatasetUrl(baseUrl: string): string {
  return new URL(DATASET_PATH, baseUrl).href;
}

/** The address a refresh uses: the one saved in the workbook, else the add-in's own copy. */
export function datasetUrl(bench: Workbench): string {
  return readSettings(bench.settings).datasetUrl ?? defaultDatasetUrl(bench.baseUrl);
}

/** The action running on each workbench, if any. */
const running = new WeakMap<Workbench, Promise<Outcome>>();

/**
 * Runs `action` unless one is running on this workbench, in which case the running one's outcome
 * is returned.
 */
function exclusive(bench: Workbench, action: () => Promise<Outcome>): Promise<Outcome> {
  const current = running.get(bench);
  if (current) return current;
  const started = action()
    .catch((error: unknown): Outcome => ({
      ok: false,
      message: `Something went wrong: ${reason(error)}. Nothing was changed.`,
    }))
    .finally(() => running.delete(bench));
  running.set(bench, started);
  return started;
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").slice(0, 300);
}

function tablesUnsupported(bench: Workbench): Outcome | undefined {
  if (isSupported(WORKBOOK_SET, bench.supports)) return undefined;
  return {
    ok: false,
    message: `This version of Excel lacks the table features the add-in uses (${WORKBOOK_SET.set} ${WORKBOOK_SET.version}). Update Office, or use Excel on the web; the KZUZ formulas work meanwhile.`,
  };
}

function viewsFor(index: Index, keys: readonly ViewKey[]): View[] {
  return datasetViews(index).filter((v) => keys.includes(v.key));
}

/** Inserts the chosen parts of the dataset in force as tables (updating those already there). */
export function insertTables(bench: Workbench, keys: readonly ViewKey[]): Promise<Outcome> {
  return exclusive(bench, async () => {
    const unsupported = tablesUnsupported(bench);
    if (unsupported) return unsupported;
    const { index } = bench.store.get();
    const views = viewsFor(index, keys);
    const known = readSettings(bench.settings).tableIds;
    let result;
    try {
      result = await bench.run((context) =>
        writeTables(context, views, { knownTableIds: known, supports: bench.supports })
      );
    } catch (error) {
      if (error instanceof RefusedBeforeWriting)
        return { ok: false, message: error.describe("Insert") };
      return {
        ok: false,
        message: `Excel could not write the tables: ${reason(error)}. Check that the workbook is not read-only and try again.`,
      };
    }
    await writeSettings(bench.settings, { tableIds: result.tableIds });
    return { ok: true, message: describeChanges(result.changes, views), changes: result.changes };
  });
}

/** Downloads the dataset at `url` (default: the workbook's setting), updates the tables already inserted, and puts it in force. */
export function refreshDataset(
  bench: Workbench,
  url = datasetUrl(bench),
  now = () => new Date()
): Promise<Outcome> {
  return exclusive(bench, async () => {
    const previous = bench.store.get().dataset;
    const keep = `The workbook and formulas still use dataset ${previous.version} (as of ${previous.asOf}).`;
    const checked = checkDatasetUrl(url, { allowLocalhost: true });
    if (!checked.ok) return { ok: false, message: `${checked.error.message} ${keep}` };
    const loaded = await bench.store.load(checked.value.href);
    if (!loaded.ok)
      return {
        ok: false,
        message: `The dataset could not be refreshed: ${loaded.error.message} ${keep}`,
      };
    const dataset: Dataset = loaded.value;

    const known = readSettings(bench.settings).tableIds;
    const keys = Object.keys(known) as ViewKey[];
    let changes: TableChange[] = [];
    let views: View[] = [];
    let prepared: Index | undefined;
    if (keys.length > 0) {
      const unsupported = tablesUnsupported(bench);
      if (unsupported) return { ok: false, message: `${unsupported.message} ${keep}` };
      prepared = bench.store.prepare(dataset);
      views = viewsFor(prepared, keys);
      try {
        const result = await bench.run((context) =>
          writeTables(context, views, { knownTableIds: known, supports: bench.supports })
        );
        changes = result.changes;
        await writeSettings(bench.settings, { tableIds: result.tableIds });
      } catch (error) {
        if (error instanceof RefusedBeforeWriting)
          return { ok: false, message: `${error.describe("Refresh")} ${keep}` };
        if (!(error instanceof TableWriteError))
          return {
            ok: false,
            message: `Excel could not update the tables: ${reason(error)}. ${keep}`,
          };
        // Excel stopped part-way through the write: put the previous dataset's rows back.
        const back = viewsFor(bench.store.get().index, keys);
        try {
          await bench.run((context) =>
            writeTables(context, back, { knownTableIds: known, supports: bench.supports })
          );
        } catch (again) {
          return {
            ok: false,
            message: `Excel stopped part-way through updating the tables (${reason(error)}) and could not put them back (${reason(again)}). The tables may be partly updated: run Refresh again. ${keep}`,
          };
        }
        return {
          ok: false,
          message: `Excel stopped part-way through updating the tables (${reason(error)}), so the previous rows were put back (any that had been removed now stand at the end of their table). ${keep}`,
        };
      }
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
    const tables =
      keys.length > 0
        ? describeChanges(changes, views)
        : "No KZUZ tables are in this workbook yet, so only the formulas were updated.";
    const same = dataset.version === previous.version && dataset.asOf === previous.asOf;
    const head = same
      ? `Dataset ${dataset.version} (as of ${dataset.asOf}) is already the latest.`
      : `Dataset ${dataset.version} (as of ${dataset.asOf}) is now in force, replacing ${previous.version}.`;
    return { ok: true, message: `${head} ${tables}`, changes };
  });
}

export type ChartKind = "trade" | "investment";

/** Builds (or rebuilds, never duplicating) a chart on the KZUZ Dashboard sheet. */
export function buildChart(bench: Workbench, kind: ChartKind): Promise<Outcome> {
  return exclusive(bench, async () => {
    // The chart code is loaded when first needed: most sessions never build a chart. Both
    // imports name the same chunk, so webpack puts the two builders in one file.
    const build =
      kind === "trade"
        ? (await import(/* webpackChunkName: "charts" */ "./charts/trade")).buildTradeChart
        : (await import(/* webpackChunkName: "charts" */ "./charts/investment"))
            .buildInvestmentChart;
    const { index } = bench.store.get();
    const tradeTableId = readSettings(bench.settings).tableIds.trade;
    let result;
    try {
      result = await bench.run((context) =>
        build(context, index, { tradeTableId, supports: bench.supports })
      );
    } catch (error) {
      return {
        ok: false,
        message: `Excel could not build the chart: ${reason(error)}. Nothing else was changed.`,
      };
    }
    if (!result.ok) return { ok: false, message: result.message };
    const skipped =
      result.skipped.length > 0
        ? ` Not available in this version of Excel: ${result.skipped.join("; ")}.`
        : "";
    return {
      ok: true,
      message: `${result.chartName} is on the sheet ${result.sheetName}. ${result.description}${skipped}`,
      changes: [],
    };
  });
}
