/**
 * Deleting table rows, a run of adjacent rows with one call: the run's cells across the table's
 * width are deleted with the cells below shifting up (Range.delete, ExcelApi 1.1: "Deletes the
 * cells associated with the range", with DeleteShiftDirection.up: "the cells below move up";
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)),
 * which for whole rows of a table removes those rows from it, as Table › Delete › Table Rows does.
 * TableRowCollection.deleteRowsAt does the same in one call but is ExcelApiOnline only; one
 * TableRow.delete per row is one call per row (the review measured 667 of them).
 */

/** Queues deleting each [first body row, count] run; runs must be given bottom up. */
export function deleteRowRuns(table: Excel.Table, runs: readonly [number, number][]): void {
  const body = table.getDataBodyRange();
  for (const [first, count] of runs)
    body
      .getRow(first)
      .getResizedRange(count - 1, 0)
      .delete("Up");
}

/** Adjacent rows grouped into [first, count] runs, bottom up (the order deletes must go in). */
export function runsBottomUp(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === r) last[1]++;
    else out.push([r, 1]);
  }
  return out.reverse();
}
