/**
 * What refreshing a table already in the workbook will do, worked out before anything is written.
 * Pure, like ./plan: it sees the values read from the workbook, never Office objects.
 *
 * `planRefresh` is a sequence of named steps, each a function of what the steps before found:
 *   1. `columnLayout`: where each of our columns is now, which were lost (added back at the end),
 *      where the status column is, which columns are the user's;
 *   2. `rowFates`: which rows are ours (by ID, first row with an ID only), which leave the dataset
 *      (deleted, or kept and marked when the user wrote in them), which dataset rows are added,
 *      and which are not because a user's row already carries their ID;
 *   3. `statusColumn`: whether the "KZUZ status" column is needed and where;
 *   4. `rowsAfterWrite`: every row after the writes and before the deletes;
 *   5. `valueChanges`: the changed values of our rows, for the change summary;
 *   6. `appendedCells`, `columnBlocks`: what is written, only where a cell does not already hold it;
 *   7. `formatPlan`: the formats of added columns and of cells filled for the first time;
 *   8. `changedLinks`: links for new rows and rows whose link changed.
 */
import { tableOf, type CellValue, type ColumnKind, type View } from "../../data/views";
import {
  STATUS_HEADER,
  adjacentRuns,
  cellText,
  holdsValue,
  idColumnIn,
  isMarked,
  linksFor,
  notInDataset,
  type ColumnBlock,
  type Ownership,
  type RefreshPlan,
  type TableChange,
  type TableContents,
} from "./plan";
import { safeCell, type SafeValue } from "./safe-cell";
import { writtenIn } from "./written";

const MAX_REPORTED_CHANGES = 5;

const isFormula = (f: unknown) => typeof f === "string" && f.startsWith("=");

/** Step 1: where our columns are in the table as read. */
interface ColumnLayout {
  readonly header: string[];
  readonly idAt: number;
  /** For each view column, its table column, or -1 if the table lost it. */
  readonly found: number[];
  /** For each view column, its table column after the lost ones are added back at the end. */
  readonly positions: number[];
  /** Headers of the lost columns, in view order. */
  readonly restored: string[];
  readonly statusFound: number;
  readonly userColumns: number[];
  /** The table's width once the lost columns are back. */
  readonly width: number;
}

function columnLayout(view: View, table: TableContents): ColumnLayout {
  const header = table.header.map(cellText);
  const idAt = idColumnIn(view, header);
  if (idAt < 0) throw new Error(`planRefresh: the table has no "ID" column`);
  let width = header.length;
  const found = view.columns.map((c) => header.indexOf(c.header));
  const positions = found.map((p) => (p >= 0 ? p : width++));
  const restored = view.columns.filter((_, i) => found[i] < 0).map((c) => c.header);
  const statusFound = header.indexOf(STATUS_HEADER);
  const ours = new Set([...positions, statusFound]);
  const userColumns = header.flatMap((_, c) => (ours.has(c) ? [] : [c]));
  return { header, idAt, found, positions, restored, statusFound, userColumns, width };
}

/** Step 2: what happens to each row read, and which dataset rows are added. */
interface RowFates {
  readonly oldIds: string[];
  readonly isOurs: boolean[];
  /** Rows of ours whose ID left the dataset (deleted or kept). */
  readonly gone: number[];
  /** Among them, those the user wrote in: kept and marked. */
  readonly keptRows: ReadonlySet<number>;
  /** Rows to delete: gone and untouched, and an empty table's blank row. */
  readonly deleted: number[];
  readonly added: View["rows"][number][];
  readonly clashed: View["rows"][number][];
}

function rowFates(
  view: View,
  table: TableContents,
  ownership: Ownership,
  layout: ColumnLayout
): RowFates {
  const oldRows = table.rows;
  const { idAt, statusFound } = layout;
  const newById = new Set(view.rows.map((r) => r.id));
  const oldIds = oldRows.map((r) => cellText(r[idAt]));
  const marked = (r: readonly unknown[]) => statusFound >= 0 && isMarked(r[statusFound]);
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
    userColumns: layout.userColumns,
    found: layout.found,
    ids: oldIds,
    previous: ownership.written,
  });
  const gone = oldRows.flatMap((_, i) => (isOurs[i] && !newById.has(oldIds[i]) ? [i] : []));
  const keptRows = new Set(gone.filter(written));
  // An empty table holds one blank row (Excel needs one): it is ours to replace.
  const formulaAt = (r: number, c: number) => isFormula(table.formulas?.[r]?.[c]);
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
  return { oldIds, isOurs, gone, keptRows, deleted, added, clashed };
}

