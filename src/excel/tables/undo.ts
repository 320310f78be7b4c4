/**
 * Undoing a write: what a failed write created, so that a retry finds an empty sheet to reuse;
 * and, when a table turns out to have been edited just as the write was applied, everything.
 */
import { columnLetter } from "../a1";
import { tableOf } from "../../data/views";
import { clearViewState, restoreViewState } from "./filters";
import { cellText, isLinkable } from "./plan";
import type { Planned } from "./write";

/**
 * After a write request whose first read found a table changed since the refresh read it (F23):
 * its writes went to stale positions, so each refreshed table is put back exactly as that read
 * found it (the co-author's edit included): the columns and rows the write added removed, then
 * every cell's number format and formula (formats first, so text stays text). What this write
 * created is removed too. Returns false if Excel refused, and the table may be partly written.
 */
export async function putBack(
  context: Excel.RequestContext,
  plans: readonly Planned[]
): Promise<boolean> {
  // A table read back by its size and IDs only (too large to read whole) cannot be put back.
  if (plans.some((p) => p.kind === "refresh" && !p.again.whole)) return false;
  try {
    for (const p of plans) {
      if (p.kind !== "refresh") continue;
      const { table, plan, again, viewState } = p;
      const width = again.headerNow.values[0]?.length ?? 0;
      const rowCount = again.bodyNow.rowCount;
      // A filtered table refuses row deletes: cleared again (the write applied it again).
      clearViewState(table, viewState);
      // The write added its columns at the right end and its rows at the bottom; deletes bottom up.
      for (let k = plan.restoredHeaders.length - 1; k >= 0; k--)
        table.columns.getItemAt(width + k).delete();
      for (let r = rowCount + plan.appendedRows.length - 1; r >= rowCount; r--)
        table.rows.getItemAt(r).delete();
      const body = table
        .getDataBodyRange()
        .getCell(0, 0)
        .getResizedRange(rowCount - 1, width - 1);
      body.numberFormat = again.bodyNow.numberFormat;
      body.formulas = again.bodyNow.formulas;
      restoreViewState(table, viewState);
    }
    await context.sync();
  } catch {
    return false;
  }
  await undoCreates(context, plans);
  return true;
}

/**
 * After Excel failed part-way through the row deletes (step 4, bottom up): puts each row it had
 * removed back at its place, as the write request's first read found it (formats, then formulas
 * and values), with TableRowCollection.add at an index ("any rows below the inserted row are
 * shifted downwards", ExcelApi 1.1:
 * https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)).
 * Those rows were untouched by the write (only rows nobody wrote in are deleted). Excel applies a
 * request in order, so the rows removed are the first of the deletes: as many as the table lost.
 * Returns false if Excel refused this too (the caller then adds the rows back at the end).
 */
export async function reinsertDeleted(
  context: Excel.RequestContext,
  plans: readonly Planned[]
): Promise<boolean> {
  const refreshes = plans.flatMap((p) =>
    p.kind === "refresh" && p.plan.deletedRows.length > 0 ? [p] : []
  );
  if (refreshes.some((p) => !p.again.whole)) return false;
  try {
    const counts = refreshes.map((p) => p.table.getDataBodyRange().load("rowCount, columnCount"));
    await context.sync();
    refreshes.forEach((p, i) => {
      const { table, plan, again, viewState } = p;
      const { formulas, numberFormat } = again.bodyNow;
      const before = formulas.length + plan.appendedRows.length;
      const gone = plan.deletedRows.slice(0, before - counts[i].rowCount);
      const width = counts[i].columnCount;
      const header = (again.headerNow.values[0] ?? []).map(cellText);
      const linkColumns = p.view.columns
        .filter((c) => c.kind === "url")
        .map((c) => header.indexOf(c.header))
        .filter((c) => c >= 0);
      // Lowest first: each row goes back once every row above it is in place.
      for (const row of [...gone].reverse()) {
        table.rows.add(row, [new Array<string>(width).fill("")]);
        const cells = table
          .getDataBodyRange()
          .getCell(row, 0)
          .getResizedRange(0, formulas[row].length - 1);
        cells.numberFormat = [numberFormat[row]];
        cells.formulas = [formulas[row]];
        // A row of ours had its address cells linked when written: linked again.
        for (const column of linkColumns) {
          const url = formulas[row][column];
          if (isLinkable(url))
            table.getDataBodyRange().getCell(row, column).hyperlink = {
              address: url,
              textToDisplay: url,
            };
        }
      }
      restoreViewState(table, viewState);
    });
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/**
 * After a failed write: removes what this write created, so no half-written sheet is left and a
 * retry makes the sheet again under its own name, not "KZUZ Projects (2)": a sheet it added is
 * deleted (Worksheet.delete, ExcelApi 1.1; the workbook keeps the sheets it had, so never runs
 * out of sheets), a sheet it found empty and reused is emptied again. Best effort: if Excel
 * refuses this too, the caller's message still says the write failed.
 */
export async function undoCreates(
  context: Excel.RequestContext,
  plans: readonly Planned[]
): Promise<void> {
  const creates = plans.flatMap((p) => (p.kind === "create" ? [p] : []));
  if (creates.length === 0) return;
  try {
    const found = creates.map((p) => {
      const sheet =
        typeof p.sheet === "string"
          ? context.workbook.worksheets.getItemOrNullObject(p.sheet)
          : p.sheet;
      sheet.load("name");
      const table = context.workbook.tables.getItemOrNullObject(tableOf(p.view.key).tableName);
      table.load("name");
      return { planned: p, sheet, table };
    });
    await context.sync();
    for (const { planned, sheet, table } of found) {
      if (sheet.isNullObject) continue;
      // A sheet this write added goes (with its table); one it found empty and reused stays.
      if (typeof planned.sheet === "string") {
        sheet.delete();
        continue;
      }
      if (!table.isNullObject) table.delete();
      // Added but not yet named: the object tables.add returned.
      else if (planned.table) await deleteIfAdded(context, planned.table);
      sheet
        .getRange(
          `A1:${columnLetter(planned.plan.headers.length - 1)}${planned.plan.body.length + 1}`
        )
        .clear();
    }
    await context.sync();
  } catch {
    // Nothing more can be done here; the write's own error is what the user is told.
  }
}

/** Deletes a table tables.add returned in a failed batch, if Excel created it before failing. */
async function deleteIfAdded(context: Excel.RequestContext, table: Excel.Table): Promise<void> {
  try {
    table.load("name");
    await context.sync();
    if (!table.isNullObject) table.delete();
  } catch {
    // Not created, or not reachable any more: nothing to delete.
  }
}
