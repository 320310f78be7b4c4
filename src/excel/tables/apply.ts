/**
 * Queuing one table's writes (./write runs the syncs): a new table on its sheet, or the changes
 * planned for a table already there. Everywhere a cell gets a value it already has its number
 * format: Excel parses a string when it is written, so "2025-11-12" written to a cell not yet
 * formatted as text becomes a date serial that "@" set afterwards cannot undo.
 */
import { columnLetter } from "../a1";
import { tableOf, type View } from "../../data/views";
import { bytesOf, chunks } from "./chunks";
import { NUMBER_FORMATS, TABLE_STYLE } from "./formats";
import type { CreatePlan, LinkCell, RefreshPlan } from "./plan";

/** Waits until `bytes` more fit in the request being queued, syncing first if they do not. */
export type MakeRoom = (bytes: number) => Promise<void>;

async function setLinks(
  table: Excel.Table,
  links: readonly LinkCell[],
  makeRoom: MakeRoom
): Promise<void> {
  if (links.length === 0) return;
  const body = table.getDataBodyRange();
  for (const { row, column, url } of links) {
    // Each link is an object in the request: counted, so a table of links is split too.
    await makeRoom(bytesOf([[url, url]]));
    body.getCell(row, column).hyperlink = { address: url, textToDisplay: url };
  }
}

/** Queues a new table: on the sheet found empty, else on a new sheet of that (free) name. */
export async function applyCreate(
  context: Excel.RequestContext,
  planned: { view: View; sheet: Excel.Worksheet | string; plan: CreatePlan },
  makeRoom: MakeRoom,
  maxBytes: number
): Promise<Excel.Table> {
  const { plan } = planned;
  const { tableName } = tableOf(plan.change.key);
  const sheet =
    typeof planned.sheet === "string"
      ? context.workbook.worksheets.add(planned.sheet)
      : planned.sheet;
  const last = columnLetter(plan.headers.length - 1);
  sheet.getRange(`A1:${last}1`).values = [plan.headers];
  const formats = plan.kinds.map((kind) => NUMBER_FORMATS[kind]);
  // A row's number formats go in the same request as its values: both count towards the limit.
  const weighed = plan.body.map((row) => [...row, ...formats]);
  for (const chunk of chunks(weighed, maxBytes)) {
    await makeRoom(bytesOf(chunk.rows));
    const rows = plan.body.slice(chunk.start, chunk.start + chunk.rows.length);
    const range = sheet.getRange(`A${chunk.start + 2}:${last}${chunk.start + 1 + rows.length}`);
    range.numberFormat = rows.map(() => [...formats]);
    range.values = rows;
  }
  const table = sheet.tables.add(`A1:${last}${plan.body.length + 1}`, true);
  table.name = tableName;
  table.style = TABLE_STYLE;
  await setLinks(table, plan.links, makeRoom);
  sheet.freezePanes.freezeRows(1);
  table.getRange().format.autofitColumns();
  for (const i of plan.wrappedColumns) {
    const range = table.columns.getItemAt(i).getRange();
    range.format.columnWidth = 320;
    range.format.wrapText = true;
  }
  return table;
}

/**
 * Queues the changes to a table already there but its row deletes: columns added back, rows
 * appended blank, the formats of added columns and of cells filled for the first time, then
 * every value of ours.
 */
export async function applyRefresh(
  table: Excel.Table,
  plan: RefreshPlan,
  makeRoom: MakeRoom,
  maxBytes: number
): Promise<void> {
  for (const header of plan.restoredHeaders) table.columns.add(undefined, undefined, header);
  // Appended blank (rows.add takes text, numbers and booleans: "" not null), so that their values,
  // written with the others below, land on cells already formatted: a new row takes the format of
  // the row above, and an added column gets its own format first.
  for (const chunk of chunks(plan.appendedRows, maxBytes)) {
    const blanks = chunk.rows.map((row) => row.map(() => ""));
    await makeRoom(bytesOf(blanks));
    table.rows.add(undefined, blanks);
  }
  const body = table.getDataBodyRange();
  const columns = plan.formats.map((f) => ({ ...f, row: 0 }));
  for (const { column, kind, row, rowCount } of [...columns, ...plan.fills]) {
    const formats = Array.from({ length: rowCount }, () => [NUMBER_FORMATS[kind]]);
    await makeRoom(bytesOf(formats));
    body.getCell(row, column).getResizedRange(rowCount - 1, 0).numberFormat = formats;
  }
  for (const block of plan.blocks)
    for (const chunk of chunks(block.rows, maxBytes)) {
      // Cells that already hold their value are null: a chunk of nothing but those is not sent.
      if (chunk.rows.every((row) => row.every((cell) => cell === null))) continue;
      await makeRoom(bytesOf(chunk.rows));
      // null in a values array leaves that cell as it is: the user's own rows keep their values.
      body
        .getCell(chunk.start, block.column)
        .getResizedRange(chunk.rows.length - 1, block.width - 1).values = chunk.rows as (
        string | number
      )[][];
    }
  await setLinks(table, plan.links, makeRoom);
}
