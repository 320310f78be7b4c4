/**
 * Edits made while a refresh runs. The refresh writes rows by the positions it read one sync
 * earlier; if a co-author (or the user typing) changes the table in between, those positions are
 * stale and values would land on the wrong rows (reliability review F23). The tables' onChanged
 * events (ExcelApi 1.7) are watched from the read on; an edit heard before anything is written
 * stops the attempt, which the writer starts over once, reading the table again.
 * https://learn.microsoft.com/javascript/api/excel/excel.tablechangedeventargs
 */
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
