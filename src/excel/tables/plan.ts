/**
 * What writing a view to Excel will do, worked out before anything is written. Pure: it sees the
 * values read from the workbook, never Office objects, so it is tested without a workbook.
 *
 * A refresh matches rows by ID, and touches only rows the add-in wrote (it is told their IDs): their
 * values change, new rows are added, and rows that left the dataset are removed, unless the user
 * wrote in them, in which case they stay, marked in a "KZUZ status" column. Rows the user added
 * (whatever their ID, blank rows and rows of formulas included) and columns the user added keep
 * every value; the user's formatting is left alone (formats are set only on cells the add-in
 * creates: a new table, a column added back).
 */
import {
  tableOf,
  type CellValue,
  type ColumnKind,
  type View,
  type ViewKey,
} from "../../data/views";
import { safeCell, type SafeValue } from "./safe-cell";
import { writtenIn } from "./written";

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
export const STATUS_HEADER = "KZUZ status";

/** The mark on a row the dataset no longer holds. */
export function notInDataset(version: string): string {
  return `not in dataset ${version}`;
}
const MARK_PREFIX = "not in dataset";

/** Which rows of a table are the add-in's, and the version being written (for the marks). */
interface Ownership {
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
interface ColumnBlock {
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

const MAX_REPORTED_CHANGES = 5;
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

/** A row of the table after the writes, before the deletes. */
type RowAfterWrite =
  | { kind: "dataset"; cells: readonly CellValue[]; id: string; before?: readonly unknown[] }
  | { kind: "kept" }
  | { kind: "untouched" };

const isFormula = (f: unknown) => typeof f === "string" && f.startsWith("=");

export function planRefresh(
  view: View,
  table: TableContents,
  ownership: Ownership = { version: "" }
): RefreshPlan {
  const header = table.header.map(cellText);
  const oldRows = table.rows;
  const formulaAt = (r: number, c: number) => isFormula(table.formulas?.[r]?.[c]);
  const idAt = idColumnIn(view, header);
  if (idAt < 0) throw new Error(`planRefresh: the table has no "ID" column`);

  // Where each of our columns is now; missing ones are added back at the end.
  let width = header.length;
  const found = view.columns.map((c) => header.indexOf(c.header));
  const positions = found.map((p) => (p >= 0 ? p : width++));
  const restored = view.columns.filter((_, i) => found[i] < 0).map((c) => c.header);
  const statusFound = header.indexOf(STATUS_HEADER);
  const ours = new Set([...positions, statusFound]);
  const userColumns = header.flatMap((_, c) => (ours.has(c) ? [] : [c]));

  const newById = new Map(view.rows.map((r) => [r.id, r]));
  const oldIds = oldRows.map((r) => cellText(r[idAt]));
  const marked = (r: readonly unknown[]) =>
    statusFound >= 0 && cellText(r[statusFound]).startsWith(MARK_PREFIX);
  // Only the first row with an ID of ours is ours: a copy the user made is the user's.
  const seen = new Set<string>();
  const isOurs = oldRows.map((r, i) => {
    const id = oldIds[i];
    const owned = ownership.owned ? ownership.owned.has(id) || marked(r) : true;
    if (id === "" || !owned || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const written = writtenIn(view, table, {
    userColumns,
    found,
    ids: oldIds,
    previous: ownership.written,
  });
  const gone = oldRows.flatMap((_, i) => (isOurs[i] && !newById.has(oldIds[i]) ? [i] : []));
  const keptRows = new Set(gone.filter(written));
  // An empty table holds one blank row (Excel needs one): it is ours to replace.
  const placeholder =
    oldRows.length === 1 &&
    oldRows[0].every((c, j) => cellText(c) === "" && !formulaAt(0, j)) &&
    view.rows.length > 0;
  const deleted = [...gone.filter((i) => !keptRows.has(i)), ...(placeholder ? [0] : [])];
  const present = new Set(oldIds.filter((_, i) => isOurs[i] && newById.has(oldIds[i])));
  // A new dataset row whose ID a user's row already carries is not added: two rows with one ID
  // could not be told apart later, and the user's row would be taken for ours.
  const usersIds = new Set(oldIds.filter((id, i) => id !== "" && !isOurs[i]));
  const clashed = view.rows.filter((r) => !present.has(r.id) && usersIds.has(r.id));
  const added = view.rows.filter((r) => !present.has(r.id) && !usersIds.has(r.id));

  const needsStatus = statusFound < 0 && keptRows.size > 0;
  const statusAt = statusFound >= 0 ? statusFound : needsStatus ? width++ : -1;
  const restoredHeaders = needsStatus ? [...restored, STATUS_HEADER] : restored;

  const finalRows: RowAfterWrite[] = oldRows.map((r, i) => {
    if (keptRows.has(i)) return { kind: "kept" };
    const row = isOurs[i] ? newById.get(oldIds[i]) : undefined;
    return row
      ? { kind: "dataset", id: row.id, cells: row.cells, before: r }
      : { kind: "untouched" };
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

  // rows.add gets text or numbers only ("" in the user's columns): null is outside its contract.
  const appendedRows = added.map((r) => {
    const cells: SafeValue[] = new Array(width).fill("");
    r.cells.forEach((c, i) => (cells[positions[i]] = safeCell(c)));
    return cells;
  });

  const mark = notInDataset(ownership.version);
  // What each cell of ours gets; null where it already holds it (nothing is written then, so a
  // refresh that says "no change" wrote nothing, G8), or in a row that is not ours.
  const wanted = (f: RowAfterWrite, column: number): CellValue => {
    if (column === statusAt) return f.kind === "kept" ? mark : "";
    return f.kind === "dataset" ? f.cells[positions.indexOf(column)] : null;
  };
  const cellOf = (f: RowAfterWrite, column: number, r: number): SafeValue | null => {
    if (f.kind === "untouched" || (f.kind === "kept" && column !== statusAt)) return null;
    const value = wanted(f, column);
    const held =
      r < oldRows.length &&
      column < header.length &&
      !formulaAt(r, column) &&
      holdsValue(oldRows[r][column], value === "" ? null : value);
    return held ? null : safeCell(value);
  };
  const ourColumns = statusAt >= 0 ? [...positions, statusAt] : positions;
  const blocks = adjacentRuns(ourColumns).map(([column, runWidth]): ColumnBlock => ({
    column,
    width: runWidth,
    rows: finalRows.map((f, r) =>
      Array.from({ length: runWidth }, (_, k) => cellOf(f, column + k, r))
    ),
  }));

  const rowCount = finalRows.length;
  const formats = [
    ...view.columns.flatMap((c, i) =>
      found[i] < 0 && rowCount > 0 ? [{ column: positions[i], kind: c.kind, rowCount }] : []
    ),
    ...(needsStatus ? [{ column: statusAt, kind: "text" as ColumnKind, rowCount }] : []),
  ];

  // A blank cell may carry any format (a column Excel added back in a failed write, a new row
  // taking the format of the row above): ours goes first, so "2025-11-12" is not made a date.
  const kindAt = new Map(view.columns.map((c, i) => [positions[i], c.kind]));
  if (statusAt >= 0) kindAt.set(statusAt, "text");
  const formatted = new Set(formats.map((f) => f.column));
  const blankBefore = (r: number, c: number) =>
    r >= oldRows.length || (cellText(oldRows[r][c]) === "" && !formulaAt(r, c));
  // A cell of ours whose format was cleared ("General", Clear Formats) gets ours again (G8).
  const cleared = (r: number, c: number) =>
    table.formats !== undefined && r < oldRows.length && table.formats[r]?.[c] === "General";
  const fills = [...kindAt].flatMap(([column, kind]) => {
    if (formatted.has(column)) return [];
    const rows = finalRows.flatMap((f, r) => {
      if (f.kind !== "dataset" && !(f.kind === "kept" && column === statusAt)) return [];
      const value = wanted(f, column);
      const filled = value !== null && value !== "";
      return filled && (blankBefore(r, column) || cleared(r, column)) ? [r] : [];
    });
    return adjacentRuns(rows).map(([row, runLength]) => ({
      column,
      kind,
      row,
      rowCount: runLength,
    }));
  });

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
      removed: gone.filter((i) => !keptRows.has(i)).map((i) => oldIds[i]),
      updated,
      restoredColumns: restored,
      kept: [...keptRows].map((i) => oldIds[i]),
      clashed: clashed.map((r) => r.id),
    },
    restoredHeaders,
    appendedRows,
    deletedRows: [...deleted].sort((a, b) => b - a),
    blocks,
    formats,
    fills,
    links: linksFor(view, positions, linkRows),
  };
}

/** The IDs of our rows after a write: the dataset's (but those a user's row holds), and those kept. */
export function ownedAfter(view: View, change: TableChange): string[] {
  const clashed = new Set(change.clashed);
  return [...view.rows.map((r) => r.id).filter((id) => !clashed.has(id)), ...change.kept];
}
