/**
 * The help pages (src/taskpane/help.html and help.<lang>.html): every example is run against the
 * functions' own code and the published data, with the page's language active, and must return
 * a value or exactly the error the page shows. Every page has English's sections, anchors and
 * examples, declares its language, has translated headings, uses the glossary's terms, links only
 * to what exists, and is up to date with scripts/help-messages.ts (its generated parts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setActiveLang } from "../../src/i18n/active";
import { glossaryProblems } from "../support/glossary";
import { LANGS, type Lang } from "../../src/i18n/locales";
import { investmentValue } from "../../src/formulas/compute";
import {
  EVALUATE,
  decode,
  examples,
  existingPages,
  HELP_DIR,
  helpFile,
  isExcelError,
  publishedSnapshot,
  readPage,
  resultText,
  updatePage,
} from "../../scripts/lib/help-pages";

const ASSETS_ROOT = join(__dirname, "..", "..");
const functionsSource = readFileSync(join(__dirname, "../../src/functions/functions.ts"), "utf8");
const help = readPage("en");
const PAGES = existingPages();

/** Every language of the add-in (src/i18n/locales.json) has its help page. */
const HELP_LANGS: readonly Lang[] = LANGS;

test("every language has a help page", () => {
  expect(HELP_LANGS.filter((lang) => !PAGES.includes(lang)).map(helpFile)).toEqual([]);
});

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
const text = (html: string) =>
  decode(html.replace(/<[^>]+>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
/** The headings a translation must translate: the title, the h2s, the terms (not the code). */
const headings = (html: string) =>
  [...html.matchAll(/<(title|h2|dt)[^>]*>([\s\S]*?)<\/\1>/g)]
    .filter((m) => !/<code>/.test(m[2]))
    .map((m) => text(m[2]));

/** Each part of the page after an element with an id (the intro under "top"), as prose: no code, results or typed values. */
function prose(html: string): Map<string, string> {
  const parts = new Map<string, string>();
  const main = html.slice(html.indexOf("<main>"));
  for (const part of main.split(/(?=<[a-z0-9]+\s[^>]*id=")/)) {
    const id = /^<[^>]*id="([^"]+)"/.exec(part)?.[1] ?? "top";
    const stripped = part.replace(/<(code|samp)[^>]*>[\s\S]*?<\/\1>/g, " ");
    parts.set(id, text(stripped).replace(/"[^"]*"/g, " "));
  }
  return parts;
}

describe.each(PAGES.map((lang) => [lang]))("the %s help page", (lang) => {
  const html = readPage(lang);

  test("declares its language", () => {
    expect(html).toMatch(new RegExp(`<html lang="${lang}">`));
  });

  test("every function has at least one example, and every example returns a value (or the error the help shows for it)", async () => {
    const list = examples(html);
    // Not the load service of linked cards: Excel calls it, users never write it (its help is #connect).
    const declared = [
      ...functionsSource.matchAll(/@customfunction ([A-Z]+)\n(?!\s*\* @linkedEntityLoadService)/g),
    ].map((m) => m[1]);
    expect(declared.length).toBeGreaterThan(5);
    expect(new Set(list.map((e) => e.name))).toEqual(new Set(declared));
    await setActiveLang(lang);
    let results;
    try {
      results = list.map((e) => ({ ...e, value: EVALUATE[e.name](e.args) }));
    } finally {
      await setActiveLang("en");
    }
    // An example the help shows with "→ #N/A …" demonstrates that error: it must give exactly it.
    const shownErrors = results.filter((r) => r.shown?.startsWith("#"));
    expect(shownErrors.length).toBeGreaterThan(0);
    for (const r of shownErrors) {
      expect(isExcelError(r.value)).toBe(true);
      const shown = r.shown as string;
      expect(resultText(r.value).slice(0, shown.length)).toBe(shown);
    }
    // A number the help shows is the value itself.
    for (const r of results.filter((r) => typeof r.value === "number" && r.shown !== undefined))
      expect(String(r.value)).toBe(r.shown);
    // A text the help shows (a citation, the start of SOURCE("progress")) is how the text begins.
    for (const r of results.filter((r) => typeof r.value === "string" && r.shown !== undefined))
      expect((r.value as string).startsWith(r.shown as string)).toBe(true);
    const failures = results
      .filter((r) => !r.shown?.startsWith("#"))
      .filter((r) => isExcelError(r.value) || r.value === "" || r.value === undefined)
      .map((r) => r.formula);
    expect(failures).toEqual([]);
    expect(results.length - shownErrors.length).toBeGreaterThanOrEqual(declared.length);
  });

  test("has English's anchors and examples, in the same order", () => {
    expect(ids(html)).toEqual(ids(help));
    const shape = (page: string) =>
      examples(page).map((e) => ({
        formula: e.formula,
        generated: e.generated,
        sentences: e.sentences,
        // What the page writes itself (numbers, years, citations) is English's; messages are the language's.
        shown: e.generated ? undefined : e.shown,
      }));
    expect(shape(html)).toEqual(shape(help));
  });

  test("every internal link and the icon lead to something that exists", () => {
    const targets = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    const broken = targets.filter((target) => {
      if (/^https?:/.test(target)) return false;
      const [file, anchor] = target.split("#");
      if (file === "") return !ids(html).includes(anchor);
      if (file.startsWith("assets/")) return !existsSync(join(ASSETS_ROOT, file));
      if (!existsSync(join(HELP_DIR, file))) return true;
      return (
        anchor !== undefined && !ids(readFileSync(join(HELP_DIR, file), "utf8")).includes(anchor)
      );
    });
    expect(broken).toEqual([]);
  });

  test("is up to date: its messages as the functions give them, its links to the other pages", async () => {
    expect(await updatePage(html, lang, PAGES, help)).toBe(html);
  });

  if (lang === "en") return;

  test("has its headings translated (none left as in English)", () => {
    const own = headings(html);
    const english = headings(help);
    expect(own).toHaveLength(english.length);
    expect(own.filter((h, i) => h === english[i])).toEqual([]);
  });

  test("uses the glossary's term wherever the English section uses the term", () => {
    const english = prose(help);
    const own = prose(html);
    expect([...own.keys()]).toEqual([...english.keys()]);
    const missing = glossaryProblems(
      Object.fromEntries(english),
      Object.fromEntries(own),
      lang
    ).map((p) => `#${p}`);
    expect(missing).toEqual([]);
  });
});

describe("the generated parts (scripts/help-messages.ts)", () => {
  test("a message that no longer matches the function is rewritten from the function's answer", async () => {
    const stale = help.replace(
      /(<samp class="fn-message">)#N\/A No full-year[^<]*/,
      "$1#N/A An old message."
    );
    expect(stale).not.toBe(help);
    expect(await updatePage(stale, "en", PAGES, help)).toBe(help);
  });

  test("data-sentences cuts the answer to its first sentences", () => {
    const value = EVALUATE.TRADE([2024, "stan"]);
    expect(resultText(value)).toMatch(/statistics\. A reporter is one of/);
    expect(resultText(value, 1)).toBe(
      "#N/A \"stan\" could mean Kazakhstan's statistics or Uzbekistan's statistics."
    );
  });

  test("each page lists the others that exist, each in its own language, and a page without the list gets one", async () => {
    const kk = readPage("kk");
    const onlyEnglishAndKazakh = await updatePage(kk, "kk", ["en", "kk"], help);
    expect(onlyEnglishAndKazakh).toMatch(
      /<nav id="languages" aria-label="Анықтама басқа тілдерде">\s*<ul>\s*<li><a href="help.html" hreflang="en" lang="en">English<\/a><\/li>\s*<\/ul>/
    );
    const withoutNav = help.replace(/\s*<nav id="languages"[\s\S]*?<\/nav>/, "");
    expect(withoutNav).not.toMatch(/id="languages"/);
    expect(await updatePage(withoutNav, "en", PAGES, help)).toBe(help);
  });

  test("a translated page's results get English's marks, then the function's answer in that language", async () => {
    const ru = readPage("ru");
    const unmarked = ru
      .replace(/<samp class="fn-message"( data-sentences="1")?>[^<]*/g, "<samp>#N/A")
      .replace(/\s*<nav id="languages"[\s\S]*?<\/nav>/, "");
    expect(unmarked).not.toMatch(/fn-message|id="languages"/);
    expect(await updatePage(unmarked, "ru", PAGES, help)).toBe(ru);
  });
});

test('the example the review caught is gone: "Tashkent" alone has no disclosed investment', () => {
  const { index } = publishedSnapshot();
  expect(isExcelError(investmentValue(index, "Tashkent", null))).toBe(true);
  expect(help).not.toMatch(/INVESTMENT\("Tashkent"\)/);
  expect(investmentValue(index, "Tashkent region", null)).toBe(84_000_000);
});

test("the help explains #NAME? and #BUSY! and what to do, and how to get the add-in", () => {
  expect(help).toMatch(/<dt><code>#NAME\?<\/code><\/dt>\s*<dd>[^<]*add-in is not added/);
  // The pane's own way to share without the add-in, named as its buttons are.
  expect(help).toMatch(/Share without the add-in › Convert formulas to values/);
  expect(help).toMatch(/<dt><code>#BUSY!<\/code><\/dt>\s*<dd>[^<]*waiting for the add-in/);
  expect(help).toMatch(/id="get-it"/);
  expect(help).not.toMatch(/npm /);
});
