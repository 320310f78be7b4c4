/**
 * What writing a view to Excel will do, worked out before anything is written. Pure: it sees the
 * values read from the workbook, never Office objects, so it is tested without a workbook.
 *
 * A refresh matches rows by ID, and touches only rows the add-in wrote (it is told their IDs): their
 * values change, new rows are added, and rows that left the dataset are removed, unless the user
 * wrote in them, in which case they stay, marked in a "KZUZ status" column. Rows the user added
 * (whatever their ID, blank rows and rows of formulas included) and columns the user added keep
 * every value; the user's formatting is left alone (formats are set only on cells the add-in
 * creates: a new table, a column added back). A refresh is planned in ./plan-refresh.
 */
import {
  tableOf,
  type CellValue,
  type ColumnKind,
  type View,
  type ViewKey,
} from "../../data/views";
import { safeCell, type SafeValue } from "./safe-cell";
import { workbookText } from "../../i18n/workbook";

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
  /** Rows that left the dataset but were kept, because the user wrote in them; marked as such. */
  readonly kept: string[];
  /** Dataset rows not added because a row of the user's already carries their ID. */
  readonly clashed: string[];
}

/** The column where rows no longer in the dataset are marked; added when first needed. */
export const STATUS_HEADER = workbookText("workbook.status.header");

/** The mark on a row the dataset no longer holds. */
export function notInDataset(version: string): string {
  return workbookText("workbook.status.notInDataset", { version });
}

/** What every mark starts with, whatever the version. */
const MARK = notInDataset("").trimEnd();
/** Whether a "KZUZ status" cell carries the mark of a row the dataset no longer holds. */
export function isMarked(status: unknown): boolean {
  return cellText(status).startsWith(MARK);
}

/** Which rows of a table are the add-in's, and the version being written (for the marks). */
export interface Ownership {
  /**
   * IDs of the rows the add-in wrote in this table. Absent: every ID found in the table is taken
   * as ours (a table written before the add-in kept them); callers that know pass them.
   */
  readonly owned?: ReadonlySet<string>;
  /** The version of the dataset being written, as the mark on rows it no longer holds says. */
  readonly version: string;
  /**
   * Our rows' cells as the add-in last wrote them (the dataset in force), by ID: a row leaving the
   * dataset whose note-like cell says something else was written in by the user (G3b).
   */
  readonly written?: ReadonlyMap<string, readonly CellValue[]>;
}

/** A hyperlink to set: body row and table column, both zero-based. */
export interface LinkCell {
  readonly row: number;
  readonly column: number;
  readonly url: string;
}

/** A new table: header, body and formats from A1 on a sheet of its own. */
export interface CreatePlan {
  readonly change: TableChange;
  readonly headers: string[];
  /** At least one row: an empty table keeps one blank row, as Excel requires. */
  readonly body: SafeValue[][];
  readonly kinds: ColumnKind[];
  readonly links: LinkCell[];
  /** Text columns with long values: given a fixed width and wrapping instead of an autofit. */
  readonly wrappedColumns: number[];
}

/** A block of adjacent table columns written at once; null leaves that cell as it is. */
export interface ColumnBlock {
  readonly column: number;
  readonly width: number;
  readonly rows: (SafeValue | null)[][];
}

/**
 * Changes to a table already in the workbook, in the order the writer applies them. Row indexes
 * are those before any delete: the table's rows, then the appended ones; deletes come last.
 */
export interface RefreshPlan {
  readonly change: TableChange;
  /** Headers added at the table's right end, in this order: our lost columns, the status column. */
  readonly restoredHeaders: string[];
  /** New rows, as wide as the table after the added columns ("" in the user's columns). */
  readonly appendedRows: SafeValue[][];
  /** Body rows to delete, bottom up: only untouched rows of ours, and an empty table's blank row. */
  readonly deletedRows: number[];
  /** Our columns' values for every row, old and appended; null leaves a cell as it is. */
  readonly blocks: ColumnBlock[];
  /** Added columns get the number format of their kind over the whole body, before any value. */
  readonly formats: { column: number; kind: ColumnKind; rowCount: number }[];
  /**
   * Cells of our columns filled for the first time (blank before, or in an appended row) get our
   * format before their value, in runs of rows; a cell that held a value keeps its format.
   */
  readonly fills: { column: number; kind: ColumnKind; row: number; rowCount: number }[];
  /** Links for rows that are new or whose link changed. */
  readonly links: LinkCell[];
}

