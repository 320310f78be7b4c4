/**
 * The change list kept in the workbook: after every refresh, one row per row added, revised or
 * removed, on the sheet "KZUZ Changes" as the table KZUZ_Changes, newest first. A sheet rather
 * than the workbook's settings: the user can read, filter and keep it, and it travels with the
 * workbook like the tables it describes. Its sheet, headers and words ("added", "revised") are
 * workbook content, in English whatever the pane's language: a shared workbook reads alike for
 * everyone, and filters on the Change column work the same in every copy.
 */
import type { CellValue } from "../data/views";
import { tableOf } from "../data/views/registry";
import { freeSheetName } from "./tables/sheet-name";
import { safeCell, type SafeValue } from "./tables/safe-cell";
import type { TableChange } from "./tables/plan";
import { workbookText } from "../i18n/workbook";

export const CHANGES_SHEET = "KZUZ Changes";
const CHANGES_TABLE = "KZUZ_Changes";
export const CHANGES_HEADERS = [
  "Refreshed (UTC)",
  "Dataset version",
  "Table",
  "Change",
  "Row ID",
  "What changed",
] as const;

function text(value: CellValue): string {
  return value === null || value === "" ? "blank" : String(value);
}

/** The list's rows for one refresh: added, revised, removed, then kept rows, table by table. */
export function changeRows(
  changes: readonly TableChange[],
  at: Date,
  version: string
): SafeValue[][] {
  const when = `${at.toISOString().slice(0, 16).replace("T", " ")}`;
  const rows: SafeValue[][] = [];
  for (const c of changes) {
    const table = tableOf(c.key).label;
    const row = (kind: string, id: string, what: string) =>
      rows.push([when, version, table, kind, id, what].map((v) => safeCell(v)));
    for (const id of c.added)
      row(workbookText("workbook.change.added"), id, workbookText("workbook.change.addedWhat"));
    for (const u of c.updated)
      row(
        workbookText("workbook.change.revised"),
        u.id,
        u.changes.map((ch) => `${ch.header}: ${text(ch.before)} → ${text(ch.after)}`).join("; ")
      );
    for (const id of c.removed)
      row(workbookText("workbook.change.removed"), id, workbookText("workbook.change.removedWhat"));
    for (const id of c.kept)
      row(workbookText("workbook.change.kept"), id, workbookText("workbook.change.keptWhat"));
  }
  return rows;
}

/** Puts `rows` at the top of the change list, creating its sheet and table when first needed. */
export async function writeChangeList(
  context: Excel.RequestContext,
  rows: SafeValue[][]
): Promise<void> {
  if (rows.length === 0) return;
  const table = context.workbook.tables.getItemOrNullObject(CHANGES_TABLE);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  if (table.isNullObject) {
    // A sheet of that name without our table is the user's: the list goes on a sheet of its own.
    const name = freeSheetName(CHANGES_SHEET, new Set(sheets.items.map((s) => s.name)));
    const sheet = sheets.add(name);
    const last = rows.length + 1;
    sheet.getRange(`A1:F${last}`).values = [[...CHANGES_HEADERS], ...rows];
    const created = sheet.tables.add(`A1:F${last}`, true);
    created.name = CHANGES_TABLE;
    sheet.freezePanes.freezeRows(1);
    await context.sync();
    return;
  }
  const body = table.getDataBodyRange();
  body.load("values");
  await context.sync();
  // Read back, a text cell's apostrophe marker is gone: it is made safe again before rewriting.
  const older = (body.values as CellValue[][]).map((r) => r.map((v) => safeCell(v)));
  // Columns the user added to the list keep their place; our new rows leave them blank.
  const width = older[0]?.length ?? CHANGES_HEADERS.length;
  const fresh = rows.map((r) => [
    ...r,
    ...Array<SafeValue>(Math.max(0, width - r.length)).fill(""),
  ]);
  // New rows go at the end (Excel's rows.add), then the body is rewritten newest first.
  table.rows.add(undefined, fresh);
  await context.sync();
  table.getDataBodyRange().values = [...fresh, ...older];
  await context.sync();
}
