/**
 * Writing dataset views (src/data/views) to Excel as real tables, and refreshing them in place.
 *
 * Three context.sync calls whatever the row count, plus one per extra 4 MB of writes:
 *   1. find each table (by the id remembered in the workbook's settings, which survives a
 *      rename, else by its name) and the sheet a new one would go on;
 *   2. read the found tables' headers and rows;
 *   3. write: all of it planned in memory first, then queued at once, with calculation
 *      suspended until the write completes.
 * Refresh matches rows by ID: values change, rows are added and removed, rows the user added
 * (blank ID) and columns the user added keep their values, and the user's formatting is left
 * alone (formats are set when a table or column is created, never on refresh). No text from the
 * dataset becomes a formula: text that Excel would read as one is written with a leading
 * apostrophe, which Excel keeps as a text marker and does not show.
 */
import type { CellValue, ColumnKind, View, ViewKey } from "../data/views";
import { Syncer, columnLetter } from "./batch";

/** The table's name in formulas (=SUM(KZUZ_Projects[Investment (USD)])) and its sheet's name. */
export const TABLE_NAMES: Readonly<Record<ViewKey, { table: string; sheet: string }>> = {
  projects: { table: "KZUZ_Projects", sheet: "KZUZ Projects" },
  agreements: { table: "KZUZ_Agreements", sheet: "KZUZ Agreements" },
  trade: { table: "KZUZ_Trade", sheet: "KZUZ Trade" },
  targets: { table: "KZUZ_Targets", sheet: "KZUZ Targets" },
  sources: { table: "KZUZ_Sources", sheet: "KZUZ Sources" },
};

export const TABLE_STYLE = "TableStyleMedium2";

/** Number format per column kind; "@" is text, so nothing typed later becomes a formula either. */
export const NUMBER_FORMATS: Readonly<Record<ColumnKind, string>> = {
  id: "@",
  text: "@",
  url: "@",
  date: "@", // dates are as precise as their source ("2016-09"), so they stay text
  boolean: "@",
  usd: '"$"#,##0',
  number: "#,##0",
  percent: "0.0%",
  year: "0",
};

/** Largest write queued in one request: Excel on the web refuses payloads over 5 MB. */
export const DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** Text Excel would read as a formula or a command: =, +, -, @, or a leading tab or carriage return. */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

/** A cell value made safe to write: formula-like text is marked as text with a leading apostrophe. */
export function safeCell(value: CellValue): string | number {
  if (value === null) return "";
  if (typeof value === "string" && FORMULA_LIKE.test(value)) return `'${value}`;
  return value;
}

/** What a refresh did to one table, for the result message. */
export interface TableChange {
  readonly key: ViewKey;
  readonly tableName: string;
  readonly created: boolean;
  readonly added: string[];
  readonly removed: string[];
  /** Rows whose values changed, with the first changes (header, before, after). */
  readonly updated: {
    id: string;
    changes: { header: string; before: CellValue; after: CellValue }[];
  }[];
  /** Columns of ours that were missing and were added back. */
  readonly restoredColumns: string[];
  /** True if the table had lost its ID column, so rows could not be matched and were rewritten. */
  readonly rewritten: boolean;
}

export interface WriteOptions {
  /** Table ids remembered from earlier writes (the workbook's settings), by view. */
  knownTableIds?: Partial<Record<ViewKey, string>>;
  maxRequestBytes?: number;
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

interface Located {
  view: View;
  byId?: Excel.Table;
  byName: Excel.Table;
  sheet: Excel.Worksheet;
  usedRange: Excel.Range;
  /** Set after the first sync: the table found, if any. */
  table?: Excel.Table;
  header?: Excel.Range;
  body?: Excel.Range;
}

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
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;

  // 1. Find the tables, their sheets, and the sheet names in use.
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const located: Located[] = views.map((view) => {
    const names = TABLE_NAMES[view.key];
    const id = options.knownTableIds?.[view.key];
    const byId = id ? context.workbook.tables.getItemOrNullObject(id) : undefined;
    const byName = context.workbook.tables.getItemOrNullObject(names.table);
    byId?.load("id, name");
    byName.load("id, name");
    const sheet = sheets.getItemOrNullObject(names.sheet);
    sheet.load("name");
    const usedRange = sheet.getUsedRangeOrNullObject(true);
    usedRange.load("address");
    return { view, byId, byName, sheet, usedRange };
  });
  await syncer.sync();

