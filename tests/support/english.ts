/**
 * What a lower layer said, as the English catalogue says it: tests read messages (ids and
 * values, src/i18n/message.ts) through the English translator, as the pane and the functions do,
 * never from a field of English the code wrote.
 */
import type { Message } from "../../src/i18n/message";
import { englishTranslator } from "../../src/i18n/translator";

/** A message in English. */
export function english(said: Message): string {
  return englishTranslator.text(said);
}

/**
 * A lower layer's result with its English beside it as `message` (an outcome's `said`, or the
 * message itself), so a test can match the result and its words in one expectation.
 */
export function withEnglish<T extends object>(result: T): T & { message: string } {
  const said = "said" in result ? (result as { said: Message }).said : (result as Message);
  return { ...result, message: english(said) };
}
