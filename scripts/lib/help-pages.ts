/**
 * The help pages (src/taskpane/help.html in English, help.<lang>.html in the other languages):
 * their examples, run against the functions' own code and the published dataset, and the two
 * parts of a page that are generated rather than written:
 *   - every `<samp class="fn-message">`: what the function answers to the example before it, in
 *     the page's language (an error as "#N/A message"; a text, its first line), cut to the first
 *     `data-sentences` sentences when the page shows only those;
 *   - `<nav id="languages">`: links to the pages of the other languages that exist.
 * scripts/help-messages.ts rewrites both in every page; tests/taskpane/help.test.ts fails when a
 * page differs from what this module generates.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DatasetStore } from "../../src/data/store";
import { parseDataset } from "../../src/data/validate";
import {
  agreementsTable,
  asOfText,
  investmentValue,
  progressValue,
  projectValue,
  projectsTable,
  requiredGrowthValue,
  sourceText,
  targetValue,
  tradeHistoryTable,
  tradeValue,
  type Arg,
} from "../../src/formulas/compute";
import { setActiveLang } from "../../src/i18n/active";
import { helpHref } from "../../src/i18n/help";
import { LANGS, LOCALES, type Lang } from "../../src/i18n/locales";

const ROOT = join(__dirname, "..", "..");
export const HELP_DIR = join(ROOT, "src", "taskpane");
const DATASET = join(ROOT, "assets", "data", "kzuz-dataset.json");

/** The file name of a language's page: help.html, help.ru.html, ... */
export const helpFile = (lang: Lang): string => helpHref(lang);

/** The languages whose page exists in `dir`, in the order of src/i18n/locales.json. */
export function existingPages(dir = HELP_DIR): Lang[] {
  return LANGS.filter((lang) => existsSync(join(dir, helpFile(lang))));
}

export function readPage(lang: Lang, dir = HELP_DIR): string {
  return readFileSync(join(dir, helpFile(lang)), "utf8");
}

let snapshot: ReturnType<DatasetStore["get"]> | undefined;
/** The published dataset, loaded once, as the functions see it at start. */
export function publishedSnapshot() {
  if (!snapshot) {
    const parsed = parseDataset(JSON.parse(readFileSync(DATASET, "utf8")));
    if (!parsed.ok) throw new Error(`the published dataset does not validate: ${DATASET}`);
    snapshot = new DatasetStore(parsed.value).get();
  }
  return snapshot;
}

/** Each function as its example runs it (the custom function's arguments, in order). */
export const EVALUATE: Record<string, (args: Arg[]) => unknown> = {
  INVESTMENT: ([q, u]) => investmentValue(publishedSnapshot().index, q, u),
  PROJECTS: ([q, h]) => projectsTable(publishedSnapshot().index, q, h),
  PROJECT: ([q, f]) => projectValue(publishedSnapshot().index, q, f, false),
  AGREEMENTS: ([d, h]) => agreementsTable(publishedSnapshot().index, d, h),
  TRADE: ([y, r]) => tradeValue(publishedSnapshot().index, y, r),
  TRADEHISTORY: ([f, t, h, r]) => tradeHistoryTable(publishedSnapshot().index, f, t, h, r),
  TARGET: ([y]) => targetValue(publishedSnapshot().index, y),
  PROGRESS: ([y]) => progressValue(publishedSnapshot().index, y),
  REQUIREDGROWTH: ([y]) => requiredGrowthValue(publishedSnapshot().index, y),
  SOURCE: ([q]) => sourceText(publishedSnapshot().index, q),
  ASOF: () => asOfText(publishedSnapshot()),
};

