/**
 * Every language's catalogue against English: the same keys (none missing, none extra), the same
 * placeholders, valid ICU syntax and the plural categories the language has (CLDR), and the
 * glossary's term wherever the English uses the term.
 */
import { GLOSSARY } from "../../src/i18n/glossary";
import { LANGS, officeTag, type Lang } from "../../src/i18n/locales";
import { messageProblems, placeholders } from "../../src/i18n/message";
import en from "../../src/i18n/messages/en";
import { loadMessages, type MessageKey } from "../../src/i18n/translator";

const keys = Object.keys(en) as MessageKey[];

test("English messages are valid", () => {
  for (const key of keys) expect([key, messageProblems(en[key], "en-US")]).toEqual([key, []]);
});

describe.each(LANGS.filter((l) => l !== "en").map((l) => [l as Lang]))(
  "the %s catalogue",
  (lang) => {
    let messages: Record<string, string | undefined>;
    beforeAll(async () => {
      messages = await loadMessages(lang);
    });

    test("has exactly English's keys, none empty", () => {
      expect(Object.keys(messages).sort()).toEqual([...keys].sort());
      for (const key of keys)
        expect([key, messages[key]?.trim()]).toEqual([key, expect.any(String)]);
      for (const key of keys) expect(messages[key]!.trim()).not.toBe("");
    });

    test("uses English's placeholders, valid syntax and the language's plural categories", () => {
      const problems: string[] = [];
      for (const key of keys) {
        const text = messages[key] ?? "";
        problems.push(...messageProblems(text, officeTag(lang)).map((p) => `${key}: ${p}`));
        if (problems.length === 0) {
          const want = [...placeholders(en[key])].sort().join(",");
          const got = [...placeholders(text)].sort().join(",");
          if (want !== got) problems.push(`${key}: placeholders {${got}}, English has {${want}}`);
        }
      }
      expect(problems).toEqual([]);
    });

    test("uses the glossary's term wherever the English uses the term", () => {
      const missing: string[] = [];
      for (const key of keys)
        for (const entry of GLOSSARY)
          if (
            new RegExp(entry.en.match, "iu").test(en[key]) &&
            !new RegExp(entry[lang].match, "iu").test(messages[key] ?? "")
          )
            missing.push(`${key}: "${entry[lang].term}"`);
      expect(missing).toEqual([]);
    });
  }
);

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
