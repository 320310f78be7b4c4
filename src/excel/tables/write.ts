/**
 * Writing dataset views to Excel as real tables, and refreshing them in place, from the plans
 * of ./plan. Each step is a context.sync:
 *   1. find each table (by the id remembered in the workbook's settings, which survives a
 *      rename, else by its name) and the sheet a new one would go on;
 *   2. read the found tables' headers and rows (values and formulas), and whether a sheet a new
 *      table would use is empty (only once step 1 has shown the sheet exists: a method called on
 *      a worksheet that may be a null object is not something Excel documents);
 *   3. write everything but row deletes: every table planned first (and the structure checked,
 *      so a table that lost its ID column stops everything before a cell is written), then queued
 *      at once, with calculation suspended, plus one sync per extra 4 MB;
 *   4. only if rows are to be removed: delete them, bottom up, after every other write succeeded.
 * So an insert takes 2 syncs, a refresh 3, or 4 when rows leave the dataset. Deleting last means
 * a failure in steps 1-3 has deleted nothing, so putting values back by ID restores every row in
 * its place; only rows nobody wrote in are ever deleted, so step 4 cannot lose a user's value.
 */
import { columnLetter } from "../a1";
import { Syncer } from "../batch";
import { tableOf, type View, type ViewKey } from "../../data/views";
import { DEFAULT_MAX_REQUEST_BYTES, bytesOf, chunks } from "./chunks";
import { NUMBER_FORMATS, TABLE_STYLE } from "./formats";
import {
  idColumnIn,
  looksOurs,
  ownedAfter,
  planCreate,
  planRefresh,
  type CreatePlan,
  type LinkCell,
  type RefreshPlan,
  type TableChange,
} from "./plan";
import { freeSheetName } from "./sheet-name";
import { undoCreates } from "./undo";

export interface WriteOptions {
  /** Table ids remembered from earlier writes (the workbook's settings), by view. */
  knownTableIds?: Partial<Record<ViewKey, string>>;
  /** IDs of the rows the add-in wrote, by view; for a view without them, every ID in its table. */
  ownedRowIds?: Partial<Record<ViewKey, readonly string[]>>;
  /** The version of the dataset written, for the mark on rows it no longer holds. */
  version?: string;
  /** Views refreshed only if their table is found (and is ours): never created. */
  onlyIfFound?: readonly ViewKey[];
  maxRequestBytes?: number;
}

export interface WriteResult {
  readonly changes: TableChange[];
  /** Table ids to remember, by view. */
  readonly tableIds: Partial<Record<ViewKey, string>>;
  /** IDs of the rows now the add-in's, by view, to remember. */
  readonly rowIds: Partial<Record<ViewKey, string[]>>;
  /** Tables carrying one of our names that were left alone: they lack our columns. */
  readonly ignored: string[];
  readonly syncs: number;
}

/**
 * Excel refused the write after the tables were read: it may have applied part of the batch
 * (Excel has no transactions), so the workbook may be partly written. No row was deleted unless
 * the failure was in the last step; tables and sheets this write created were emptied again.
 */
export class TableWriteError extends Error {
  constructor(
    override readonly cause: unknown,
    /** True if Excel failed while deleting rows (step 4): every other write had been applied. */
    readonly deleting = false
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "TableWriteError";
  }
}

/** A table's structure stops the write before anything is written; the message says what to do. */
export class TableStructureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TableStructureError";
  }
}

