/**
 * The workbook's own words: the change list's status words, the KZUZ status column and its mark,
 * the note the add-in writes on a converted cell, a row's name (the Dashboard's cells and the charts' names: ./dashboard.ts).
 * They are English in every language by design (src/i18n/README.md): formulas and code refer to them (a status
 * column is found by its header; a rebuild finds a chart by its name), so shared workbooks and
 * formulas read alike whoever wrote them. Their text is the catalogue's `workbook` area
 * (messages/en/workbook.json), which the other languages do not translate: the area is English in
 * every language (tests/i18n/catalogues.test.ts, lower-ids.test.ts), like the dashboard area.
 *
 * `workbookText` is the one way src/data, src/excel and the pane read it; like ./message.ts it is
 * open to every layer (eslint.config.mjs) and imports nothing but the area itself. A message
 * there has plain `{name}` placeholders only (tests/i18n/workbook.test.ts), filled as they are.
 */
import words from "./messages/en/workbook.json";

/** A workbook word's id (checked at compile time against the area). */
export type WorkbookId = keyof typeof words;

/** A message as the build and the tests compile it (text and [name] tokens), or ICU source (tsx). */
type Compiled = string | readonly (string | readonly [string])[];

/** The workbook's words for `id`, its `{name}` placeholders filled with `values` as they are. */
export function workbookText(
  id: WorkbookId,
  values: Readonly<Record<string, string | number>> = {}
): string {
  return fill(words, id, values);
}

/** Message `id` of an English-only area (this one, ./dashboard.ts), its placeholders filled. */
export function fill(
  area: object,
  id: string,
  values: Readonly<Record<string, string | number>>
): string {
  const compiled = (area as Record<string, Compiled>)[id];
  const value = (name: string): string => {
    const v = values[name];
    if (v === undefined) throw new Error(`${id} needs a value for {${name}}`);
    return String(v);
  };
  if (typeof compiled === "string")
    return compiled.replace(/\{(\w+)\}/g, (_, name: string) => value(name));
  return compiled.map((token) => (typeof token === "string" ? token : value(token[0]))).join("");
}
