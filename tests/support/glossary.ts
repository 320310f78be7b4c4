/**
 * The glossary's check, shared by the catalogue, functions-metadata and help-page tests: where
 * the English names an idea, the language says it with its one term (unless the entry is
 * `loose`) and never with a synonym the glossary rules out (`avoid`).
 */
import { GLOSSARY, type GlossaryEntry } from "../../src/i18n/glossary";
import type { Lang } from "../../src/i18n/locales";

/**
 * What a reader sees of a message: ICU syntax (a select's name and case keys) and the
 * workbook's own English names (sheet names stay English in every language) taken out.
 */
export function readable(message: string): string {
  let text = message.replace(/\{\s*\w+\s*,\s*(?:plural|select|selectordinal)\s*,/g, "{");
  // A case key follows the select's "{" or the previous case's "}".
  for (let before = ""; before !== text;) {
    before = text;
    text = text.replace(/([{}])\s*=?[\w-]+\s*\{/g, "$1 {");
  }
  return text.replace(/KZUZ (?:Formula Sources|Changes|Sources)\b/g, "");
}

const has = (pattern: string, text: string) => new RegExp(pattern, "iu").test(readable(text));

/** Problems of one language's texts against English, by the glossary. */
export function glossaryProblems(
  english: Record<string, string>,
  texts: Record<string, string>,
  lang: Lang,
  glossary: readonly GlossaryEntry[] = GLOSSARY,
  { strict = true } = {}
): string[] {
  const problems: string[] = [];
  for (const [key, en] of Object.entries(english)) {
    const text = texts[key];
    if (text === undefined) continue;
    for (const entry of glossary) {
      if (!has(entry.en.match, en)) continue;
      const form = entry[lang];
      if (strict && !entry.loose && !has(form.match, text))
        problems.push(`${key}: lacks "${form.term}" (${entry.id})`);
      const found = form.avoid && readable(text).match(new RegExp(form.avoid, "iu"));
      if (found) problems.push(`${key}: "${found[0]}" for ${entry.id}, say "${form.term}"`);
    }
  }
  return problems;
}
