/**
 * Every catalogue against English: the same keys (none missing, none extra, each in one area
 * file), the same placeholders, valid ICU syntax with the plural categories the language has
 * (CLDR), the glossary's term wherever the English uses the term; and every English key used by
 * the code, so no catalogue carries dead strings.
 *
 * Two areas are English in every language by design, and only English has them: `workbook` and
 * `dashboard`, the workbook's own words (status words, notes, the Dashboard's cells),
 * which formulas and shared workbooks read alike (src/i18n/workbook.ts, dashboard.ts, README).
 */
import fs from "node:fs";
import path from "node:path";
import { GLOSSARY } from "../../src/i18n/glossary";
import { LANGS, officeTag, type Lang } from "../../src/i18n/locales";

const { messageProblems, placeholders } = require("../../scripts/lib/catalogue.js") as {
  messageProblems(text: unknown, tag: string): string[];
  placeholders(text: string): Set<string>;
};

const ROOT = path.resolve(__dirname, "../..");
const MESSAGES = path.join(ROOT, "src/i18n/messages");

/** The source (ICU text) of a language's catalogue, area by area. */
function sources(lang: Lang): Record<string, Record<string, string>> {
  const dir = path.join(MESSAGES, lang);
  const areas: Record<string, Record<string, string>> = {};
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort())
    areas[file.replace(/\.json$/, "")] = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  return areas;
}

const flat = (areas: Record<string, Record<string, string>>) =>
  Object.assign({}, ...Object.values(areas)) as Record<string, string>;

/** Areas English in every language: only English has them (src/i18n/workbook.ts). */
const ENGLISH_ONLY = ["workbook", "dashboard"];

const allEnAreas = sources("en");
/** The areas every language translates. */
const enAreas = Object.fromEntries(
  Object.entries(allEnAreas).filter(([area]) => !ENGLISH_ONLY.includes(area))
);
const en = flat(enAreas);
const keys = Object.keys(en);

test("every language has the same area files, and each index imports every area", () => {
  for (const lang of LANGS) {
    const areas = Object.keys(sources(lang)).filter((area) => !ENGLISH_ONLY.includes(area));
    expect([lang, areas]).toEqual([lang, Object.keys(enAreas)]);
    const index = fs.readFileSync(path.join(MESSAGES, lang, "index.ts"), "utf8");
    for (const area of Object.keys(enAreas))
      expect([lang, area, index.includes(`"./${area}.json"`)]).toEqual([lang, area, true]);
  }
});

test("the English-only areas are English's alone, their keys apart from the translated ones", () => {
  for (const area of ENGLISH_ONLY) {
    expect([area, Object.keys(allEnAreas[area] ?? {}).length > 0]).toEqual([area, true]);
    for (const lang of LANGS.filter((l) => l !== "en"))
      expect([lang, area, area in sources(lang)]).toEqual([lang, area, false]);
    for (const key of Object.keys(allEnAreas[area])) expect(key.startsWith(`${area}.`)).toBe(true);
  }
});

test("no key is in two area files", () => {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const [area, messages] of Object.entries(allEnAreas))
    for (const key of Object.keys(messages)) {
      if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${area}`);
      seen.set(key, area);
    }
  expect(twice).toEqual([]);
});

test("English messages are valid", () => {
  const all = flat(allEnAreas);
  for (const key of Object.keys(all))
    expect([key, messageProblems(all[key], "en-US")]).toEqual([key, []]);
});

describe.each(LANGS.filter((l) => l !== "en").map((l) => [l]))("the %s catalogue", (lang) => {
  const areas = sources(lang);
  const messages = flat(areas);

  test("has exactly English's keys, area by area, none empty", () => {
    for (const [area, english] of Object.entries(enAreas))
      expect([area, Object.keys(areas[area] ?? {}).sort()]).toEqual([
        area,
        Object.keys(english).sort(),
      ]);
    for (const key of keys)
      expect([key, messages[key]?.trim() ? "text" : "empty"]).toEqual([key, "text"]);
  });

  test("uses English's placeholders, valid syntax and the language's plural categories", () => {
    const problems: string[] = [];
    for (const key of keys) {
      const text = messages[key] ?? "";
      const found = messageProblems(text, officeTag(lang));
      problems.push(...found.map((p) => `${key}: ${p}`));
      if (found.length === 0) {
        const want = [...placeholders(en[key])].sort().join(",");
        const got = [...placeholders(text)].sort().join(",");
        if (want !== got) problems.push(`${key}: placeholders {${got}}, English has {${want}}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/** Every source file of the add-in (not the catalogues themselves), as one text. */
function codeText(): string {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== MESSAGES) walk(full);
      } else if (/\.(tsx?|html)$/.test(entry.name)) out.push(fs.readFileSync(full, "utf8"));
    }
  };
  walk(path.join(ROOT, "src"));
  return out.join("\n");
}

test("the code uses every English key (written out in full, so this can find it)", () => {
  const code = codeText();
  const unused = Object.keys(flat(allEnAreas)).filter((key) => !code.includes(`"${key}"`));
  expect(unused).toEqual([]);
});

test("the glossary has every term in every language, each term matched by its own pattern", () => {
  expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
  for (const entry of GLOSSARY)
    for (const lang of LANGS) {
      expect(entry[lang].term.trim()).not.toBe("");
      expect([entry.id, lang, new RegExp(entry[lang].match, "iu").test(entry[lang].term)]).toEqual([
        entry.id,
        lang,
        true,
      ]);
    }
});

test("a catalogue with a bad message fails to compile, naming the key", () => {
  const { compileCatalogue } = require("../../scripts/lib/catalogue.js") as {
    compileCatalogue(m: unknown, file: string): unknown;
  };
  const file = path.join(MESSAGES, "ru", "x.json");
  expect(() => compileCatalogue({ ok: "Да", broken: "{count, plural, one {x}" }, file)).toThrow(
    /broken: Unexpected message end/
  );
  expect(() => compileCatalogue({ odd: "{n, plural, two {x} other {y}}" }, file)).toThrow(
    /odd: The plural case two is not valid/
  );
  expect(() => compileCatalogue({}, path.join(MESSAGES, "de", "x.json"))).toThrow(
    /"de" is not a language/
  );
});
