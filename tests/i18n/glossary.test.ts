/**
 * The glossary, enforced: in every catalogue and in the functions' metadata, a message whose
 * English names an idea says it with the language's one term (unless the entry is `loose`), and
 * never with a synonym the glossary rules out (`avoid`): Kazakh «қою» and Uzbek «qoʻyish» are
 * Excel's Paste, not the add-in's Insert; Uzbek «izoh» is Excel's Note, not Explain.
 * Microsoft's terms: https://learn.microsoft.com/globalization/reference/microsoft-terminology
 */
import fs from "node:fs";
import path from "node:path";
import { GLOSSARY } from "../../src/i18n/glossary";
import { glossaryProblems } from "../support/glossary";
import { LANGS, type Lang } from "../../src/i18n/locales";

const ROOT = path.resolve(__dirname, "../..");
const MESSAGES = path.join(ROOT, "src/i18n/messages");

function catalogue(lang: Lang): Record<string, string> {
  const dir = path.join(MESSAGES, lang);
  return Object.assign(
    {},
    ...fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")))
  );
}

/** The functions' metadata: English from the golden functions.json, the others from locales. */
function metadata(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  if (lang === "en") {
    const golden = JSON.parse(
      fs.readFileSync(path.join(ROOT, "tests/functions/functions.golden.json"), "utf8")
    ) as {
      functions: {
        id: string;
        description: string;
        parameters?: { name: string; description: string }[];
      }[];
    };
    for (const f of golden.functions) {
      out[f.id] = f.description;
      for (const p of f.parameters ?? []) out[`${f.id}.${p.name}`] = p.description;
    }
    return out;
  }
  const locale = JSON.parse(
    fs.readFileSync(path.join(ROOT, "src/functions/locales", `${lang}.json`), "utf8")
  ) as Record<string, { description: string; parameters?: Record<string, string> }>;
  for (const [id, f] of Object.entries(locale)) {
    out[id] = f.description;
    for (const [name, text] of Object.entries(f.parameters ?? {})) out[`${id}.${name}`] = text;
  }
  return out;
}

const others = LANGS.filter((l) => l !== "en");
const english = catalogue("en");
const englishMeta = metadata("en");

describe.each(others.map((l) => [l]))("the %s glossary", (lang) => {
  test("every catalogue message uses the term and none of its ruled-out synonyms", () => {
    expect(glossaryProblems(english, catalogue(lang), lang)).toEqual([]);
  });

  test("the functions' metadata uses no ruled-out synonym", () => {
    expect(
      glossaryProblems(englishMeta, metadata(lang), lang, GLOSSARY, { strict: false })
    ).toEqual([]);
  });
});

test("each glossary term is found by its own pattern and not ruled out by its own avoid", () => {
  expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
  for (const entry of GLOSSARY)
    for (const lang of LANGS) {
      const form = entry[lang];
      expect([entry.id, lang, new RegExp(form.match, "iu").test(form.term)]).toEqual([
        entry.id,
        lang,
        true,
      ]);
      if (form.avoid)
        expect([entry.id, lang, new RegExp(form.avoid, "iu").test(form.term)]).toEqual([
          entry.id,
          lang,
          false,
        ]);
    }
});

test("the check catches a ruled-out synonym and a missing term (it can fail)", () => {
  const en = { a: "Insert the tables", b: "Explain the selected cell", c: "Paste it into a cell" };
  expect(
    glossaryProblems(en, { a: "Кестелерді қою", b: "x", c: "Оны ұяшыққа кірістіріңіз" }, "kk")
  ).toEqual([
    'a: "қою" for insert, say "кірістіру"',
    'b: lacks "түсіндіру" (explain)',
    'c: lacks "қою" (paste)',
    'c: "кірістір" for paste, say "қою"',
  ]);
  expect(glossaryProblems(en, { b: "Izoh" }, "uz")).toEqual([
    'b: lacks "tushuntirish" (explain)',
    'b: "Izoh" for explain, say "tushuntirish"',
  ]);
});
