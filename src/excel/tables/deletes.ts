/**
 * Deleting table rows, a run of adjacent rows with one call: the run's cells across the table's
 * width are deleted with the cells below shifting up (Range.delete, ExcelApi 1.1: "Deletes the
 * cells associated with the range", with DeleteShiftDirection.up: "the cells below move up";
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)),
 * which for whole rows of a table removes those rows from it, as Table › Delete › Table Rows does.
 * TableRowCollection.deleteRowsAt does the same in one call but is ExcelApiOnline only; one
 * TableRow.delete per row is one call per row (the review measured 667 of them).
 */
import { bytesOf } from "./chunks";
import { cellText, isLinkable } from "./plan";
import { writtenBack, type BodyRead } from "./rollback";

/** Queues deleting each [first body row, count] run; runs must be given bottom up. */
function deleteRowRuns(table: Excel.Table, runs: readonly [number, number][]): void {
  const body = table.getDataBodyRange();
  for (const [first, count] of runs)
    body
      .getRow(first)
      .getResizedRange(count - 1, 0)
      .delete("Up");
}

/** Adjacent rows grouped into [first, count] runs, bottom up (the order deletes must go in). */
function runsBottomUp(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === r) last[1]++;
    else out.push([r, 1]);
  }
  return out.reverse();
}

/** A table's rows to delete, and its body as the refresh read it (to check and to put back). */
export interface DeleteTarget {
  readonly table: Excel.Table;
  readonly name: string;
  /** Body rows to delete, as positions when the refresh read the table. */
  readonly rows: readonly number[];
  readonly read: BodyRead;
  /** Table columns holding links, put back on a row that had to be restored. */
  readonly linkColumns: readonly number[];
}

/**
 * Rows the delete removed were not the ones planned: a row was inserted or removed above them
 * after the write (reliability review G2). `restored`: every row deleted was put back in its
 * place, with what it held; `table` names the table.
 */
export class DeletedWrongRowsError extends Error {
  constructor(
    readonly table: string,
    readonly restored: boolean
  ) {
    super(`The table ${table} was edited while rows were being removed.`);
    this.name = "DeletedWrongRowsError";
  }
}

interface Batch {
  readonly target: DeleteTarget;
  readonly runs: [number, number][];
}

/** The bytes a run's rows take when read back (values, formulas and number formats). */
function runBytes(read: BodyRead, [first, count]: [number, number]): number {
  const rows = (grid: readonly (readonly unknown[])[]) => grid.slice(first, first + count);
  return (
    bytesOf(rows(read.values)) + bytesOf(rows(read.formulas)) + bytesOf(rows(read.numberFormat))
  );
}

/**
 * Step 4 of a refresh: deletes the rows that left the dataset, bottom up, a run of adjacent rows
 * with one call. Each request first reads the table's ID column and the rows it is about to delete
 * (Excel runs a request in order, so these are the rows the deletes remove), and holds no more rows
 * than fit in a response under `maxBytes`. After each request the IDs read at the deleted
 * positions are checked against the ones planned: if a row was inserted or removed above them since
 * the refresh read the table, the rows removed are put back in their places, with their formats,
 * values, formulas and links, and DeletedWrongRowsError stops the deletes (G2). `before` runs in
 * the first request, before anything is deleted (filters cleared), `after` in the last.
 */
export async function deleteVerified(
  targets: readonly DeleteTarget[],
  maxBytes: number,
  hooks: { before: () => void; after: () => void; sync: () => Promise<void> }
): Promise<void> {
  const batches: Batch[] = [];
  for (const target of targets) {
    let current: [number, number][] = [];
    let bytes = 0;
    // Row by row, bottom up: a run too large for one response is split, its lower part first.
    for (const [first, count] of runsBottomUp(target.rows))
      for (let row = first + count - 1; row >= first; row--) {
        const size = runBytes(target.read, [row, 1]);
        if (current.length > 0 && bytes + size > maxBytes) {
          batches.push({ target, runs: current });
          current = [];
          bytes = 0;
        }
        const last = current[current.length - 1];
        if (last && last[0] === row + 1) {
          last[0] = row;
          last[1]++;
        } else current.push([row, 1]);
        bytes += size;
      }
    if (current.length > 0) batches.push({ target, runs: current });
  }
  if (batches.length === 0) return;
  hooks.before();
  for (const [b, { target, runs }] of batches.entries()) {
    const { table, read } = target;
    const body = table.getDataBodyRange();
    const ids = read.idColumn >= 0 ? body.getColumn(read.idColumn).load("values") : undefined;
    const removed = runs.map(([first, count]) =>
      body
        .getRow(first)
        .getResizedRange(count - 1, 0)
        .load("values, formulas, numberFormat")
    );
    deleteRowRuns(table, runs);
    if (b === batches.length - 1) hooks.after();
    await hooks.sync();
    const expected = (row: number) => cellText(read.formulas[row]?.[read.idColumn]);
    const wrong =
      ids !== undefined &&
      runs.some(([first, count]) =>
        Array.from({ length: count }, (_, k) => first + k).some(
          (row) => cellText(ids.values[row]?.[0]) !== expected(row)
        )
      );
    if (!wrong) continue;
    let restored = true;
    try {
      // Top down, so each row goes back once every row above it is in place.
      [...runs].reverse().forEach(([first, count]) => {
        const k = runs.findIndex(([f]) => f === first);
        const { values, formulas, numberFormat } = removed[k];
        const width = values[0]?.length ?? 0;
        table.rows.add(
          first,
          values.map(() => new Array<string>(width).fill(""))
        );
        const cells = table
          .getDataBodyRange()
          .getRow(first)
          .getResizedRange(count - 1, 0);
        cells.numberFormat = numberFormat;
        cells.formulas = values.map((r, i) => r.map((v, j) => writtenBack(v, formulas[i][j])));
        for (let i = 0; i < count; i++)
          for (const c of target.linkColumns) {
            const url = values[i][c];
            if (isLinkable(url as string))
              table.getDataBodyRange().getCell(first + i, c).hyperlink = {
                address: url as string,
                textToDisplay: url as string,
              };
          }
      });
      hooks.after();
      await hooks.sync();
    } catch {
      restored = false;
    }
    // Rows deleted by earlier requests were right; the caller adds them back at the end.
    throw new DeletedWrongRowsError(target.name, restored && b === 0);
  }
}
