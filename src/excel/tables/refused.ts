/**
 * A write the add-in refused to start, found after reading the workbook and before anything was
 * written: the message can say "Nothing was changed" and what to do, instead of "try again".
 */
import type { Message } from "../../i18n/message";

export type Action = "Refresh" | "Insert";

export abstract class RefusedBeforeWriting extends Error {
  /** The plain message for the user, naming the action to run once the cause is dealt with. */
  abstract describe(action: Action): Message;
}