const ENTITIES: Record<string, string> = {
  "&quot;": '"',
  "&#x27;": "'",
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
};
export const decode = (html: string): string =>
  html.replace(/&(quot|#x27|lt|gt|amp);/g, (e) => ENTITIES[e]);
export const encode = (text: string): string =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

/** An argument as Excel would pass it, or undefined for a parameter name (a signature, not an example). */
function parseArg(text: string): Arg | undefined {
  const t = text.trim();
  if (t === "") return null; // an argument left out, as in (2023, , FALSE)
  if (/^"[^"]*"$/.test(t)) return t.slice(1, -1);
  if (/^\d+$/.test(t)) return Number(t);
  if (t === "TRUE" || t === "FALSE") return t === "TRUE";
  return undefined;
}

export interface Example {
  formula: string;
  name: string;
  args: Arg[];
  /** The result the page shows for it (a following `→ <samp>…</samp>`), decoded. */
  shown?: string;
  /** Whether that result is generated (class="fn-message"), and how many sentences it shows. */
  generated: boolean;
  sentences?: number;
  /** The attributes of its <samp>, as written. */
  attributes: string;
}

const EXAMPLE = /<code>(=KZUZ\.[A-Z]+\([^)]*\))<\/code>(?:(\s*→\s*)<samp([^>]*)>([^<]*)<\/samp>)?/g;

/** Every `=KZUZ.NAME(...)` in a <code> whose arguments are all values, in page order. */
export function examples(html: string): Example[] {
  const found: Example[] = [];
  for (const [, code, , attributes = "", shown] of html.matchAll(EXAMPLE)) {
    const formula = decode(code);
    const [, name, inner] = /^=KZUZ\.([A-Z]+)\((.*)\)$/.exec(formula)!;
    const args = (inner.trim() === "" ? [] : inner.split(",")).map(parseArg);
    if (args.some((a) => a === undefined)) continue; // a signature such as (query, [unit])
    const sentences = /data-sentences="(\d+)"/.exec(attributes)?.[1];
    found.push({
      formula,
      name,
      args: args as Arg[],
      shown: shown === undefined ? undefined : decode(shown),
      generated: /class="fn-message"/.test(attributes),
      attributes,
      sentences: sentences === undefined ? undefined : Number(sentences),
    });
  }
  return found;
}

export const isExcelError = (v: unknown): v is { code: string; message: string } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "code" in v;

/** A result as a cell shows it: "#N/A message" for an error, a text's first line. */
export function resultText(value: unknown, sentences?: number): string {
  const text = isExcelError(value) ? `${value.code} ${value.message}` : String(value);
  const line = text.split("\n")[0];
  if (sentences === undefined) return line;
  return line
    .split(/(?<=[.!?])\s+/)
    .slice(0, sentences)
    .join(" ");
}

/** The languages' own names for the list of the other pages, as a screen reader announces it. */
const NAV_LABEL: Record<Lang, string> = {
  en: "This help in other languages",
  ru: "Справка на других языках",
  kk: "Анықтама басқа тілдерде",
  uz: "Yordam boshqa tillarda",
  fr: "Cette aide dans d’autres langues",
};

/** The `<nav id="languages">` of `lang`'s page: a link to each other page in `pages`. */
export function languageNav(lang: Lang, pages: readonly Lang[]): string {
  const items = LOCALES.filter((l) => l.lang !== lang && pages.includes(l.lang)).map(
    (l) =>
      `        <li><a href="${helpFile(l.lang)}" hreflang="${l.lang}" lang="${l.lang}">${l.name}</a></li>`
  );
  return [
    `<nav id="languages" aria-label="${NAV_LABEL[lang]}">`,
    "      <ul>",
    ...items,
    "      </ul>",
    "    </nav>",
  ].join("\n");
}

/**
 * `html` (the page of `lang`) with its generated parts as they should be: the language list for
 * `pages`, and every fn-message example result as the function gives it with `lang` active. An
 * example whose result English marks as generated gets English's marks (class, data-sentences),
 * so a page translated without them needs no hand edit.
 */
export async function updatePage(
  html: string,
  lang: Lang,
  pages: readonly Lang[],
  english: string
): Promise<string> {
  const nav = languageNav(lang, pages);
  let out = /<nav id="languages"[\s\S]*?<\/nav>/.test(html)
    ? html.replace(/<nav id="languages"[\s\S]*?<\/nav>/, nav)
    : html.replace(/(<body>\n)/, `$1    ${nav}\n`);
  const marks = examples(english);
  let at = 0;
  await setActiveLang(lang);
  try {
    out = out.replace(EXAMPLE, (whole, code: string, arrow?: string, written = "") => {
      const [example] = examples(whole);
      if (!example) return whole; // a signature
      const model = marks[at++];
      const attributes =
        model?.generated && model.formula === example.formula ? model.attributes : written;
      if (arrow === undefined || !/class="fn-message"/.test(attributes)) return whole;
      const sentences = /data-sentences="(\d+)"/.exec(attributes)?.[1];
      const value = EVALUATE[example.name](example.args);
      const shown = resultText(value, sentences === undefined ? undefined : Number(sentences));
      return `<code>${code}</code>${arrow}<samp${attributes}>${encode(shown)}</samp>`;
    });
  } finally {
    await setActiveLang("en");
  }
  return out;
}
