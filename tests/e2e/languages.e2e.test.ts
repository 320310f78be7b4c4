/**
 * Issue 21 in Chromium, under Microsoft's office.js with the simulated Excel:
 *  - Kazakh and Uzbek where the browser lacks their locale data (Debian's Chromium, like Edge's
 *    WebView2, claims kk-KZ and uz-Latn-UZ but formats them as its default: "2026 M11 27",
 *    "US$ 0"): the pane writes dates and amounts our way; Russian dates end with one full stop;
 *  - a pseudo-locale (./pseudo.ts: every catalogue text accented, bracketed and 40% longer) at
 *    320 px: no text that bypasses the catalogues, no clipped label;
 *  - every section of the pane in Russian, Kazakh, Uzbek and French at 320×700: no English word
 *    but the dataset's own names.
 * Screenshots go to tests/e2e/artifacts/ (git-ignored).
 */
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { clipped } from "./clipped";
import { ExcelHost } from "../support/excel-host/host";
import { openPane, type OpenOptions } from "./page";
import { pseudoChunk, pseudoMetadata } from "./pseudo";
import { launchBrowser } from "./server";

const ARTIFACTS = join(__dirname, "artifacts");
const ROOT = join(__dirname, "..", "..");
const MESSAGES = join(ROOT, "src", "i18n", "messages");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openInExcel(options: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const host = new ExcelHost({ uiLocale: options.displayLanguage });
  const opened = await openPane(browser, {
    width: 320,
    height: 700,
    ...options,
    inExcel: true,
    host,
  });
  await opened.page.getByTestId("primary-action").waitFor({ timeout: 15_000 });
  return opened;
}

/** Opens each section (tab) in turn, waiting for lazy sections; `check` runs on each. */
async function eachSection(
  page: Page,
  check: (label: string, index: number) => Promise<void>
): Promise<number> {
  const tabs = page.getByRole("tab");
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    const label = (await tab.getAttribute("aria-label")) ?? (await tab.textContent()) ?? "";
    await tab.click();
    await page.waitForLoadState("networkidle");
    await page
      .locator("[role=progressbar]")
      .first()
      .waitFor({ state: "detached", timeout: 15_000 });
    await check(label, i);
  }
  return count;
}

/**
 * Words (3+ Latin letters) of a text, lower-cased; the workbook's own names (tables KZUZ_Projects,
 * sheets such as KZUZ Formula Sources, functions KZUZ.TRADE), English in every language by
 * design, left out.
 */
