/**
 * Edits made while a refresh runs. The refresh writes rows by the positions it read one sync
 * earlier; if a co-author (or the user typing) changes the table in between, those positions are
 * stale and values would land on the wrong rows (reliability review F23).
 * - The tables' onChanged events (ExcelApi 1.7) are watched from the read on; an edit heard before
 *   anything is written stops the attempt, which the writer starts over once, reading again.
 * - Events arrive after the edit, so one made while the write is on its way is not heard in time:
 *   the write batch begins by reading each table's header, row count and IDs again (Excel runs a
 *   batch in order, so this read sees the table just before the writes); if they differ from the
 *   first read, the writes went to stale positions and the writer reports it, to put rows back.
 * https://learn.microsoft.com/javascript/api/excel/excel.tablechangedeventargs
 */
import { cellText } from "./plan";
import { RefusedBeforeWriting, type Action } from "./refused";

export class TableEditedError extends RefusedBeforeWriting {
  constructor(readonly tableName: string) {
    super(`The table ${tableName} was edited during the refresh.`);
    this.name = "TableEditedError";
  }

  describe(action: Action): string {
    return `Someone edited the table ${this.tableName} while the add-in was updating it, so it stopped. Nothing was changed: when the edits are done, ${action} again.`;
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

/** A table's header and ID column as the refresh read them, and as read again in the write. */
export interface RowCheck {
  readonly name: string;
  readonly header: readonly unknown[];
  readonly ids: readonly unknown[];
  readonly rowCount: number;
  readonly headerNow: Excel.Range;
  readonly bodyNow: Excel.Range;
  readonly idsNow?: Excel.Range;
}

/** Queues the read of the table's header, row count and ID column (at `idColumn`, if found). */
export function readRowsAgain(
  table: Excel.Table,
  read: { name: string; header: readonly unknown[]; rows: readonly (readonly unknown[])[] },
  idColumn: number
): RowCheck {
  return {
    name: read.name,
    header: read.header,
    ids: idColumn >= 0 ? read.rows.map((r) => r[idColumn]) : [],
    rowCount: read.rows.length,
    headerNow: table.getHeaderRowRange().load("values"),
    bodyNow: table.getDataBodyRange().load("rowCount"),
    idsNow:
      idColumn >= 0
        ? table.columns.getItemAt(idColumn).getDataBodyRange().load("values")
        : undefined,
  };
}

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => cellText(x) === cellText(b[i]));

/** After the write: throws TableEditedError if the table had changed since it was read. */
export function assertRowsAsRead(check: RowCheck): void {
  const changed =
    !same(check.header, check.headerNow.values[0] ?? []) ||
    check.bodyNow.rowCount !== check.rowCount ||
    (check.idsNow !== undefined &&
      !same(
        check.ids,
        check.idsNow.values.map((r) => r[0])
      ));
  if (changed) throw new TableEditedError(check.name);
}
