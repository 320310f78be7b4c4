/**
 * Writing dataset views to Excel as real tables, and refreshing them in place, from the plans
 * of ./plan. Three context.sync calls whatever the row count, plus one per extra 4 MB of writes:
 *   1. find each table (by the id remembered in the workbook's settings, which survives a
 *      rename, else by its name) and the sheet a new one would go on;
 *   2. read the found tables' headers and rows, filters, sort and sheet protection, and start
 *      watching them for edits;
 *   3. write: every table planned first, then queued at once, with calculation suspended until
 *      the write completes; a filter is cleared for the write and applied again after it.
 * A protected sheet, or an edit heard between 2 and 3, stops the write before anything is
 * written (an edit: the whole write starts over once).
 */
import { columnLetter } from "../a1";
import { Syncer } from "../batch";
import { isSupported, type Supports } from "../requirements";
import { tableOf, type View, type ViewKey } from "../../data/views";
import { DEFAULT_MAX_REQUEST_BYTES, bytesOf, chunks } from "./chunks";
import { NUMBER_FORMATS, TABLE_STYLE } from "./formats";
import {
  cellText,
  planCreate,
  planRefresh,
  type CreatePlan,
  type LinkCell,
  type RefreshPlan,
  type TableChange,
} from "./plan";
import { freeSheetName } from "./sheet-name";
import {
  AUTOFILTER_SET,
  clearViewState,
  readViewState,
  restoreViewState,
  type ViewState,
} from "./filters";
import { assertUnprotected, readProtection, type ProtectionCheck } from "./protection";
import {
  EditWatch,
  TableEditedError,
  assertRowsAsRead,
  readRowsAgain,
  type RowCheck,
} from "./verify";

export interface WriteOptions {
  /** Table ids remembered from earlier writes (the workbook's settings), by view. */
  knownTableIds?: Partial<Record<ViewKey, string>>;
  maxRequestBytes?: number;
  /** Which requirement sets the host supports (for filters); Office's own answer by default. */
  supports?: Supports;
}

export interface WriteResult {
  readonly changes: TableChange[];
  /** Table ids to remember, by view. */
  readonly tableIds: Partial<Record<ViewKey, string>>;
  readonly syncs: number;
}

/**
 * Excel refused the write after the tables were read: it may have applied part of the batch
 * (Excel has no transactions), so the workbook may be partly written.
 */
export class TableWriteError extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "TableWriteError";
  }
}

/** Where one view goes: the tables that may already hold it, and the sheet a new one would use. */
interface TableSearch {
  view: View;
  byId?: Excel.Table;
  byName: Excel.Table;
  sheet: Excel.Worksheet;
  usedRange: Excel.Range;
  /** After the first sync: the table found, with its header and body being read. */
  found?: { table: Excel.Table; header: Excel.Range; body: Excel.Range; view: ViewState };
}

type Planned =
  | { kind: "create"; search: TableSearch; plan: CreatePlan }
  | { kind: "refresh"; table: Excel.Table; plan: RefreshPlan; view: ViewState; again: RowCheck };

/** Waits until `bytes` more fit in the request being queued, syncing first if they do not. */
type MakeRoom = (bytes: number) => Promise<void>;

/**
 * Inserts or refreshes one Excel table per view. Reads first, plans in memory, then writes.
 * Throws (an Office error) only if Excel refuses a request; the caller reports it.
 */
export async function writeTables(
  context: Excel.RequestContext,
  views: readonly View[],
  options: WriteOptions = {}
): Promise<WriteResult> {
  const syncer = new Syncer(context);
  try {
    return await writeAttempt(context, views, options, syncer);
  } catch (error) {
    // Someone edited a table between our read and our write: read it again, once.
    if (!(error instanceof TableEditedError)) throw error;
    return writeAttempt(context, views, options, syncer);
  }
}

async function writeAttempt(
  context: Excel.RequestContext,
  views: readonly View[],
  options: WriteOptions,
  syncer: Syncer
): Promise<WriteResult> {
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;

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
    const usedRange = sheet.getUsedRangeOrNullObject(true);
    usedRange.load("address");
    return { view, byId, byName, sheet, usedRange };
  });
  await syncer.sync();

  const withFilters = isSupported(AUTOFILTER_SET, options.supports);
  const checks: ProtectionCheck[] = [];
  const watch = new EditWatch();
  for (const search of searches) {
    const table =
      search.byId && !search.byId.isNullObject
        ? search.byId
        : search.byName.isNullObject
          ? undefined
          : search.byName;
    if (!table) {
      if (!search.sheet.isNullObject && search.usedRange.isNullObject)
        checks.push(readProtection(search.sheet));
      continue;
    }
    checks.push(readProtection(table.worksheet));
    watch.watch(table);
    search.found = {
      table,
      header: table.getHeaderRowRange().load("values"),
      body: table.getDataBodyRange().load("values"),
      view: readViewState(table, withFilters),
    };
  }
  if (checks.length > 0) await syncer.sync();
  try {
    assertUnprotected(checks);
    watch.assertUnchanged();
  } catch (refused) {
    watch.stop();
    await syncer.sync();
    throw refused;
  }

  watch.stop();
  const usedSheetNames = new Set(sheets.items.map((s) => s.name));
  const plans = searches.map((search): Planned => {
    if (!search.found) return { kind: "create", search, plan: planCreate(search.view) };
    const { table, header, body, view } = search.found;
    const contents = { header: header.values[0] ?? [], rows: body.values };
    // Read again first thing in the write batch: the table as the writes will find it.
    const idHeader = search.view.columns.find((c) => c.kind === "id")?.header ?? "";
    const idColumn = contents.header.map(cellText).indexOf(idHeader);
    const again = readRowsAgain(table, { name: table.name, ...contents }, idColumn);
    return { kind: "refresh", table, plan: planRefresh(search.view, contents), view, again };
  });
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
  const tables: Excel.Table[] = [];
  try {
    for (const planned of plans)
      tables.push(
        planned.kind === "refresh"
          ? await refreshKeepingView(planned, makeRoom, maxBytes)
          : await applyCreate(context, planned.search, planned.plan, {
              makeRoom,
              maxBytes,
              usedSheetNames,
            })
      );
    for (const t of tables) t.load("id");
    await syncer.sync();
    for (const planned of plans) if (planned.kind === "refresh") assertRowsAsRead(planned.again);
  } catch (error) {
    // Excel may have applied part of the batch: say so, so the caller can put things back.
    throw new TableWriteError(error);
  }

  const changes = plans.map((p) => p.plan.change);
  const tableIds: Partial<Record<ViewKey, string>> = {};
  changes.forEach((change, i) => (tableIds[change.key] = tables[i].id));
  return { changes, tableIds, syncs: syncer.count };
}

