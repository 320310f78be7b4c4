/**
 * Writing dataset views to Excel as real tables, and refreshing them in place, from the plans
 * of ./plan. Each step is a context.sync:
 *   1. find each table (by the id remembered in the workbook's settings, which survives a
 *      rename, else by its name) and the sheet a new one would go on;
 *   2. read the found tables' headers and rows (values and formulas), filters, sort and sheet
 *      protection, and start watching them for edits (./verify); and whether a sheet a new table
 *      would use is empty, and protected (only once step 1 has shown the sheet exists: a method
 *      called on a worksheet that may be a null object is not something Excel documents);
 *   3. write everything but row deletes: every table planned first (the structure checked, a
 *      protected sheet or an edit heard since step 2 stopping everything before a cell is
 *      written; an edit: the whole write starts over once), then queued at once, with
 *      calculation suspended and filters cleared, plus one sync per extra 4 MB; the request begins
 *      by reading each table again, and a table changed since step 2 is put back as that read
 *      found it (./undo);
 *   4. only if rows are to be removed: delete them, bottom up, a run of adjacent rows at a time,
 *      after every other write succeeded, checking by ID that the rows removed were those planned
 *      (./deletes: a row inserted above them since the read puts them back and stops);
 *   5. only for a table that had them: its filter, then its sort, applied again, each in a request
 *      of its own (a filtered table refuses row deletes, so after the deletes), a refusal reported
 *      in the result (`notRestored`) instead of failing the refresh (./filters).
 * So an insert takes 2 syncs, a refresh 3, or 4 when rows leave the dataset, plus one per filter
 * or sort put back. Deleting
 * last means a failure in steps 1-3 has deleted nothing, so putting values back by ID restores
 * every row in its place; only rows nobody wrote in are ever deleted.
 */
import { Syncer } from "../batch";
import { isSupported, type Supports } from "../requirements";
import { tableOf, type CellValue, type View, type ViewKey } from "../../data/views";
import { applyCreate, applyRefresh, type MakeRoom } from "./apply";
import { DEFAULT_MAX_REQUEST_BYTES } from "./chunks";
import {
  AUTOFILTER_SET,
  clearViewState,
  readViewState,
  restoreViews,
  type ViewState,
} from "./filters";
import {
  cellText,
  idColumnIn,
  looksOurs,
  ownedAfter,
  planCreate,
  type CreatePlan,
  type RefreshPlan,
  type TableChange,
} from "./plan";
import { planRefresh } from "./plan-refresh";
import { assertUnprotected, readProtection, type ProtectionCheck } from "./protection";
import * as M from "../messages";
import { TableStructureError, TableWriteError } from "./errors";
import { DeletedWrongRowsError, deleteVerified, type DeleteTarget } from "./deletes";
import { readInBlocks, responseTooLarge, rowBytes, type Grids } from "./read";
import { withCardText } from "../cards/read";
import { rollBack, type BodyRead } from "./rollback";
import { freeSheetName } from "./sheet-name";
import { putBack, reinsertDeleted, undoCreates } from "./undo";
import {
  EditWatch,
  TableEditedError,
  changedSinceRead,
  readRowsAgain,
  type RowCheck,
} from "./verify";

export interface WriteOptions {
  /** Table ids remembered from earlier writes (the workbook's settings), by view. */
  knownTableIds?: Partial<Record<ViewKey, string>>;
  /** IDs of the rows the add-in wrote, by view; for a view without them, every ID in its table. */
  ownedRowIds?: Partial<Record<ViewKey, readonly string[]>>;
  /** The version of the dataset written, for the mark on rows it no longer holds. */
  version?: string;
  /** Our rows' cells as last written (the dataset in force), by view and ID (./plan Ownership). */
  writtenRows?: Partial<Record<ViewKey, ReadonlyMap<string, readonly CellValue[]>>>;
  /** Views refreshed only if their table is found (and is ours): never created. */
  onlyIfFound?: readonly ViewKey[];
  maxRequestBytes?: number;
  /** Which requirement sets the host supports (for filters); Office's own answer by default. */
  supports?: Supports;
  /** Where valuesAsJson can be read: each view's card columns, read as text (../cards/read). */
  cardColumns?: Partial<Record<ViewKey, readonly string[]>>;
}

