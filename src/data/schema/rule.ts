/**
 * A zod rule's message: a catalogue id (src/i18n/messages/<lang>/dataset.json), never words. Zod
 * carries it as the message; the validator (../validate/issues.ts) says it as a message.
 * A limit's own id starts "dataset.limit." and is said with the limit as `{limit}` (and `{count}`
 * for a plural); a limit without one (or with only the schema's own message, which zod hands to
 * every check of the schema that has none) is said by what zod reports: the kind of value and
 * the bound.
 */
import type { MessageId } from "../../i18n/message";

/** The catalogue id of a rule's message (checked against the English catalogue). */
export function rule(id: MessageId): string {
  return id;
}

/** Whether a zod issue's message is a rule's id rather than zod's own words. */
export function isRuleId(text: string): boolean {
  return /^dataset\.[\w.]+$/.test(text);
}

/** Whether a rule's id is a limit's own (said with the limit). */
export function isLimitRule(text: string): boolean {
  return text.startsWith("dataset.limit.");
}