  // 2. Read the headers and rows of the tables found: by remembered id (survives a rename), else by name.
  for (const item of located) {
    const table =
      item.byId && !item.byId.isNullObject
        ? item.byId
        : item.byName.isNullObject
          ? undefined
          : item.byName;
    if (!table) continue;
    item.table = table;
    item.header = table.getHeaderRowRange().load("values");
    item.body = table.getDataBodyRange().load("values");
  }
  if (located.some((l) => l.table)) await syncer.sync();

  // 3. Plan every table, then write.
  const usedNames = new Set(sheets.items.map((s) => s.name));
  const plans = located.map((item) =>
    item.table ? planRefresh(item, maxBytes) : planCreate(item, usedNames, maxBytes)
  );
  context.application.suspendApiCalculationUntilNextSync();
  let queuedBytes = 0;
  const flush: Flush = async (bytes) => {
    if (queuedBytes > 0 && queuedBytes + bytes > maxBytes) {
      await syncer.sync();
      context.application.suspendApiCalculationUntilNextSync();
      queuedBytes = 0;
    }
    queuedBytes += bytes;
  };
  const tables: Excel.Table[] = [];
  try {
    for (const plan of plans) tables.push(await plan.write(context, flush));
    for (const t of tables) t.load("id");
    await syncer.sync();
  } catch (error) {
    // Excel may have applied part of the batch: say so, so the caller can put things back.
    throw new TableWriteError(error);
  }

  const tableIds: Partial<Record<ViewKey, string>> = {};
  plans.forEach((plan, i) => (tableIds[plan.change.key] = tables[i].id));
  return { changes: plans.map((p) => p.change), tableIds, syncs: syncer.count };
}

type Flush = (bytes: number) => Promise<void>;

interface Plan {
  change: TableChange;
  write(context: Excel.RequestContext, flush: Flush): Promise<Excel.Table>;
}

function bytesOf(rows: unknown[][]): number {
  let n = 0;
  for (const row of rows) for (const c of row) n += typeof c === "string" ? c.length * 2 + 4 : 12;
  return n + 64;
}

/** Rows of at most `maxBytes`, so each write stays under the request limit. */
function chunks<T>(rows: T[][], maxBytes: number): { start: number; rows: T[][] }[] {
  const out: { start: number; rows: T[][] }[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let size = 0;
    while (end < rows.length && (end === start || size + bytesOf([rows[end]]) <= maxBytes))
      size += bytesOf([rows[end++]]);
    out.push({ start, rows: rows.slice(start, end) });
    start = end;
  }
  return out;
}

