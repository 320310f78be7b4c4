/**
 * Edits made while a refresh runs. The refresh writes rows by the positions it read one sync
 * earlier; if a co-author (or the user typing) changes the table in between, those positions are
 * stale and values would land on the wrong rows (reliability review F23).
 * - The tables' onChanged events (ExcelApi 1.7) are watched from the read on; an edit heard before
 *   anything is written stops the attempt, which the writer starts over once, reading again.
 * - Events arrive after the edit, so one made while the write is on its way is not heard in time:
 *   the write request begins by reading each table again (Excel runs a request in order, so this
 *   read sees the table just before the writes); if its header, row count or IDs differ from the
 *   first read, the writes went to stale positions, and the writer puts the table back exactly as
 *   this read found it (the co-author's edit included) before saying so.
 * https://learn.microsoft.com/javascript/api/excel/excel.tablechangedeventargs
 */
import { cellText } from "./plan";
import * as M from "../messages";
import type { Message } from "../../i18n/message";
import { RefusedBeforeWriting, type Action } from "./refused";

export class TableEditedError extends RefusedBeforeWriting {
  constructor(readonly tableName: string) {
    super(`The table ${tableName} was edited during the refresh.`);
    this.name = "TableEditedError";
  }

  describe(action: Action): Message {
    return M.tableEdited(this.tableName, action);
  }
}

/** Watches tables for changes from the next sync on. */
export class EditWatch {
  private readonly names = new Map<string, string>();
  private readonly handlers: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>[] = [];
  private edited: string | undefined;

  /** Queues a handler on `table` (its id and name must be loaded). */
  watch(table: Excel.Table): void {
    this.names.set(table.id, table.name);
    this.handlers.push(
      table.onChanged.add(async (event) => {
        this.edited ??= this.names.get(event.tableId) ?? table.name;
      })
    );
  }

  /** Throws TableEditedError if a watched table changed since the handlers were added. */
  assertUnchanged(): void {
    if (this.edited !== undefined) throw new TableEditedError(this.edited);
  }

  /** Queues removing the handlers: the add-in's own writes that follow are not edits. */
  stop(): void {
    for (const handler of this.handlers.splice(0)) handler.remove();
  }
}

/**
 * A table's header and ID column as the refresh read them, and the table as read again first thing
 * in the write request: its header, and its body's formulas and number formats, which are what
 * puts the table back exactly as it was just before the writes if it turns out to have changed.
 */
export interface RowCheck {
  readonly name: string;
  readonly header: readonly unknown[];
  readonly ids: readonly unknown[];
  readonly idColumn: number;
  readonly headerNow: Excel.Range;
  readonly bodyNow: Excel.Range;
  /** Whether bodyNow holds the body's formulas and number formats (else its size, and idsNow). */
  readonly whole: boolean;
  readonly idsNow?: Excel.Range;
}

/**
 * Queues the read of the table's header and body (formulas, number formats) as they are now;
 * `read.rows` are the formulas the refresh read, compared with these by their ID column. A table
 * too large to read back whole in the write request (`whole` false: its response would pass the
 * limit, ./read) has only its size and ID column read: an edit is still found, but the table can
 * then not be put back exactly as the edit left it.
 */
export function readRowsAgain(
  table: Excel.Table,
  read: { name: string; header: readonly unknown[]; rows: readonly (readonly unknown[])[] },
  idColumn: number,
  whole = true
): RowCheck {
  const body = table.getDataBodyRange();
  return {
    name: read.name,
    header: read.header,
    ids: idColumn >= 0 ? read.rows.map((r) => r[idColumn]) : read.rows.map(() => ""),
    idColumn,
    headerNow: table.getHeaderRowRange().load("values"),
    bodyNow: whole ? body.load("rowCount, formulas, numberFormat") : body.load("rowCount"),
    whole,
    idsNow: !whole && idColumn >= 0 ? body.getColumn(idColumn).load("values") : undefined,
  };
}

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => cellText(x) === cellText(b[i]));

/** After the write request: whether the table had changed between the read and the writes. */
export function changedSinceRead(check: RowCheck): boolean {
  const idsNow =
    check.idColumn < 0
      ? undefined
      : check.whole
        ? check.bodyNow.formulas.map((r) => r[check.idColumn])
        : (check.idsNow?.values ?? []).map((r) => r[0]);
  return (
    !same(check.header, check.headerNow.values[0] ?? []) ||
    check.bodyNow.rowCount !== check.ids.length ||
    (idsNow !== undefined && !same(check.ids, idsNow))
  );
}