/** Where one view goes: the tables that may already hold it, and the sheet a new one would use. */
interface TableSearch {
  view: View;
  byId?: Excel.Table;
  byName: Excel.Table;
  sheet: Excel.Worksheet;
  /** After the first sync, if the sheet exists and a new table may go there: its used range. */
  usedRange?: Excel.Range;
  /** After the first sync: the table found, with its header and body being read. */
  found?: { table: Excel.Table; remembered: boolean; header: Excel.Range; body: Excel.Range };
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
  | { kind: "refresh"; view: View; table: Excel.Table; plan: RefreshPlan };

/** Waits until `bytes` more fit in the request being queued, syncing first if they do not. */
type MakeRoom = (bytes: number) => Promise<void>;

/**
 * Inserts or refreshes one Excel table per view. Reads first, plans in memory, then writes.
 * Throws TableStructureError (nothing written) if a table's structure forbids the write, an
 * Office error if Excel refuses a read, and TableWriteError if it refuses a write.
 */
export async function writeTables(
  context: Excel.RequestContext,
  views: readonly View[],
  options: WriteOptions = {}
): Promise<WriteResult> {
  const syncer = new Syncer(context);
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

  let reads = false;
  for (const search of searches) {
    const remembered = search.byId !== undefined && !search.byId.isNullObject;
    const table = remembered ? search.byId : search.byName.isNullObject ? undefined : search.byName;
    if (table) {
      search.found = {
        table,
        remembered,
        header: table.getHeaderRowRange().load("values"),
        body: table.getDataBodyRange().load("values, formulas"),
      };
      reads = true;
    } else if (!onlyIfFound.has(search.view.key) && !search.sheet.isNullObject) {
      search.usedRange = search.sheet.getUsedRangeOrNullObject(true).load("address");
      reads = true;
    }
  }
  if (reads) await syncer.sync();

  const { plans, ignored } = planAll(searches, onlyIfFound, options, sheets.items);
  try {
    await applyWrites(context, plans, syncer, maxBytes);
  } catch (error) {
    await undoCreates(context, plans);
    throw new TableWriteError(error);
  }
  try {
    await applyDeletes(plans, syncer);
  } catch (error) {
    throw new TableWriteError(error, true);
  }

  const changes = plans.map((p) => p.plan.change);
  const tableIds: Partial<Record<ViewKey, string>> = {};
  const rowIds: Partial<Record<ViewKey, string[]>> = {};
  for (const p of plans) {
    tableIds[p.view.key] = p.table?.id ?? "";
    rowIds[p.view.key] = ownedAfter(p.view, p.plan.change);
  }
  return { changes, tableIds, rowIds, ignored, syncs: syncer.count };
}

/**
 * Checks that each table found is ours (remembered, or named and shaped like ours) and still has
 * its ID column, then plans each view; throws TableStructureError before anything is written.
 */
function planAll(
  searches: readonly TableSearch[],
  onlyIfFound: ReadonlySet<ViewKey>,
  options: WriteOptions,
  sheetItems: readonly { name: string }[]
): { plans: Planned[]; ignored: string[] } {
  const usedSheetNames = new Set(sheetItems.map((s) => s.name));
  const plans: Planned[] = [];
  const ignored: string[] = [];
  for (const search of searches) {
    const { view } = search;
    const { label, tableName, sheetName } = tableOf(view.key);
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
    const { table, remembered, header, body } = search.found;
    const headerRow = header.values[0] ?? [];
    if (remembered && idColumnIn(view, headerRow) < 0)
      throw new TableStructureError(
        `The ${label} table (${table.name}) has no column headed "ID" any more, so its rows cannot be matched to the dataset's. Rename that column back to "ID" (or undo the change), then try again. Nothing was changed.`
      );
    if (!remembered && !looksOurs(view, headerRow)) {
      if (onlyIfFound.has(view.key)) {
        ignored.push(table.name);
        continue;
      }
      throw new TableStructureError(
        `A table named ${tableName} is already in this workbook but is not one the add-in wrote: it lacks the "ID" column or most of the ${label} columns. If it is yours, rename it; if it is the add-in's, rename its ID column back to "ID" (or undo the change). Then try again. Nothing was changed.`
      );
    }
    const owned = options.ownedRowIds?.[view.key];
    const contents = { header: headerRow, rows: body.values, formulas: body.formulas };
    plans.push({
      kind: "refresh",
      view,
      table,
      plan: planRefresh(view, contents, {
        owned: owned ? new Set(owned) : undefined,
        version: options.version ?? "",
      }),
    });
  }
  return { plans, ignored };
}
function setLinks(table: Excel.Table, links: readonly LinkCell[]): void {
  if (links.length === 0) return;
  const body = table.getDataBodyRange();
  for (const { row, column, url } of links)
    body.getCell(row, column).hyperlink = { address: url, textToDisplay: url };
}

/** Step 3: every write but row deletes, with calculation suspended, split at the request limit. */
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
    if (planned.kind === "refresh")
      await applyRefresh(planned.table, planned.plan, makeRoom, maxBytes);
    else {
      planned.table = await applyCreate(context, planned, makeRoom, maxBytes);
      planned.table.load("id");
    }
  }
  await syncer.sync();
}