export interface WriteResult {
  readonly changes: TableChange[];
  /** Table ids to remember, by view. */
  readonly tableIds: Partial<Record<ViewKey, string>>;
  /** IDs of the rows now the add-in's, by view, to remember. */
  readonly rowIds: Partial<Record<ViewKey, string[]>>;
  /** Tables carrying one of our names that were left alone: they lack our columns. */
  readonly ignored: string[];
  /** Tables whose filter or sort Excel refused to take back after the write (its data is written). */
  readonly notRestored: { table: string; what: "filter" | "sort" }[];
  readonly syncs: number;
}

export { TableStructureError, TableWriteError } from "./errors";

/** Where one view goes: the tables that may already hold it, and the sheet a new one would use. */
interface TableSearch {
  view: View;
  byId?: Excel.Table;
  byName: Excel.Table;
  sheet: Excel.Worksheet;
  /** After the first sync, if the sheet exists and a new table may go there: its used range. */
  usedRange?: Excel.Range;
  /** After the first sync, for a sheet that exists: its protection being read. */
  protection?: ProtectionCheck;
  /** After the first sync: the table found, with its header, body, filter and sort being read. */
  found?: {
    table: Excel.Table;
    remembered: boolean;
    header: Excel.Range;
    body: Excel.Range;
    /** Its body's cells, once read (whole with the header, or in blocks after). */
    data?: Grids;
    viewState: ViewState;
  };
}

/** A table to create (on a found empty sheet, or a new sheet of that name) or to refresh. */
export type Planned =
  | {
      kind: "create";
      view: View;
      sheet: Excel.Worksheet | string;
      plan: CreatePlan;
      /** Once queued: the new table. */
      table?: Excel.Table;
    }
  | {
      kind: "refresh";
      view: View;
      table: Excel.Table;
      plan: RefreshPlan;
      viewState: ViewState;
      /** The table read again first thing in the write request. */
      again: RowCheck;
      /** The table's body as step 2 read it: what a failed write is undone to. */
      read: BodyRead;
    };

/**
 * Inserts or refreshes one Excel table per view. Reads first, plans in memory, then writes.
 * Throws, with nothing written: TableStructureError if a table's structure forbids the write,
 * SheetProtectedError for a protected sheet, TableEditedError for edits heard twice before the
 * write; an Office error if Excel refuses a read; TableWriteError if it refuses a write.
 */
export async function writeTables(
  context: Excel.RequestContext,
  views: readonly View[],
  options: WriteOptions = {}
): Promise<WriteResult> {
  const syncer = new Syncer(context);
  // Tables expected to read back over the response limit are read a block of rows at a time.
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  let blocks =
    views.reduce((n, v) => n + v.rows.reduce((m, r) => m + rowBytes(r.cells), 0), 0) > maxBytes;
  for (let attempt = 0; ; attempt++) {
    try {
      return await writeAttempt(context, views, options, syncer, blocks);
    } catch (error) {
      // Read whole, the tables were larger than expected (nothing written): in blocks, once.
      if (!blocks && responseTooLarge(error)) {
        blocks = true;
        continue;
      }
      // Someone edited a table between our read and our write (nothing written): read again, once.
      if (!(error instanceof TableEditedError) || attempt > 0) throw error;
    }
  }
}

