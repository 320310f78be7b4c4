/** Undoing what a failed write created, so that a retry finds an empty sheet to reuse. */
import { columnLetter } from "../a1";
import { tableOf } from "../../data/views";
import type { Planned } from "./write";

/**
 * After a failed write: empties again what this write created, so no half-written sheet is
 * left and a retry reuses the (now empty) sheet instead of making "KZUZ Projects (2)". Best
 * effort: if Excel refuses this too, the caller's message still says the write failed.
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
      if (!table.isNullObject) table.delete();
      // Added but not yet named: the object tables.add returned.
      else if (planned.table) await deleteIfAdded(context, planned.table);
      if (!sheet.isNullObject)
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