/** Step 4, only once every other write succeeded: rows that left the dataset, bottom up. */
async function applyDeletes(plans: readonly Planned[], syncer: Syncer): Promise<void> {
  let any = false;
  for (const planned of plans) {
    if (planned.kind !== "refresh") continue;
    for (const row of planned.plan.deletedRows) {
      planned.table.rows.getItemAt(row).delete();
      any = true;
    }
  }
  if (any) await syncer.sync();
}

async function applyCreate(
  context: Excel.RequestContext,
  planned: { view: View; sheet: Excel.Worksheet | string; plan: CreatePlan },
  makeRoom: MakeRoom,
  maxBytes: number
): Promise<Excel.Table> {
  const { plan } = planned;
  const { tableName } = tableOf(plan.change.key);
  // The sheet found empty (its table was deleted), else a new one under a free name.
  const sheet =
    typeof planned.sheet === "string"
      ? context.workbook.worksheets.add(planned.sheet)
      : planned.sheet;
  const last = columnLetter(plan.headers.length - 1);
  sheet.getRange(`A1:${last}1`).values = [plan.headers];
  const formats = plan.kinds.map((kind) => NUMBER_FORMATS[kind]);
  for (const chunk of chunks(plan.body, maxBytes)) {
    await makeRoom(bytesOf(chunk.rows));
    const range = sheet.getRange(
      `A${chunk.start + 2}:${last}${chunk.start + 1 + chunk.rows.length}`
    );
    range.numberFormat = chunk.rows.map(() => [...formats]);
    range.values = chunk.rows;
  }
  const table = sheet.tables.add(`A1:${last}${plan.body.length + 1}`, true);
  table.name = tableName;
  table.style = TABLE_STYLE;
  setLinks(table, plan.links);
  sheet.freezePanes.freezeRows(1);
  table.getRange().format.autofitColumns();
  for (const i of plan.wrappedColumns) {
    const range = table.columns.getItemAt(i).getRange();
    range.format.columnWidth = 320;
    range.format.wrapText = true;
  }
  return table;
}

/** Step 3 for a table already there: columns added back, rows appended, formats, then values. */
async function applyRefresh(
  table: Excel.Table,
  plan: RefreshPlan,
  makeRoom: MakeRoom,
  maxBytes: number
): Promise<void> {
  for (const header of plan.restoredHeaders) table.columns.add(undefined, undefined, header);
  for (const chunk of chunks(plan.appendedRows, maxBytes)) {
    await makeRoom(bytesOf(chunk.rows));
    table.rows.add(undefined, chunk.rows);
  }
  const body = table.getDataBodyRange();
  // Formats before values: Excel parses a string when it is written, so "2025-11-12" written to a
  // cell not yet formatted as text becomes a date serial that "@" set afterwards cannot undo.
  for (const { column, kind, rowCount } of plan.formats)
    body.getCell(0, column).getResizedRange(rowCount - 1, 0).numberFormat = Array.from(
      { length: rowCount },
      () => [NUMBER_FORMATS[kind]]
    );
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
  setLinks(table, plan.links);
}
