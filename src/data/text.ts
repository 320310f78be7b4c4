/**
 * Text that came from outside (a dataset, an address) and may be shown to the user: which
 * characters are refused, and how such text is quoted in the add-in's own messages.
 */

/**
 * Control characters (C0, DEL, C1) and bidirectional formatting characters (embeddings,
 * overrides, isolates, and the implicit marks): they can hide text or make it display reordered.
 * Written as a character-class body so that the schema can build its patterns from it.
 */
const UNSAFE_BODY =
  "\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069";
/** The same, except tab, line feed and carriage return (allowed in long text). */
const UNSAFE_BODY_EXCEPT_LINES =
  "\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069";

/** Any unsafe character. */
export const UNSAFE_CHARACTER = new RegExp(`[${UNSAFE_BODY}]`);
const UNSAFE_CHARACTERS = new RegExp(`[${UNSAFE_BODY}]`, "g");
/** One line of text without unsafe characters. */
export const SAFE_LINE = new RegExp(`^[^${UNSAFE_BODY}]*$`);
/** Text without unsafe characters; tabs and line breaks allowed. */
export const SAFE_LINES = new RegExp(`^[^${UNSAFE_BODY_EXCEPT_LINES}]*$`);

/** Text with its unsafe characters removed (for echoing text a dataset or a parser chose). */
export function stripUnsafe(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, "");
}

/**
 * Untrusted text quoted inside a message: unsafe characters removed, cut to `max` characters,
 * and set in quotation marks so it never reads as the add-in's own words.
 */
export function quoteUntrusted(text: string, max = 40): string {
  const clean = stripUnsafe(text);
  const chars = Array.from(clean);
  const shown = chars.length > max ? `${chars.slice(0, max).join("")}…` : clean;
  return `“${shown}”`;
}

/** A message cut to at most `max` characters (an ellipsis marks the cut). */
export function bounded(message: string, max: number): string {
  const chars = Array.from(message);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : message;
}
