/**
 * What writing a view to Excel will do, worked out before anything is written. Pure: it sees the
 * values read from the workbook, never Office objects, so it is tested without a workbook.
 *
 * A refresh matches rows by ID: values change, rows are added and removed, rows the user added
 * (blank ID) and columns the user added keep their values, and the user's formatting is left
 * alone (formats are set when a table or column is created, never on refresh).
 */
import {
  tableOf,
  type CellValue,
  type ColumnKind,
  type View,
  type ViewKey,
} from "../../data/views";
import { safeCell, type SafeValue } from "./safe-cell";

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

/** A block of adjacent table columns written at once; null leaves a user's row untouched. */
export interface ColumnBlock {
  readonly column: number;
  readonly width: number;
  readonly rows: (SafeValue | null)[][];
}

/** Changes to a table already in the workbook, in the order the writer applies them. */
export interface RefreshPlan {
  readonly change: TableChange;
  /** Headers of our columns the table lost: added back at its right end, in this order. */
  readonly restoredHeaders: string[];
  /** New rows, as wide as the table after the restored columns, appended at its end. */
  readonly appendedRows: (SafeValue | null)[][];
  /** Body rows to delete, bottom up (after the appends, so indexes stay valid). */
  readonly deletedRows: number[];
  /** Our columns' values for every row left after the deletes. */
  readonly blocks: ColumnBlock[];
  /** Restored columns get the number format of their kind over the whole body. */
  readonly formats: { column: number; kind: ColumnKind; rowCount: number }[];
  /** Links for rows that are new or whose link changed. */
  readonly links: LinkCell[];
}

/** What a table found in the workbook holds, as read: its header row and body rows. */
export interface TableContents {
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
}

const MAX_REPORTED_CHANGES = 5;
/** Text longer than this gets a wrapped, fixed-width column. */
const LONG_TEXT = 60;

/** Only plain https addresses become links. */
function isLinkable(url: CellValue): url is string {
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
function linksFor(
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
    rewritten: false,
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

/** A row of the refreshed table, in its final order: one of the dataset's, or one the user added. */
type RowAfterRefresh =
  | { kind: "dataset"; cells: readonly CellValue[]; id: string; before?: readonly unknown[] }
  | { kind: "user" };

export function planRefresh(view: View, table: TableContents): RefreshPlan {
  const header = table.header.map(cellText);
  const oldRows = table.rows;

  // Where each of our columns is now; missing ones are added back at the end.
  let width = header.length;
  const found = view.columns.map((c) => header.indexOf(c.header));
  const positions = found.map((p) => (p >= 0 ? p : width++));
  const restoredHeaders = view.columns.filter((_, i) => found[i] < 0).map((c) => c.header);
  const idAt = found[view.columns.findIndex((c) => c.kind === "id")];
  const rewritten = idAt < 0;

  const newById = new Map(view.rows.map((r) => [r.id, r]));
  const oldIds = oldRows.map((r) => (rewritten ? "" : cellText(r[idAt])));
  const blank = (r: readonly unknown[]) => r.every((c) => cellText(c) === "");
  // Remove rows whose id left the dataset, the empty placeholder row of an empty table, and, if
  // the ID column is gone, every row (they can no longer be matched).
  const removed = oldRows.flatMap((r, i) =>
    rewritten || blank(r) || (oldIds[i] !== "" && !newById.has(oldIds[i])) ? [i] : []
  );
  const removedSet = new Set(removed);
  const present = new Set(oldIds.filter((id, i) => id !== "" && !removedSet.has(i)));
  const added = view.rows.filter((r) => !present.has(r.id));

  // Kept rows stay in their order (the user's sort stays), then the added ones.
  const finalRows: RowAfterRefresh[] = [];
  oldRows.forEach((r, i) => {
    if (removedSet.has(i)) return;
    const ours = newById.get(oldIds[i]);
    finalRows.push(
      ours ? { kind: "dataset", id: ours.id, cells: ours.cells, before: r } : { kind: "user" }
    );
  });
  for (const row of added) finalRows.push({ kind: "dataset", id: row.id, cells: row.cells });

  const updated: TableChange["updated"] = [];
  for (const f of finalRows) {
    if (f.kind !== "dataset" || !f.before) continue;
    const before = f.before;
    const changes = view.columns.flatMap((c, i) =>
      found[i] >= 0 && !holdsValue(before[found[i]], f.cells[i])
        ? [{ header: c.header, before: (before[found[i]] ?? null) as CellValue, after: f.cells[i] }]
        : []
    );
    if (changes.length > 0)
      updated.push({ id: f.id, changes: changes.slice(0, MAX_REPORTED_CHANGES) });
  }

  const appendedRows = added.map((r) => {
    const cells: (SafeValue | null)[] = new Array(width).fill(null);
    r.cells.forEach((c, i) => (cells[positions[i]] = safeCell(c)));
    return cells;
  });

  const blocks = adjacentRuns(positions).map(([column, runWidth]): ColumnBlock => {
    const viewColumns = Array.from({ length: runWidth }, (_, k) => positions.indexOf(column + k));
    return {
      column,
      width: runWidth,
      rows: finalRows.map((f) =>
        viewColumns.map((c) => (f.kind === "dataset" ? safeCell(f.cells[c]) : null))
      ),
    };
  });

  const rowCount = finalRows.length;
  const formats = view.columns.flatMap((c, i) =>
    found[i] < 0 && rowCount > 0 ? [{ column: positions[i], kind: c.kind, rowCount }] : []
  );

  const linkRows = finalRows.flatMap((f, row) => {
    if (f.kind !== "dataset") return [];
    const changed =
      !f.before ||
      view.columns.some(
        (c, i) =>
          c.kind === "url" && (found[i] < 0 || !holdsValue(f.before?.[found[i]], f.cells[i]))
      );
    return changed ? [{ row, cells: f.cells }] : [];
  });

  return {
    change: {
      key: view.key,
      tableName: tableOf(view.key).tableName,
      created: false,
      added: added.map((r) => r.id),
      removed: removed.map((i) => oldIds[i]).filter((id) => id !== ""),
      updated,
      restoredColumns: restoredHeaders,
      rewritten,
    },
    restoredHeaders,
    appendedRows,
    deletedRows: [...removed].sort((a, b) => b - a),
    blocks,
    formats,
    links: linksFor(view, positions, linkRows),
  };
}