/** What a table found in the workbook holds, as read: its header row and body rows. */
export interface TableContents {
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  /** The body's formulas (as Range.formulas reads them), to tell a user's formula from a value. */
  readonly formulas?: readonly (readonly unknown[])[];
  /** The body's number formats, where read: a cell of ours in "General" gets our format again. */
  readonly formats?: readonly (readonly unknown[])[];
}

/** Text longer than this gets a wrapped, fixed-width column. */
const LONG_TEXT = 60;

/** Only plain https addresses become links. */
export function isLinkable(url: CellValue): url is string {
  return typeof url === "string" && /^https:\/\/[^\s"]+$/.test(url);
}

/** A cell read from Excel as trimmed text ("" for empty). */
export function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/** Whether a cell read from Excel holds the value we would write (Excel reads "'=x" back as "=x"). */
export function holdsValue(excel: unknown, ours: CellValue): boolean {
  if (ours === null) return excel === "" || excel === null || excel === undefined;
  if (typeof ours === "number")
    return typeof excel === "number" && Math.abs(excel - ours) <= Math.abs(ours) * 1e-12;
  return excel === ours;
}

/** Consecutive positions grouped: [[start, length], ...] over the sorted positions. */
export function adjacentRuns(positions: readonly number[]): [number, number][] {
  const sorted = [...positions].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === p) last[1]++;
    else out.push([p, 1]);
  }
  return out;
}

/** Links for every URL column of `view`, at table columns `positions`, for (body row, cells) pairs. */
export function linksFor(
  view: View,
  positions: readonly number[],
  rows: readonly { row: number; cells: readonly CellValue[] }[]
): LinkCell[] {
  return view.columns.flatMap((column, c) => {
    if (column.kind !== "url") return [];
    return rows.flatMap(({ row, cells }) => {
      const url = cells[c];
      return isLinkable(url) ? [{ row, column: positions[c], url }] : [];
    });
  });
}

export function planCreate(view: View): CreatePlan {
  const change: TableChange = {
    key: view.key,
    tableName: tableOf(view.key).tableName,
    created: true,
    added: view.rows.map((r) => r.id),
    removed: [],
    updated: [],
    restoredColumns: [],
    kept: [],
    clashed: [],
  };
  const body =
    view.rows.length > 0
      ? view.rows.map((r) => r.cells.map(safeCell))
      : [view.columns.map(() => "")];
  const wrappedColumns = view.columns.flatMap((column, i) => {
    if (column.kind !== "text") return [];
    const longest = Math.max(0, ...view.rows.map((r) => String(r.cells[i] ?? "").length));
    return longest > LONG_TEXT ? [i] : [];
  });
  return {
    change,
    headers: view.columns.map((c) => c.header),
    body,
    kinds: view.columns.map((c) => c.kind),
    links: linksFor(
      view,
      view.columns.map((_, i) => i),
      view.rows.map((r, row) => ({ row, cells: r.cells }))
    ),
    wrappedColumns,
  };
}

/** Where the view's ID column is in a table's header, or -1 if the table has lost it. */
export function idColumnIn(view: View, header: readonly unknown[]): number {
  const id = view.columns.find((c) => c.kind === "id");
  return id ? header.map(cellText).indexOf(id.header) : -1;
}

/**
 * Whether a table found only by its name is one the add-in wrote: it has our ID column and at
 * least half of our other columns. A user's own table that happens to carry the name is not.
 */
export function looksOurs(view: View, header: readonly unknown[]): boolean {
  if (idColumnIn(view, header) < 0) return false;
  const headers = new Set(header.map(cellText));
  const others = view.columns.filter((c) => c.kind !== "id");
  return others.filter((c) => headers.has(c.header)).length * 2 >= others.length;
}

/** The IDs of our rows after a write: the dataset's (but those a user's row holds), and those kept. */
export function ownedAfter(view: View, change: TableChange): string[] {
  const clashed = new Set(change.clashed);
  return [...view.rows.map((r) => r.id).filter((id) => !clashed.has(id)), ...change.kept];
}