/** Step 3: the status column, where rows kept out of the dataset are marked. */
interface StatusColumn {
  /** Its table column, or -1 when the table has none and needs none. */
  readonly statusAt: number;
  readonly needsStatus: boolean;
  readonly restoredHeaders: string[];
  readonly width: number;
}

function statusColumn(layout: ColumnLayout, fates: RowFates): StatusColumn {
  const needsStatus = layout.statusFound < 0 && fates.keptRows.size > 0;
  const statusAt = layout.statusFound >= 0 ? layout.statusFound : needsStatus ? layout.width : -1;
  return {
    statusAt,
    needsStatus,
    restoredHeaders: needsStatus ? [...layout.restored, STATUS_HEADER] : layout.restored,
    width: needsStatus ? layout.width + 1 : layout.width,
  };
}

/** A row of the table after the writes, before the deletes. */
type RowAfterWrite =
  | { kind: "dataset"; cells: readonly CellValue[]; id: string; before?: readonly unknown[] }
  | { kind: "kept" }
  | { kind: "untouched" };

/** Step 4: the rows read, then the appended ones. */
function rowsAfterWrite(view: View, table: TableContents, fates: RowFates): RowAfterWrite[] {
  const newById = new Map(view.rows.map((r) => [r.id, r]));
  const rows: RowAfterWrite[] = table.rows.map((r, i) => {
    if (fates.keptRows.has(i)) return { kind: "kept" };
    const row = fates.isOurs[i] ? newById.get(fates.oldIds[i]) : undefined;
    return row
      ? { kind: "dataset", id: row.id, cells: row.cells, before: r }
      : { kind: "untouched" };
  });
  for (const row of fates.added) rows.push({ kind: "dataset", id: row.id, cells: row.cells });
  return rows;
}

