/**
 * The domain's terms in the five languages, so the same thing has the same name in every catalogue
 * (the functions' descriptions today; the pane's and the help page's when they are translated).
 * `term` is the form to write; `match` is a case-insensitive pattern that finds the term in any of
 * its inflected forms (Russian, Kazakh and Uzbek decline nouns), used by the catalogue tests.
 * Uzbek is in Latin script with the modifier letter turned comma (U+02BB) in oʻ and gʻ.
 *
 * The entries (terms, patterns and the translators' notes, which are English prose) are data, in
 * ./glossary.json; this module types them.
 */
import type { Lang } from "./locales";
import entries from "./glossary.json";

interface GlossaryForm {
  term: string;
  match: string;
  /**
   * Synonyms this language must not use for the idea (a pattern): checked in every message whose
   * English names the idea, so «қою» (Excel's Paste) can never again name the add-in's Insert.
   */
  avoid?: string;
}

/**
 * `loose`: the language may leave the term out where its grammar says the idea otherwise (a
 * verb's object, a pronoun); only `avoid` is checked then.
 */
export type GlossaryEntry = { id: string; note: string; loose?: boolean } & Record<
  Lang,
  GlossaryForm
>;

export const GLOSSARY: readonly GlossaryEntry[] = entries.entries as readonly GlossaryEntry[];
