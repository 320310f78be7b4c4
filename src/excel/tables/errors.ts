/** The errors a table write throws once it has started: a structure refused, a write refused. */
import type { Message } from "../../i18n/message";

/**
 * Excel refused the write after the tables were read, or a table turned out to have been edited
 * as the write was applied: Excel may have applied part of the batch (it has no transactions), so
 * the workbook may be partly written, unless `restored`. No row was deleted unless the failure
 * was in the last step; tables and sheets this write created were removed again.
 */
export class TableWriteError extends Error {
  /** True if Excel failed while deleting rows (step 4): every other write had been applied. */
  readonly deleting: boolean;
  /**
   * True if every table was put back exactly as it was before the write: as step 2 read it after
   * a failed write, or as the write request's first read found it after an edit (the cause).
   */
  readonly restored: boolean;
  /** With `deleting`: true if the rows Excel had removed were put back in their places. */
  readonly rowsInPlace: boolean;

  constructor(
    override readonly cause: unknown,
    how: { deleting?: boolean; restored?: boolean; rowsInPlace?: boolean } = {}
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "TableWriteError";
    this.deleting = how.deleting ?? false;
    this.restored = how.restored ?? false;
    this.rowsInPlace = how.rowsInPlace ?? false;
  }
}

/** A table's structure stops the write before anything is written; the message says what to do. */
export class TableStructureError extends Error {
  /** What to say to the reader (src/i18n/message.ts); the Error's own message is its id. */
  readonly said: Message;

  constructor(told: Message) {
    super(told.id ?? "TableStructureError");
    this.name = "TableStructureError";
    this.said = told;
  }
}