/** A sheet name not yet used: "KZUZ Projects", else "KZUZ Projects (2)", (3)... */
function freeSheetName(base: string, used: Set<string>): string {
  const taken = new Set([...used].map((n) => n.toLowerCase()));
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base} (${k})`;
  used.add(name);
  return name;
}

function planCreate(item: Located, usedSheetNames: Set<string>, maxBytes: number): Plan {
  const { view } = item;
  const names = TABLE_NAMES[view.key];
  const change: TableChange = {
    key: view.key,
    tableName: names.table,
    created: true,
    added: view.rows.map((r) => r.id),
    removed: [],
    updated: [],
    restoredColumns: [],
    rewritten: false,
  };
  return {
    change,
    async write(context, flush) {
      // Reuse the sheet if it is ours and empty (the table was deleted), else a new one.
      let sheet: Excel.Worksheet;
      if (!item.sheet.isNullObject && item.usedRange.isNullObject) sheet = item.sheet;
      else sheet = context.workbook.worksheets.add(freeSheetName(names.sheet, usedSheetNames));
      const width = view.columns.length;
      const body =
        view.rows.length > 0
          ? view.rows.map((r) => r.cells.map(safeCell))
          : [view.columns.map(() => "")];
      const last = columnLetter(width - 1);
      const headerRange = sheet.getRange(`A1:${last}1`);
      headerRange.values = [view.columns.map((c) => c.header)];
      for (const chunk of chunks(body, maxBytes)) {
        await flush(bytesOf(chunk.rows));
        const range = sheet.getRange(
          `A${chunk.start + 2}:${last}${chunk.start + 1 + chunk.rows.length}`
        );
        range.numberFormat = chunk.rows.map(() => view.columns.map((c) => NUMBER_FORMATS[c.kind]));
        range.values = chunk.rows;
      }
      const table = sheet.tables.add(`A1:${last}${body.length + 1}`, true);
      table.name = names.table;
      table.style = TABLE_STYLE;
      writeViewLinks(
        table,
        view,
        view.columns.map((_, i) => i),
        view.rows.map((r, i) => ({ row: i, cells: r.cells }))
      );
      sheet.freezePanes.freezeRows(1);
      table.getRange().format.autofitColumns();
      widenLongText(table, view);
      return table;
    },
  };
}

/** Long text columns get a readable fixed width with wrapping instead of an autofit across the screen. */
function widenLongText(table: Excel.Table, view: View): void {
  view.columns.forEach((column, i) => {
    if (column.kind !== "text") return;
    const longest = Math.max(0, ...view.rows.map((r) => String(r.cells[i] ?? "").length));
    if (longest > 60) {
      const range = table.columns.getItemAt(i).getRange();
      range.format.columnWidth = 320;
      range.format.wrapText = true;
    }
  });
}

/** Hyperlinks on the URL column at `column` (table column index) for the given body rows. */
function writeLinks(
  table: Excel.Table,
  column: number,
  rows: { row: number; url: CellValue }[]
): void {
  if (rows.length === 0) return;
  const body = table.getDataBodyRange();
  for (const { row, url } of rows)
    if (typeof url === "string" && /^https:\/\/[^\s"]+$/.test(url))
      body.getCell(row, column).hyperlink = { address: url, textToDisplay: url };
}

/** Links for every URL column of `view`, placed at `positions`, for rows given as (body row, view row). */
function writeViewLinks(
  table: Excel.Table,
  view: View,
  positions: readonly number[],
  rows: { row: number; cells: readonly CellValue[] }[]
): void {
  view.columns.forEach((column, c) => {
    if (column.kind === "url")
      writeLinks(
        table,
        positions[c],
        rows.map((r) => ({ row: r.row, url: r.cells[c] }))
      );
  });
}

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/** Whether a cell read from Excel holds the value we would write (Excel reads "'=x" back as "=x"). */
function same(excel: unknown, ours: CellValue): boolean {
  if (ours === null) return excel === "" || excel === null || excel === undefined;
  if (typeof ours === "number")
    return typeof excel === "number" && Math.abs(excel - ours) <= Math.abs(ours) * 1e-12;
  return excel === ours;
}

/** Runs of consecutive positions: [[start, length], ...] over the sorted positions. */
function runs(positions: readonly number[]): [number, number][] {
  const sorted = [...positions].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === p) last[1]++;
    else out.push([p, 1]);
  }
  return out;
}

const MAX_REPORTED_CHANGES = 5;

function planRefresh(item: Located, maxBytes: number): Plan {
  const { view } = item;
  const table = item.table as Excel.Table;
  const names = TABLE_NAMES[view.key];
  const header = ((item.header as Excel.Range).values[0] ?? []).map(text);
  const oldRows = (item.body as Excel.Range).values;

  // Where each of our columns is now; missing ones are added back at the end.
  let width = header.length;
  const found = view.columns.map((c) => header.indexOf(c.header));
  const positions = found.map((p) => (p >= 0 ? p : width++));
  const restoredColumns = view.columns.filter((_, i) => found[i] < 0).map((c) => c.header);
  const idColumn = view.columns.findIndex((c) => c.kind === "id");
  const idAt = found[idColumn];
  const rewritten = idAt < 0;

  const newById = new Map(view.rows.map((r) => [r.id, r]));
  const oldIds = oldRows.map((r) => (rewritten ? "" : text(r[idAt])));
  const blank = (r: unknown[]) => r.every((c) => text(c) === "");
  // Remove rows whose id left the dataset, the empty placeholder row of an empty table, and, if
  // the ID column is gone, every row (they can no longer be matched).
  const remove = oldRows.flatMap((r, i) =>
    rewritten || blank(r) || (oldIds[i] !== "" && !newById.has(oldIds[i])) ? [i] : []
  );
  const removeSet = new Set(remove);
  const present = new Set(oldIds.filter((id, i) => id !== "" && !removeSet.has(i)));
  const added = view.rows.filter((r) => !present.has(r.id));

  // The final rows: kept rows in their order (the user's sort stays), then the added ones.
  type Final =
    { kind: "ours"; row: (typeof view.rows)[number]; old?: unknown[] } | { kind: "user" };
  const finalRows: Final[] = [];
  oldRows.forEach((r, i) => {
    if (removeSet.has(i)) return;
    const ours = newById.get(oldIds[i]);
    finalRows.push(ours ? { kind: "ours", row: ours, old: r } : { kind: "user" });
  });
  for (const row of added) finalRows.push({ kind: "ours", row });

  const updated: TableChange["updated"] = [];
  for (const f of finalRows) {
    if (f.kind !== "ours" || !f.old) continue;
    const old = f.old;
    const changes = view.columns.flatMap((c, i) =>
      found[i] >= 0 && !same(old[found[i]], f.row.cells[i])
        ? [
            {
              header: c.header,
              before: (old[found[i]] ?? null) as CellValue,
              after: f.row.cells[i],
            },
          ]
        : []
    );
    if (changes.length > 0)
      updated.push({ id: f.row.id, changes: changes.slice(0, MAX_REPORTED_CHANGES) });
  }

  const change: TableChange = {
    key: view.key,
    tableName: names.table,
    created: false,
    added: added.map((r) => r.id),
    removed: remove.map((i) => oldIds[i]).filter((id) => id !== ""),
    updated,
    restoredColumns,
    rewritten,
  };

  return {
    change,
    async write(_context, flush) {
      for (const headerText of restoredColumns) table.columns.add(undefined, undefined, headerText);
      const addedRows = added.map((r) => {
        const cells: (string | number | null)[] = new Array(width).fill(null);
        r.cells.forEach((c, i) => (cells[positions[i]] = safeCell(c)));
        return cells;
      });
      for (const chunk of chunks(addedRows, maxBytes)) {
        await flush(bytesOf(chunk.rows));
        table.rows.add(undefined, chunk.rows as (string | number)[][]);
      }
      // Removed after the additions (which go to the end), bottom up, so indexes stay valid and
      // the table is never left without rows.
      for (const i of [...remove].sort((a, b) => b - a)) table.rows.getItemAt(i).delete();
      // Our columns, written block by block; null leaves the user's own rows untouched.
      const body = table.getDataBodyRange();
      const n = finalRows.length;
      for (const [start, length] of runs(positions)) {
        const columnsInRun = Array.from({ length }, (_, k) => positions.indexOf(start + k));
        const matrix = finalRows.map((f) =>
          columnsInRun.map((c) => (f.kind === "ours" ? safeCell(f.row.cells[c]) : null))
        );
        for (const chunk of chunks(matrix, maxBytes)) {
          await flush(bytesOf(chunk.rows));
          body
            .getCell(chunk.start, start)
            .getResizedRange(chunk.rows.length - 1, length - 1).values = chunk.rows as (
            string | number
          )[][];
        }
      }
      // Formats only where we created cells: restored columns, whole.
      view.columns.forEach((c, i) => {
        if (found[i] < 0 && n > 0)
          body.getCell(0, positions[i]).getResizedRange(n - 1, 0).numberFormat = finalRows.map(
            () => [NUMBER_FORMATS[c.kind]]
          );
      });
      // Links for rows that are new or whose link changed.
      const linkRows = finalRows.flatMap((f, row) => {
        if (f.kind !== "ours") return [];
        const changed =
          !f.old ||
          view.columns.some(
            (c, i) => c.kind === "url" && (found[i] < 0 || !same(f.old?.[found[i]], f.row.cells[i]))
          );
        return changed ? [{ row, cells: f.row.cells }] : [];
      });
      writeViewLinks(table, view, positions, linkRows);
      return table;
    },
  };
}