async function writeAttempt(
  context: Excel.RequestContext,
  views: readonly View[],
  options: WriteOptions,
  syncer: Syncer,
  blocks: boolean
): Promise<WriteResult> {
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const onlyIfFound = new Set(options.onlyIfFound ?? []);

  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const searches: TableSearch[] = views.map((view) => {
    const { tableName, sheetName } = tableOf(view.key);
    const id = options.knownTableIds?.[view.key];
    const byId = id ? context.workbook.tables.getItemOrNullObject(id) : undefined;
    const byName = context.workbook.tables.getItemOrNullObject(tableName);
    byId?.load("id, name");
    byName.load("id, name");
    const sheet = sheets.getItemOrNullObject(sheetName);
    sheet.load("name");
    return { view, byId, byName, sheet };
  });
  await syncer.sync();

  const withFilters = isSupported(AUTOFILTER_SET, options.supports);
  const json = (view: View) => (options.cardColumns?.[view.key]?.length ?? 0) > 0;
  const grids = (view: View) =>
    json(view) ? "values, formulas, numberFormat, valuesAsJson" : "values, formulas, numberFormat";
  const watch = new EditWatch();
  let reads = false;
  for (const search of searches) {
    const remembered = search.byId !== undefined && !search.byId.isNullObject;
    const table = remembered ? search.byId : search.byName.isNullObject ? undefined : search.byName;
    if (table) {
      search.protection = readProtection(table.worksheet);
      watch.watch(table);
      search.found = {
        table,
        remembered,
        header: table.getHeaderRowRange().load("values"),
        body: table.getDataBodyRange().load(blocks ? "rowCount" : grids(search.view)),
        viewState: readViewState(table, withFilters),
      };
      reads = true;
    } else if (!onlyIfFound.has(search.view.key) && !search.sheet.isNullObject) {
      search.usedRange = search.sheet.getUsedRangeOrNullObject(true).load("address");
      search.protection = readProtection(search.sheet);
      reads = true;
    }
  }
  if (reads) await syncer.sync();
  for (const { found, view } of searches)
    if (found)
      found.data = blocks
        ? await readInBlocks(
            context,
            () => found.table.getDataBodyRange(),
            {
              count: found.body.rowCount,
              bytes: Math.max(64, ...view.rows.map((r) => rowBytes(r.cells, widthOf(found)))),
            },
            maxBytes,
            { counted: () => syncer.count++, json: json(view) }
          )
        : {
            values: found.body.values,
            formulas: found.body.formulas,
            numberFormat: found.body.numberFormat,
            valuesAsJson: json(view) ? found.body.valuesAsJson : undefined,
          };

  let planned: { plans: Planned[]; ignored: string[] };
  try {
    // Protection matters for a table's sheet, and for an empty sheet a new table would reuse.
    assertUnprotected(
      searches.flatMap((s) =>
        s.protection && (s.found || s.usedRange?.isNullObject === true) ? [s.protection] : []
      )
    );
    watch.assertUnchanged();
    planned = planAll(searches, onlyIfFound, options, sheets.items, !blocks);
  } catch (refused) {
    watch.stop();
    await syncer.sync();
    throw refused;
  }
  // Queued with the writes: the add-in's own writes are not edits.
  watch.stop();
  const { plans, ignored } = planned;
  try {
    await applyWrites(context, plans, syncer, maxBytes);
  } catch (error) {
    // Excel may have applied part of the request: every refreshed table is put back as read (G1).
    const refreshes = plans.flatMap((p) => (p.kind === "refresh" ? [p] : []));
    const restored = refreshes.length > 0 && (await rollBack(context, refreshes, maxBytes));
    await undoCreates(context, plans);
    throw new TableWriteError(error, { restored });
  }
  const edited = plans.flatMap((p) =>
    p.kind === "refresh" && changedSinceRead(p.again) ? [p.table.name] : []
  );
  if (edited.length > 0) {
    const cause = new TableEditedError(edited[0]);
    const restored = await putBack(context, plans);
    throw new TableWriteError(cause, { restored });
  }
  try {
    await deleteVerified(deleteTargets(plans), maxBytes, {
      before: () => undefined,
      // Filters and sort go back in step 5, in requests of their own.
      after: () => undefined,
      sync: () => syncer.sync(),
    });
  } catch (error) {
    if (error instanceof DeletedWrongRowsError) {
      // The rows are back: the tables' filters and sort too, where Excel takes them.
      await restoreViews(refreshed(plans), syncer);
      throw new TableWriteError(new TableEditedError(error.table), {
        deleting: true,
        rowsInPlace: error.restored,
      });
    }
    const rowsInPlace = await reinsertDeleted(context, plans);
    throw new TableWriteError(error, { deleting: true, rowsInPlace });
  }

  const notRestored = await restoreViews(refreshed(plans), syncer);

  const changes = plans.map((p) => p.plan.change);
  const tableIds: Partial<Record<ViewKey, string>> = {};
  const rowIds: Partial<Record<ViewKey, string[]>> = {};
  for (const p of plans) {
    tableIds[p.view.key] = p.table?.id ?? "";
    rowIds[p.view.key] = ownedAfter(p.view, p.plan.change);
  }
  return { changes, tableIds, rowIds, ignored, notRestored, syncs: syncer.count };
}

/**
 * Checks that each table found is ours (remembered, or named and shaped like ours) and still has
 * its ID column, then plans each view; throws TableStructureError before anything is written.
 */