const words = (text: string): string[] =>
  (
    text
      .replace(/KZUZ[_ .][A-Z][A-Za-z]*(?: [A-Z][a-z]+)*/g, " ")
      // A cell's address names the workbook's own sheet (Sheet1!A1).
      .replace(/[\p{L}\d_]+!\$?[A-Z]+\$?\d+/gu, " ")
      .match(/[A-Za-zʻʼ][A-Za-zʻʼ'’]{2,}/g) ?? []
  ).map((w) => w.toLowerCase().replace(/['’]s$/, ""));

/** The dataset's texts (names, titles, publishers, notes), not its keys: shown as they are. */
function datasetTexts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(datasetTexts);
  if (value && typeof value === "object") return Object.values(value).flatMap(datasetTexts);
  return [];
}
const DATASET_WORDS = new Set(
  words(
    datasetTexts(
      JSON.parse(readFileSync(join(ROOT, "assets", "data", "kzuz-dataset.json"), "utf8"))
    ).join(" ")
  )
);
/** Names that are the same in every language: the brand, Excel's, the functions' and tables'. */
const NAMES = new Set([
  ...words("KZUZ Excel Office USD https www json English Français Oʻzbekcha"),
  ...words(
    readFileSync(join(ROOT, "tests", "functions", "functions.golden.json"), "utf8")
      .match(/"name": "[^"]*"/g)
      ?.join(" ") ?? ""
  ),
]);

/** A language's catalogue, all areas in one. */
function catalogue(lang: string): Record<string, string> {
  return Object.assign(
    {},
    ...readdirSync(join(MESSAGES, lang))
      .filter((f) => f.endsWith(".json"))
      .map((f) => JSON.parse(readFileSync(join(MESSAGES, lang, f), "utf8")))
  );
}

/** The words of a catalogue's texts, without placeholders, select keys and plural keywords. */
function catalogueWords(lang: string): Set<string> {
  const text = Object.values(catalogue(lang))
    .join(" ")
    .replace(/\{\s*[\w]+\s*,\s*(plural|select)\s*,/g, " ")
    .replace(/(^|[\s{}])(=?\w+)\s*\{/g, " ")
    .replace(/\{[\w]+\}/g, " ");
  return new Set(words(text));
}

/** The pane's visible text, each line once. */
async function paneText(page: Page): Promise<string> {
  return page.locator("body").innerText();
}

describe("Kazakh and Uzbek without the browser's locale data, Russian with one full stop", () => {
  test("this Chromium lacks Kazakh and Uzbek data (what the fallback is for)", async () => {
    const { page } = await openInExcel();
    const probe = await page.evaluate(() => {
      const d = new Date(Date.UTC(2026, 10, 27));
      const f = (tag: string) =>
        new Intl.DateTimeFormat(tag, {
          year: "numeric",
          month: "long",
          day: "numeric",
          timeZone: "UTC",
        }).format(d);
      return { kk: f("kk-KZ"), uz: f("uz-Latn-UZ"), ru: f("ru-RU") };
    });
    // If a Chromium with the data ever runs this, the fallback is simply not needed there.
    expect(probe.ru).toMatch(/27 ноября 2026/);
    expect([probe.kk, probe.uz].some((s) => /M11|\b11\b/.test(s))).toBe(true);
    await page.context().close();
  });

  test.each([
    {
      lang: "kk",
      tag: "kk-KZ",
      year: /2026 жылғы \d{1,2} [а-яәіңғүұқөһ]+/u,
      amount: /\d,\d+\sмлрд\sАҚШ\sдоллары/u,
    },
    {
      lang: "uz",
      tag: "uz-Latn-UZ",
      year: /\d{1,2}-[a-zʻ]+, 2026-yil/u,
      amount: /\d,\d+\smlrd\sAQSH\sdollari/u,
    },
  ])(
    "$lang: dates and amounts written our way, never Intl's fallback",
    async ({ lang, tag, year, amount }) => {
      const { page, errors } = await openInExcel({ displayLanguage: tag });
      await page.waitForFunction((t) => document.documentElement.lang === t, tag);
      let text = "";
      await eachSection(page, async () => {
        text += `\n${await paneText(page)}`;
      });
      await page.getByRole("tab").first().click();
      await page.screenshot({ path: join(ARTIFACTS, `locale-data-${lang}-320x700.png`) });
      // The dataset's date (About) and the trade figures (the progress card) in the language.
      expect(text).toMatch(year);
      expect(text).toMatch(amount);
      // Intl's fallback forms: "2026 M11 27", "US$", "$ 0.00", an English decimal point in a sum.
      expect(text).not.toMatch(/\bM\d{1,2}\b|US\$|\$\s?\d|\d\.\d+\s*(млрд|mlrd|млн|mln)/u);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  );

  test("Russian dates end with one full stop («г.», never «г..»)", async () => {
    const { page } = await openInExcel({ displayLanguage: "ru-RU" });
    await page.waitForFunction(() => document.documentElement.lang === "ru-RU");
    let text = "";
    await eachSection(page, async () => {
      text += `\n${await paneText(page)}`;
    });
    expect(text).toMatch(/\d{4}\sг\./u);
    expect(text).not.toMatch(/г\.\./u);
    await page.context().close();
  });
});

describe("pseudo-locale: accented, bracketed, 40% longer catalogue texts at 320 px", () => {
  /** Text on the page that did not come from a catalogue: outside every [ … ] of a pseudo message. */
  function untranslated(text: string): string[] {
    let rest = text;
    // Innermost brackets first: a message may hold another ("[… [$4.97 ƀíļļíóñ~~~] …]").
    for (let before = ""; before !== rest;) {
      before = rest;
      rest = rest.replace(/\[[^[\]]*\]/g, " ");
    }
    // A chart preview cuts a long dataset name to fit its bar ("Projet d'alky…"): the start of a
    // dataset word is the dataset's text too.
    const cut = (w: string) =>
      w.length >= 4 && [...DATASET_WORDS].some((d) => d.length > w.length && d.startsWith(w));
    return [...new Set(words(rest))].filter(
      (w) => !DATASET_WORDS.has(w) && !NAMES.has(w) && !cut(w)
    );
  }

  test("every section: no text that bypasses the catalogues, no clipped label (screenshots)", async () => {
    const { page, errors } = await openInExcel({
      rememberedLang: "fr",
      routes: [
        [/\/i18n-fr\.js$/, () => pseudoChunk("fr")],
        [/\/i18n-fr-rest\.js$/, () => pseudoChunk("fr", "rest")],
        [/\/functions-fr-FR\.json$/, pseudoMetadata],
      ],
    });
    await page.waitForFunction(() => document.documentElement.lang === "fr-FR");
    // The pseudo catalogue is the one in force: the title is accented and bracketed.
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/^\[Ķážáķĥšţáñ/);
    const found: [string, string[], string[]][] = [];
    const count = await eachSection(page, async (label, i) => {
      await page.screenshot({
        path: join(ARTIFACTS, `pseudo-320x700-${i + 1}.png`),
        fullPage: true,
      });
      found.push([label, untranslated(await paneText(page)), await clipped(page)]);
    });
    expect(count).toBeGreaterThanOrEqual(5);
    expect(found.filter(([, u, c]) => u.length + c.length > 0)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("the check sees English that bypasses the catalogues", () => {
    expect(
      untranslated(
        "[Ínšéŕţ~~] Insert tables [Ţŕáďé [$4.97 ƀíļļíóñ~~~]] KZUZ_Projects =KZUZ.TRADE(2024)"
      )
    ).toEqual(["insert", "tables"]);
  });
});

describe("every section in each language at 320×700: no English word but the dataset's names", () => {
  const EN = catalogueWords("en");
  test.each([
    { lang: "ru", tag: "ru-RU" },
    { lang: "kk", tag: "kk-KZ" },
    { lang: "uz", tag: "uz-Latn-UZ" },
    { lang: "fr", tag: "fr-FR" },
  ])("$lang", async ({ lang, tag }) => {
    const own = catalogueWords(lang);
    // An English word: one of our English texts' words that the language's own texts never use
    // (so French "source" or Uzbek "mart" are not English), not in the dataset, not a name.
    const english = (text: string) =>
      [...new Set(words(text))].filter(
        (w) => EN.has(w) && !own.has(w) && !DATASET_WORDS.has(w) && !NAMES.has(w)
      );
    const { page, errors } = await openInExcel({ displayLanguage: tag });
    await page.waitForFunction((t) => document.documentElement.lang === t, tag);
    const found: [string, string[]][] = [];
    await eachSection(page, async (label) => {
      found.push([label, english(await paneText(page))]);
    });
    expect(found.filter(([, w]) => w.length > 0)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
