/** The ICU message subset: placeholders, plural forms by CLDR rules, and the checks catalogues pass. */
import {
  messageProblems,
  parseMessage,
  placeholders,
  renderMessage,
  type MessageValues,
} from "../../src/i18n/message";

function render(message: string, locale: string, values: MessageValues): string {
  return renderMessage(
    parseMessage(message),
    values,
    new Intl.PluralRules(locale),
    new Intl.NumberFormat(locale)
  );
}

const RU = "{n, plural, one {# проект} few {# проекта} many {# проектов} other {# проекта}}";

test("Russian has three forms for whole numbers (1, 2–4, 5–20), and 21 is like 1", () => {
  expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => render(RU, "ru-RU", { n }))).toEqual([
    "1 проект",
    "2 проекта",
    "5 проектов",
    "11 проектов",
    "21 проект",
    "22 проекта",
    "25 проектов",
    "111 проектов",
  ]);
  expect(render(RU, "ru-RU", { n: 1.5 })).toBe("1,5 проекта");
});

test("# is the count written the language's way; exact =N branches come first", () => {
  const msg = "{n, plural, =0 {no projects} one {# project} other {# projects}}";
  expect(render(msg, "en-US", { n: 0 })).toBe("no projects");
  expect(render(msg, "en-US", { n: 1 })).toBe("1 project");
  expect(render(msg, "en-US", { n: 1234 })).toBe("1,234 projects");
  expect(
    render("{n, plural, one {# projet} many {# de projets} other {# projets}}", "fr-FR", {
      n: 1_000_000,
    })
  ).toBe("1\u202f000\u202f000 de projets");
});

test("placeholders are filled; a missing value is a bug and says which", () => {
  expect(render("As in Office ({language})", "en-US", { language: "Русский" })).toBe(
    "As in Office (Русский)"
  );
  expect(() => render("As in Office ({language})", "en-US", {})).toThrow(
    "message needs a value for {language}"
  );
});

test("placeholders() lists every argument, plural ones included", () => {
  expect([...placeholders("{a} and {n, plural, one {# {b}} other {# {c}}}")].sort()).toEqual([
    "a",
    "b",
    "c",
    "n",
  ]);
});

describe("messageProblems", () => {
  test("a valid message has none", () => {
    expect(messageProblems(RU, "ru-RU")).toEqual([]);
    expect(messageProblems("{n, plural, one {# жоба} other {# жоба}}", "kk-KZ")).toEqual([]);
  });
  test("syntax errors: unclosed, unmatched, no other branch, unknown selector or type", () => {
    expect(messageProblems("As in Office ({language", "en-US")[0]).toMatch(/expected "}"/);
    expect(messageProblems("As in Office }", "en-US")[0]).toMatch(/unmatched "}"/);
    expect(messageProblems("{n, plural, one {# x}}", "en-US")[0]).toMatch(/no "other" branch/);
    expect(messageProblems("{n, plural, single {# x} other {# y}}", "en-US")[0]).toMatch(
      /unknown plural selector "single"/
    );
    expect(messageProblems("{n, select, a {x} other {y}}", "en-US")[0]).toMatch(
      /unsupported argument type "select"/
    );
  });
  test("a category the language lacks, or one it needs, is reported", () => {
    expect(messageProblems("{n, plural, one {# x} few {# y} other {# z}}", "en-US")).toEqual([
      '{n} uses plural category "few", which en-US does not have',
    ]);
    expect(messageProblems("{n, plural, one {# проект} other {# проекта}}", "ru-RU")).toEqual([
      '{n} lacks plural category "few", which ru-RU needs',
      '{n} lacks plural category "many", which ru-RU needs',
    ]);
  });
});