async function setLinks(
  table: Excel.Table,
  links: readonly LinkCell[],
  makeRoom: MakeRoom
): Promise<void> {
  if (links.length === 0) return;
  const body = table.getDataBodyRange();
  for (const { row, column, url } of links) {
    // Each link is an object in the request: counted, so a table of links is split too.
    await makeRoom(bytesOf([[url, url]]));
    body.getCell(row, column).hyperlink = { address: url, textToDisplay: url };
  }
}

async function applyCreate(
  context: Excel.RequestContext,
  search: TableSearch,
  plan: CreatePlan,
  queue: { makeRoom: MakeRoom; maxBytes: number; usedSheetNames: Set<string> }
): Promise<Excel.Table> {
  const { sheetName, tableName } = tableOf(plan.change.key);
  // Reuse the sheet if it is ours and empty (the table was deleted), else a new one.
  const sheet =
    !search.sheet.isNullObject && search.usedRange.isNullObject
      ? search.sheet
      : context.workbook.worksheets.add(freeSheetName(sheetName, queue.usedSheetNames));
  const last = columnLetter(plan.headers.length - 1);
  sheet.getRange(`A1:${last}1`).values = [plan.headers];
  const formats = plan.kinds.map((kind) => NUMBER_FORMATS[kind]);
  // A row's number formats go in the same request as its values: both count towards the limit.
  const weighed = plan.body.map((row) => [...row, ...formats]);
  for (const chunk of chunks(weighed, queue.maxBytes)) {
    await queue.makeRoom(bytesOf(chunk.rows));
    const rows = plan.body.slice(chunk.start, chunk.start + chunk.rows.length);
    const range = sheet.getRange(`A${chunk.start + 2}:${last}${chunk.start + 1 + rows.length}`);
    range.numberFormat = rows.map(() => [...formats]);
    range.values = rows;
  }
  const table = sheet.tables.add(`A1:${last}${plan.body.length + 1}`, true);
  table.name = tableName;
  table.style = TABLE_STYLE;
  await setLinks(table, plan.links, queue.makeRoom);
  sheet.freezePanes.freezeRows(1);
  table.getRange().format.autofitColumns();
  for (const i of plan.wrappedColumns) {
    const range = table.columns.getItemAt(i).getRange();
    range.format.columnWidth = 320;
    range.format.wrapText = true;
  }
  return table;
}

/** Clears the table's filter for the write and applies its filter and sort again after it. */
async function refreshKeepingView(
  planned: { table: Excel.Table; plan: RefreshPlan; view: ViewState },
  makeRoom: MakeRoom,
  maxBytes: number
): Promise<Excel.Table> {
  clearViewState(planned.table, planned.view);
  await applyRefresh(planned.table, planned.plan, makeRoom, maxBytes);
  restoreViewState(planned.table, planned.view);
  return planned.table;
}

async function applyRefresh(
  table: Excel.Table,
  plan: RefreshPlan,
  makeRoom: MakeRoom,
  maxBytes: number
): Promise<Excel.Table> {
  for (const header of plan.restoredHeaders) table.columns.add(undefined, undefined, header);
  for (const chunk of chunks(plan.appendedRows, maxBytes)) {
    await makeRoom(bytesOf(chunk.rows));
    // rows.add takes text, numbers and booleans only (null is not in its contract): the user's
    // columns of a new row are written blank.
    table.rows.add(
      undefined,
      chunk.rows.map((row) => row.map((c) => c ?? ""))
    );
  }
  // Appends go to the end, so deleting afterwards, bottom up, never leaves the table without rows.
  for (const row of plan.deletedRows) table.rows.getItemAt(row).delete();
  const body = table.getDataBodyRange();
  for (const block of plan.blocks)
    for (const chunk of chunks(block.rows, maxBytes)) {
      await makeRoom(bytesOf(chunk.rows));
      // null in a values array leaves that cell as it is: the user's own rows keep their values.
      body
        .getCell(chunk.start, block.column)
        .getResizedRange(chunk.rows.length - 1, block.width - 1).values = chunk.rows as (
        string | number
      )[][];
    }
  for (const { column, kind, rowCount } of plan.formats)
    body.getCell(0, column).getResizedRange(rowCount - 1, 0).numberFormat = Array.from(
      { length: rowCount },
      () => [NUMBER_FORMATS[kind]]
    );
  await setLinks(table, plan.links, makeRoom);
  return table;
}
