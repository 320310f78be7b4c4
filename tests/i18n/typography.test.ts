/**
 * Typography by rule over everything a French reader sees (every catalogue, the functions'
 * metadata, the help page, the manifest's French overrides): no-break spaces before : ; ? ! and
 * inside « ». And in every language, one quotation style (« » in ru, kk, uz, fr) and one way to
 * write a dollar amount.
 */
import fs from "node:fs";
import path from "node:path";
import { frenchSpaceProblems, frenchSpaces } from "../../src/i18n/typography";
import type { Lang } from "../../src/i18n/locales";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

/** Every text of a language: catalogue messages and function metadata, by a name for each. */
function texts(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  const dir = path.join(ROOT, "src/i18n/messages", lang);
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json")))
    Object.assign(out, JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
  const meta = JSON.parse(read(`src/functions/locales/${lang}.json`)) as Record<
    string,
    { description: string; parameters?: Record<string, string> }
  >;
  for (const [id, f] of Object.entries(meta)) {
    out[`functions ${id}`] = f.description;
    for (const [p, text] of Object.entries(f.parameters ?? {})) out[`functions ${id}.${p}`] = text;
  }
  return out;
}

/** A help page's prose: tags and code (formulas, which Excel reads) taken out. */
function helpProse(file: string): string {
  return read(file)
    .replace(/<code>[\s\S]*?<\/code>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/[ \t]*\n[ \t]*/g, " ");
}

test("French: no-break spaces before : ; ? ! and inside « », everywhere a reader sees French", () => {
  const problems: string[] = [];
  for (const [key, text] of Object.entries(texts("fr")))
    problems.push(...frenchSpaceProblems(text).map((p) => `${key}: ${JSON.stringify(p)}`));
  problems.push(
    ...frenchSpaceProblems(helpProse("src/taskpane/help.fr.html")).map(
      (p) => `help.fr.html: ${JSON.stringify(p)}`
    )
  );
  for (const [, value] of read("manifest.xml").matchAll(/Locale="fr-[A-Z]+" Value="([^"]*)"/g))
    problems.push(...frenchSpaceProblems(value).map((p) => `manifest.xml: ${JSON.stringify(p)}`));
  expect(problems).toEqual([]);
});

test("the French rule finds ordinary spaces and puts the right no-break space in", () => {
  expect(frenchSpaceProblems("Aide : « formule » ; ok ? oui !")).toHaveLength(6);
  expect(frenchSpaces("Aide : « formule » ; ok ? #NOM? https://a.fr")).toBe(
    "Aide\u00a0: «\u00a0formule\u00a0»\u202f; ok\u202f? #NOM? https://a.fr"
  );
  expect(frenchSpaceProblems(frenchSpaces("Aide : «formule» ; ok ?"))).toEqual([]);
});

test.each(["ru", "kk", "uz", "fr"] as const)("%s quotes with « » only", (lang) => {
  const curly = Object.entries(texts(lang))
    .filter(([, t]) => /[“”„]/.test(t))
    .map(([k]) => k);
  expect(curly).toEqual([]);
});

/** The one way each language writes a sum in dollars; what it must not write instead. */
const DOLLARS: Record<Exclude<Lang, "en">, { style: string; not: RegExp }> = {
  ru: {
    style: "4,97 млрд долл. США",
    not: /млрд\s*\$|млн\s*\$|\d[\s\u00a0]*(?:млрд|млн|тыс\.)?[\s\u00a0]*долларов США/,
  },
  kk: { style: "4,97 млрд АҚШ доллары", not: /млрд\s*\$|млн\s*\$|\d\s*доллар/ },
  uz: {
    style: "4,97 mlrd AQSH dollari",
    not: /mlrd\s*\$|mln\s*\$|AQSh|mlrd dollar\b|milliard AQSH/,
  },
  fr: { style: "4,97 milliards de dollars", not: /Md\$|\bM\$|dollars US\b/ },
};

test.each(Object.keys(DOLLARS) as (keyof typeof DOLLARS)[])(
  "%s writes dollar amounts one way",
  (lang) => {
    const other = Object.entries(texts(lang))
      .filter(([, t]) => DOLLARS[lang].not.test(t))
      .map(([k]) => k);
    expect([DOLLARS[lang].style, other]).toEqual([DOLLARS[lang].style, []]);
  }
);
