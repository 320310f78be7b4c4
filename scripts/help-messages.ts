/**
 * Rewrites the generated parts of every help page (src/taskpane/help.html, help.<lang>.html):
 * the examples' results marked class="fn-message", from what the functions answer in the page's
 * language, and each page's list of the other languages' pages. Run it after the functions'
 * messages or the set of pages change:  npx tsx scripts/help-messages.ts
 * tests/taskpane/help.test.ts fails while a page is out of date.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { LANGS } from "../src/i18n/locales";
import { existingPages, HELP_DIR, helpFile, readPage, updatePage } from "./lib/help-pages";

async function main(): Promise<void> {
  const pages = existingPages();
  const english = readPage("en");
  for (const lang of pages) {
    const before = readPage(lang);
    const after = await updatePage(before, lang, pages, english);
    if (after !== before) writeFileSync(join(HELP_DIR, helpFile(lang)), after);
    console.log(`${helpFile(lang)}: ${after === before ? "up to date" : "rewritten"}`);
  }
  const missing = LANGS.filter((lang) => !pages.includes(lang));
  if (missing.length > 0)
    console.warn(`no help page yet for: ${missing.map((l) => helpFile(l)).join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
