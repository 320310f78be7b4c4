/**
 * What the cards pass says, as catalogue ids with their values (src/i18n/message.ts; the words
 * are in src/i18n/messages/<lang>/cards.json). Property names are values: they stay English in
 * the workbook, as headers do.
 */
import { joined, message, type Message } from "../../i18n/message";

const MAX_NAMED = 3;

/** "LAB complex (Investment, Status)": one card and the fields of it that changed. */
export const cardFields = (name: Message, fields: readonly string[]) =>
  message("cards.excel.fields", { name, fields: fields.join(", ") });

/** "Cards updated: A (Investment); B (Status)." and how many more. */
export function cardsUpdated(items: readonly Message[]): Message {
  const named = items.slice(0, MAX_NAMED);
  return message("cards.excel.updated", {
    list: joined("; ", named),
    more: items.length - named.length,
  });
}

export const cardsMadeText = (count: number) => message("cards.excel.madeText", { count });

export const cardsFailed = (reason: string) => message("cards.excel.failed", { reason });