function planAll(
  searches: readonly TableSearch[],
  onlyIfFound: ReadonlySet<ViewKey>,
  options: WriteOptions,
  sheetItems: readonly { name: string }[],
  whole: boolean
): { plans: Planned[]; ignored: string[] } {
  const usedSheetNames = new Set(sheetItems.map((s) => s.name));
  const plans: Planned[] = [];
  const ignored: string[] = [];
  for (const search of searches) {
    const { view } = search;
    const { tableName, sheetName } = tableOf(view.key);
    if (!search.found) {
      if (onlyIfFound.has(view.key)) continue;
      const reuse = !search.sheet.isNullObject && search.usedRange?.isNullObject === true;
      plans.push({
        kind: "create",
        view,
        sheet: reuse ? search.sheet : freeSheetName(sheetName, usedSheetNames),
        plan: planCreate(view),
      });
      continue;
    }
    const { table, remembered, header } = search.found;
    const body = search.found.data as Grids;
    const headerRow = header.values[0] ?? [];
    if (remembered && idColumnIn(view, headerRow) < 0)
      throw new TableStructureError(M.noIdColumn(view.key, table.name));
    if (!remembered && !looksOurs(view, headerRow)) {
      if (onlyIfFound.has(view.key)) {
        ignored.push(table.name);
        continue;
      }
      throw new TableStructureError(M.notOurs(view.key, tableName));
    }
    const owned = options.ownedRowIds?.[view.key];
    // Cards read as the text they stand for: the cards pass (../cards/write) rewrites them.
    const cardColumns = options.cardColumns?.[view.key];
    const values = withCardText(view, headerRow, body.values, body.valuesAsJson, cardColumns);
    const contents = {
      header: headerRow,
      rows: values,
      formulas: body.formulas,
      formats: body.numberFormat,
    };
    plans.push({
      kind: "refresh",
      view,
      table,
      plan: planRefresh(view, contents, {
        owned: owned ? new Set(owned) : undefined,
        version: options.version ?? "",
        written: options.writtenRows?.[view.key],
      }),
      viewState: search.found.viewState,
      read: {
        header: headerRow,
        values,
        formulas: body.formulas,
        numberFormat: body.numberFormat,
        idColumn: idColumnIn(view, headerRow),
      },
      // Queued now, so it runs first in the write request: the table as the writes find it.
      again: readRowsAgain(
        table,
        { name: table.name, header: headerRow, rows: body.formulas },
        idColumnIn(view, headerRow),
        whole
      ),
    });
  }
  return { plans, ignored };
}
/**
 * Step 3: every write but row deletes, with calculation suspended, split at the request limit.
 * The first request begins by reading each table again (./verify), and clears its filter.
 */
async function applyWrites(
  context: Excel.RequestContext,
  plans: readonly Planned[],
  syncer: Syncer,
  maxBytes: number
): Promise<void> {
  if (plans.length === 0) return;
  context.application.suspendApiCalculationUntilNextSync();
  let queuedBytes = 0;
  const makeRoom: MakeRoom = async (bytes) => {
    if (queuedBytes > 0 && queuedBytes + bytes > maxBytes) {
      await syncer.sync();
      context.application.suspendApiCalculationUntilNextSync();
      queuedBytes = 0;
    }
    queuedBytes += bytes;
  };
  for (const planned of plans) {
    if (planned.kind === "refresh") {
      clearViewState(planned.table, planned.viewState);
      await applyRefresh(planned.table, planned.plan, makeRoom, maxBytes);
    } else {
      planned.table = await applyCreate(context, planned, makeRoom, maxBytes);
      planned.table.load("id");
    }
  }
  await syncer.sync();
}

/** How many columns a found table has, as its header was read. */
function widthOf(found: { header: Excel.Range }): number {
  return found.header.values[0]?.length ?? 0;
}

/** Step 4's work: the rows each refreshed table loses, with what the refresh read of it. */
function deleteTargets(plans: readonly Planned[]): DeleteTarget[] {
  return plans.flatMap((p) => {
    if (p.kind !== "refresh" || p.plan.deletedRows.length === 0) return [];
    const header = p.read.header.map(cellText);
    const linkColumns = p.view.columns
      .filter((c) => c.kind === "url")
      .map((c) => header.indexOf(c.header))
      .filter((c) => c >= 0);
    return [
      { table: p.table, name: p.table.name, rows: p.plan.deletedRows, read: p.read, linkColumns },
    ];
  });
}

/** The refreshed tables among the plans, for step 5. */
function refreshed(plans: readonly Planned[]): Extract<Planned, { kind: "refresh" }>[] {
  return plans.flatMap((p) => (p.kind === "refresh" ? [p] : []));
}
