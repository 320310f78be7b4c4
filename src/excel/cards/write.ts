/**
 * The cards of the inserted tables, written after the tables' text (./tables/write), in place by
 * row ID: the table's header, ID column and card columns are read (Range.valuesAsJson), and only
 * cells whose card differs from the one to show are written, a cell at a time, in requests under
 * the size limit. Only rows the add-in owns are touched (the first row carrying an owned ID, as a
 * refresh decides); a user's rows, a user's columns, a kept row's cells are left as they are.
 *
 * With cards off (the user's choice) the same pass turns our KZUZ cards back into the table's
 * text; a cell the user typed over is text already and is left alone.
 */
import { cardRecordOf, changedFields } from "../../data/cards/record-card";
import type { EntityCard } from "../../data/cards/types";
import type { View, ViewKey } from "../../data/views";
import { Syncer } from "../batch";
import { DEFAULT_MAX_REQUEST_BYTES } from "../tables/chunks";
import { cellText } from "../tables/plan";
import { safeCell } from "../tables/safe-cell";
import type { TableCards } from "./columns";

/** A card of ours whose fields changed, for the change summary. */
export interface CardChange {
  readonly key: ViewKey;
  readonly id: string;
  readonly header: string;
  /** The card's fields that changed ("Investment", "Status"; "Name" for its text). */
  readonly fields: readonly string[];
}

/**
 * How a card goes into a cell: whole, as an entity value (ENTITY_FORM, ExcelApi 1.16), or as a
 * linked entity that Excel loads through the load service (./linked-cells, ExcelApi 1.19).
 */
export interface CardForm {
  /** The value to write (Range.valuesAsJson) for `card`. */
  json(card: EntityCard): unknown;
  /** Whether the cell's value `now` (valuesAsJson) already shows `card` in this form. */
  shows(now: unknown, card: EntityCard): boolean;
  /** Bytes a write of `card` adds to a request, about. */
  bytes(card: EntityCard): number;
}

/** The card written whole: the cell shows it when it holds this card with the same fields. */
const ENTITY_FORM: CardForm = {
  json: (card) => card,
  shows: (now, card) => cardRecordOf(now) !== undefined && changedFields(now, card).length === 0,
  bytes: (card) => JSON.stringify(card).length + 200,
};

/**
 * The fields of a KZUZ card `now` (as read back) that differ from `card`: a linked entity Excel
 * has not loaded yet holds its id and text only, so only its text can be compared.
 */
function fieldsChanged(now: unknown, card: EntityCard): string[] {
  const loaded = (now as { type?: string; properties?: object }).properties !== undefined;
  if ((now as { type?: string }).type === "LinkedEntity" && !loaded)
    return (now as { text?: unknown }).text === card.text ? [] : ["Name"];
  return changedFields(now, card);
}

export interface CardTable {
  readonly view: View;
  readonly tableId: string;
  /** IDs of the rows the add-in owns in the table, after the text was written. */
  readonly owned: readonly string[];
  /** The cards to show, by column; undefined turns our cards into text (cards off). */
  readonly cards?: TableCards;
  /** How the cards go into cells: ENTITY_FORM unless said. */
  readonly form?: CardForm;
}

interface CardsWritten {
  readonly changes: CardChange[];
  /** Cells given a card for the first time (a new row, or a table that held text). */
  readonly added: number;
  /** Cards turned back into text (cards off). */
  readonly madeText: number;
}

interface Read {
  table: CardTable;
  header: Excel.Range;
  body: Excel.Range;
  columns: { header: string; at: number; range: Excel.Range }[];
}

type Write = { cell: Excel.Range; json?: unknown; text?: string | number; bytes: number };

/**
 * Reads each table's card columns and writes the cards that differ; tables gone since the text
 * write are skipped. Throws what Excel throws (the text is written by then: the caller says so).
 */
export async function writeCards(
  context: Excel.RequestContext,
  tables: readonly CardTable[],
  columns: Partial<Record<ViewKey, readonly string[]>>,
  maxBytes = DEFAULT_MAX_REQUEST_BYTES
): Promise<CardsWritten> {
  const found = tables.map((table) => {
    const item = context.workbook.tables.getItemOrNullObject(table.tableId);
    const header = item.getHeaderRowRange().load("values");
    const body = item.getDataBodyRange().load("values");
    item.load("id");
    return { table, item, header, body };
  });
  await context.sync();
  const reads: Read[] = [];
  for (const { table, item, header, body } of found) {
    if (item.isNullObject) continue;
    const headers = (header.values[0] ?? []).map(cellText);
    const wanted = columns[table.view.key] ?? [];
    const at = wanted.map((h) => ({ header: h, at: headers.indexOf(h) })).filter((c) => c.at >= 0);
    reads.push({
      table,
      header,
      body,
      columns: at.map((c) => ({ ...c, range: body.getColumn(c.at).load("valuesAsJson") })),
    });
  }
  if (reads.length === 0) return { changes: [], added: 0, madeText: 0 };
  await context.sync();

  const changes: CardChange[] = [];
  const writes: Write[] = [];
  let added = 0;
  let madeText = 0;
  for (const read of reads) {
    const { view, owned, cards, form = ENTITY_FORM } = read.table;
    const headers = (read.header.values[0] ?? []).map(cellText);
    const idAt = headers.indexOf(view.columns.find((c) => c.kind === "id")?.header ?? "ID");
    if (idAt < 0) continue;
    const ours = new Set(owned);
    const seen = new Set<string>();
    const rows = view.rows;
    read.body.values.forEach((row, r) => {
      const id = cellText(row[idAt]);
      if (!ours.has(id) || seen.has(id)) return;
      seen.add(id);
      const viewRow = rows.find((x) => x.id === id);
      for (const column of read.columns) {
        const now = column.range.valuesAsJson[r]?.[0];
        const record = cardRecordOf(now);
        const card = cards?.get(column.header)?.get(id);
        const cell = read.body.getCell(r, column.at);
        if (card) {
          // A linked card whose fields changed may still show it (Excel reloads it through the
          // load service): its fields are named all the same.
          const fields = record ? fieldsChanged(now, card) : [];
          const write = !form.shows(now, card);
          if (write) writes.push({ cell, json: form.json(card), bytes: form.bytes(card) });
          if (record && fields.length > 0)
            changes.push({ key: view.key, id, header: column.header, fields });
          else if (write) added++;
        } else if (record) {
          // Cards off, or this row no longer has a card here (a project without a region):
          // the table's text, as a table without cards holds it.
          const i = view.columns.findIndex((c) => c.header === column.header);
          const value = viewRow && i >= 0 ? viewRow.cells[i] : null;
          writes.push({ cell, text: safeCell(value), bytes: 200 });
          madeText++;
        }
      }
    });
  }

  // One request per maxBytes of cards (Excel on the web refuses requests over 5 MB).
  const syncer = new Syncer(context);
  let queued = 0;
  for (const write of writes) {
    if (queued > 0 && queued + write.bytes > maxBytes) {
      await syncer.sync();
      queued = 0;
    }
    if (write.json) write.cell.valuesAsJson = [[write.json as Excel.CellValue]];
    else write.cell.values = [[write.text ?? ""]];
    queued += write.bytes;
  }
  if (queued > 0) await syncer.sync();
  return { changes, added, madeText };
}