/** Step 5: the first changes of each row of ours whose values change. */
function valueChanges(
  view: View,
  layout: ColumnLayout,
  rows: readonly RowAfterWrite[]
): TableChange["updated"] {
  const { found } = layout;
  const updated: TableChange["updated"] = [];
  for (const f of rows) {
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
  return updated;
}

/** Step 6a: new rows, full width; rows.add gets text or numbers only ("" in the user's columns). */
function appendedCells(layout: ColumnLayout, fates: RowFates, width: number): SafeValue[][] {
  return fates.added.map((r) => {
    const cells: SafeValue[] = new Array(width).fill("");
    r.cells.forEach((c, i) => (cells[layout.positions[i]] = safeCell(c)));
    return cells;
  });
}

/** What a cell of ours gets after the write (null: nothing of ours), shared by steps 6b and 7. */
function wantedValue(
  layout: ColumnLayout,
  status: StatusColumn,
  mark: string
): (f: RowAfterWrite, column: number) => CellValue {
  return (f, column) => {
    if (column === status.statusAt) return f.kind === "kept" ? mark : "";
    return f.kind === "dataset" ? f.cells[layout.positions.indexOf(column)] : null;
  };
}

/**
 * Step 6b: our columns' values for every row, in blocks of adjacent columns; null where a cell
 * already holds its value (so a refresh that says "no change" wrote nothing, G8), or in a row
 * that is not ours.
 */
function columnBlocks(
  table: TableContents,
  layout: ColumnLayout,
  status: StatusColumn,
  rows: readonly RowAfterWrite[],
  wanted: (f: RowAfterWrite, column: number) => CellValue
): ColumnBlock[] {
  const { statusAt } = status;
  const formulaAt = (r: number, c: number) => isFormula(table.formulas?.[r]?.[c]);
  const cellOf = (f: RowAfterWrite, column: number, r: number): SafeValue | null => {
    if (f.kind === "untouched" || (f.kind === "kept" && column !== statusAt)) return null;
    const value = wanted(f, column);
    const held =
      r < table.rows.length &&
      column < layout.header.length &&
      !formulaAt(r, column) &&
      holdsValue(table.rows[r][column], value === "" ? null : value);
    return held ? null : safeCell(value);
  };
  const ourColumns = statusAt >= 0 ? [...layout.positions, statusAt] : layout.positions;
  return adjacentRuns(ourColumns).map(([column, runWidth]) => ({
    column,
    width: runWidth,
    rows: rows.map((f, r) => Array.from({ length: runWidth }, (_, k) => cellOf(f, column + k, r))),
  }));
}

/**
 * Step 7: added columns get their kind's format over the whole body; a cell of ours filled for
 * the first time, or whose format was cleared, gets ours before its value.
 */
function formatPlan(
  view: View,
  table: TableContents,
  layout: ColumnLayout,
  status: StatusColumn,
  rows: readonly RowAfterWrite[],
  wanted: (f: RowAfterWrite, column: number) => CellValue
): Pick<RefreshPlan, "formats" | "fills"> {
  const { positions, found } = layout;
  const { statusAt } = status;
  const rowCount = rows.length;
  const formats = [
    ...view.columns.flatMap((c, i) =>
      found[i] < 0 && rowCount > 0 ? [{ column: positions[i], kind: c.kind, rowCount }] : []
    ),
    ...(status.needsStatus ? [{ column: statusAt, kind: "text" as ColumnKind, rowCount }] : []),
  ];

  // A blank cell may carry any format (a column Excel added back in a failed write, a new row
  // taking the format of the row above): ours goes first, so "2025-11-12" is not made a date.
  const kindAt = new Map(view.columns.map((c, i) => [positions[i], c.kind]));
  if (statusAt >= 0) kindAt.set(statusAt, "text");
  const formatted = new Set(formats.map((f) => f.column));
  const formulaAt = (r: number, c: number) => isFormula(table.formulas?.[r]?.[c]);
  const oldCount = table.rows.length;
  const blankBefore = (r: number, c: number) =>
    r >= oldCount || (cellText(table.rows[r][c]) === "" && !formulaAt(r, c));
  // A cell of ours whose format was cleared ("General", Clear Formats) gets ours again (G8).
  const cleared = (r: number, c: number) =>
    table.formats !== undefined && r < oldCount && table.formats[r]?.[c] === "General";
  const fills = [...kindAt].flatMap(([column, kind]) => {
    if (formatted.has(column)) return [];
    const filledRows = rows.flatMap((f, r) => {
      if (f.kind !== "dataset" && !(f.kind === "kept" && column === statusAt)) return [];
      const value = wanted(f, column);
      const filled = value !== null && value !== "";
      return filled && (blankBefore(r, column) || cleared(r, column)) ? [r] : [];
    });
    return adjacentRuns(filledRows).map(([row, runLength]) => ({
      column,
      kind,
      row,
      rowCount: runLength,
    }));
  });
  return { formats, fills };
}

/** Step 8: links for rows that are new, or whose link changed or whose link column was lost. */
function changedLinks(
  view: View,
  layout: ColumnLayout,
  rows: readonly RowAfterWrite[]
): RefreshPlan["links"] {
  const { found } = layout;
  const linkRows = rows.flatMap((f, row) => {
    if (f.kind !== "dataset") return [];
    const changed =
      !f.before ||
      view.columns.some(
        (c, i) =>
          c.kind === "url" && (found[i] < 0 || !holdsValue(f.before?.[found[i]], f.cells[i]))
      );
    return changed ? [{ row, cells: f.cells }] : [];
  });
  return linksFor(view, layout.positions, linkRows);
}

/**
 * Matches rows by ID and touches only rows the add-in wrote (./plan's header says what a refresh
 * promises); throws if the table has lost its ID column.
 */
export function planRefresh(
  view: View,
  table: TableContents,
  ownership: Ownership = { version: "" }
): RefreshPlan {
  const layout = columnLayout(view, table);
  const fates = rowFates(view, table, ownership, layout);
  const status = statusColumn(layout, fates);
  const rows = rowsAfterWrite(view, table, fates);
  const wanted = wantedValue(layout, status, notInDataset(ownership.version));
  return {
    change: {
      key: view.key,
      tableName: tableOf(view.key).tableName,
      created: false,
      added: fates.added.map((r) => r.id),
      removed: fates.gone.filter((i) => !fates.keptRows.has(i)).map((i) => fates.oldIds[i]),
      updated: valueChanges(view, layout, rows),
      restoredColumns: layout.restored,
      kept: [...fates.keptRows].map((i) => fates.oldIds[i]),
      clashed: fates.clashed.map((r) => r.id),
    },
    restoredHeaders: status.restoredHeaders,
    appendedRows: appendedCells(layout, fates, status.width),
    deletedRows: [...fates.deleted].sort((a, b) => b - a),
    blocks: columnBlocks(table, layout, status, rows, wanted),
    ...formatPlan(view, table, layout, status, rows, wanted),
    links: changedLinks(view, layout, rows),
  };
}
