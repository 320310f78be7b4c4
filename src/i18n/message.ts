/**
 * The one message type: what every layer hands up to be said in the reader's language. It holds
 * ids and values only; the words live in the catalogues (English in src/i18n/messages/en, the
 * source and the fallback), and a translator (src/i18n/translator.ts) says a message whole, in
 * one language. Rewording a sentence is one edit per catalogue, never an edit in code.
 *
 * This module imports nothing at run time, so src/data, src/office, src/excel and src/formulas
 * may import it (the one exception to their "no src/i18n" lint rule, eslint.config.mjs); the id
 * type is read type-only from the English catalogue, so an id that does not exist fails the
 * typecheck.
 *
 * A message is one of:
 * - `message(id, values)`: a catalogue message. A value is text, a number (a plural or select
 *   chooses on it, or the language writes it its own way; years and other printed numbers are
 *   best passed as text), a message of its own said first in the same language, or a list of
 *   messages (joined with ", ").
 * - `sentences(...)` / `joined(separator, parts)`: parts said one after another.
 * - `day(iso)`: a day, ISO in English ("2026-11-27"), in words in other languages.
 * - `amount(value, usd)`: a number or a sum of US dollars, written the language's way.
 * - `localized(names)`: the dataset's own text in its languages (the reader's, else English).
 * - `plain(text)`: text said as it is in every language: a name, a cell address, an error Excel
 *   or the browser gave. Never an English sentence of ours (tests/repo/no-english.test.ts).
 *
 * Names Excel shows (tables, sheets, column headers) are values, never translated: shared
 * workbooks and structured references read alike in every language.
 */
import type english from "./messages/en";

/** A message's id: a key of the English catalogue (checked at compile time). */
export type MessageId = keyof typeof english;

/** A placeholder's value: text, a number, or a message (or list of messages) said first. */
export type MessageValue = string | number | Message | readonly Message[];

/** Values for a message's placeholders. */
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** The dataset's own text in its languages: `en` always, the others where it has them. */
type LocalizedText = Readonly<Record<string, string | undefined>> & { readonly en: string };

/** Something to say to the reader: ids and values, never words of our own. */
export interface Message {
  readonly id?: MessageId;
  readonly values?: MessageValues;
  readonly parts?: readonly Message[];
  /** What `parts` are joined with: a space (sentences) unless said otherwise. */
  readonly separator?: string;
  /** An ISO day ("2026-11-27"). */
  readonly day?: string;
  /** A number (`usd`: in US dollars). */
  readonly amount?: { readonly value: number; readonly usd: boolean };
  readonly localized?: LocalizedText;
  /** Text that is the same in every language (a name, an error Excel gave). */
  readonly text?: string;
}

/** A catalogue message with its placeholders' values. */
export function message(id: MessageId, values?: MessageValues): Message {
  return values ? { id, values } : { id };
}

/** Text said as it is in every language: a name, an address, an error Excel gave. */
export function plain(text: string): Message {
  return { text };
}

/** A day, ISO ("2026-11-27"): as it is in English, in words in other languages. */
export function day(iso: string): Message {
  return { day: iso };
}

/** A number, or (`usd`) a sum of US dollars, written the reader's way. */
export function amount(value: number, usd: boolean): Message {
  return { amount: { value, usd } };
}

/** The dataset's own text in its languages: the reader's, else English. */
export function localized(names: LocalizedText): Message {
  return { localized: names };
}

/** Whether a message says nothing (empty text, or no parts). */
function isEmpty(m: Message): boolean {
  if (m.parts) return m.parts.every(isEmpty);
  return m.text === "" && m.id === undefined;
}

/** Sentences one after another (missing and empty ones left out). */
export function sentences(...parts: (Message | undefined)[]): Message {
  return joined(" ", parts);
}

/** Parts joined with `separator` (missing and empty ones left out). */
export function joined(separator: string, parts: readonly (Message | undefined)[]): Message {
  const kept = parts.filter((p): p is Message => p !== undefined && !isEmpty(p));
  return separator === " " ? { parts: kept } : { parts: kept, separator };
}
