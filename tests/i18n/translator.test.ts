/** The translator: the active language's strings, English for any it lacks, its formats, lazy catalogues. */
import {
  amount as amountOf,
  day as dayOf,
  localized,
  message,
  plain,
  sentences,
  type MessageId,
} from "../../src/i18n/message";
import en from "../../src/i18n/messages/en";
import {
  createTranslator,
  englishTranslator,
  loadMessages,
  loadTranslator,
  type Catalogue,
} from "../../src/i18n/translator";
import { activeTranslator, onActiveLangChange, setActiveLang } from "../../src/i18n/active";

const { compileMessage } = require("@lingui/message-utils/compileMessage") as {
  compileMessage(text: string): unknown;
};

/** A catalogue compiled as the build compiles it. */
const compiled = (messages: Record<string, string>): Catalogue =>
  Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, compileMessage(v)]));

test("strings come in the active language, placeholders and plurals filled", async () => {
  const t = await loadTranslator("ru");
  expect(t.lang).toBe("ru");
  expect(t.tag).toBe("ru-RU");
  expect(t.t("language.label")).toBe("Язык");
  expect(t.t("language.followOffice", { language: "Русский" })).toBe("Как в Office (Русский)");
  expect([1, 3, 5, 21, 1234].map((count) => t.t("projects.count", { count }))).toEqual([
    "1 совместный проект",
    "3 совместных проекта",
    "5 совместных проектов",
    "21 совместный проект",
    "1\u00a0234 совместных проекта",
  ]);
});

test("a string the language lacks falls back to English, with English plural forms, never to its key", () => {
  const t = createTranslator("ru", compiled({ "language.label": "Язык" }));
  expect(t.t("value.notDisclosed")).toBe("not disclosed");
  expect(t.t("projects.count", { count: 1 })).toBe("1 joint project");
  expect(t.t("projects.count", { count: 1234 })).toBe("1,234 joint projects");
  expect(t.t("language.label")).toBe("Язык");
});

test("an empty translation also falls back to English", () => {
  expect(createTranslator("fr", compiled({ "language.label": "" })).t("language.label")).toBe(
    "Language"
  );
});

test("a number that is only printed is written the language's way", () => {
  const t = createTranslator(
    "fr",
    compiled({ "language.followOffice": "Comme dans Office ({language})" })
  );
  expect(t.t("language.followOffice", { language: 1234.5 })).toBe(
    "Comme dans Office (1\u202f234,5)"
  );
});

test("a message: translated when the catalogue has its id, else in English; plain text as it is", () => {
  const t = createTranslator("fr", compiled({ "value.notDisclosed": "non communiqué" }));
  expect(t.text(message("value.notDisclosed"))).toBe("non communiqué");
  expect(t.text(message("common.usd.million", { amount: 84 }))).toBe("$84 million");
  // No catalogue has it (tests/i18n/lower-ids.test.ts keeps that from happening): its id shows.
  expect(t.text(message("no.such.key" as MessageId))).toBe("no.such.key");
  expect(t.text(plain("Excel's own words."))).toBe("Excel's own words.");
  expect(t.has("value.notDisclosed")).toBe(true);
  expect(t.has("no.such.key")).toBe(false);
});

test("the translator formats as its language does", async () => {
  const t = await loadTranslator("fr");
  expect(t.percent(0.497)).toBe("49,7\u00a0%");
  expect(t.money(250_000_000)).toMatch(/^250\u202f000\u202f000\s\$\s?US$/u);
  expect(t.date("2025-11-20")).toBe("20 novembre 2025");
  expect(t.number(1234.5)).toBe("1\u202f234,5");
});

test("English is bundled: loading it imports nothing", async () => {
  expect(await loadMessages("en")).toBe(en);
  expect(await loadTranslator("en")).toBe(englishTranslator);
});

test("only the active language's catalogue is loaded", async () => {
  const loaded: string[] = [];
  await jest.isolateModulesAsync(async () => {
    for (const lang of ["ru", "kk", "uz", "fr"])
      jest.doMock(`../../src/i18n/messages/${lang}`, () => {
        loaded.push(lang);
        return { __esModule: true, default: compiled({ "language.label": lang }) };
      });
    const { loadTranslator: load } = await import("../../src/i18n/translator");
    expect(loaded).toEqual([]);
    const t = await load("kk");
    expect(t.t("language.label")).toBe("kk");
  });
  expect(loaded).toEqual(["kk"]);
  // The stand-in catalogues are for this test only.
  for (const lang of ["ru", "kk", "uz", "fr"]) jest.dontMock(`../../src/i18n/messages/${lang}`);
});

test("a catalogue that fails to load (a dropped chunk) leaves the pane working in English", async () => {
  await jest.isolateModulesAsync(async () => {
    jest.doMock("../../src/i18n/messages/uz", () => {
      throw new Error("ChunkLoadError");
    });
    const { loadTranslator: load } = await import("../../src/i18n/translator");
    const t = await load("uz");
    expect(t.lang).toBe("en");
    expect(t.t("language.label")).toBe("Language");
  });
  jest.dontMock("../../src/i18n/messages/uz");
});

test("the active language: English at first, switched by setActiveLang, listeners told", async () => {
  expect(activeTranslator().lang).toBe("en");
  const seen: string[] = [];
  const stop = onActiveLangChange((t) => seen.push(t.lang));
  // The later call wins even if the earlier one finishes last.
  const first = setActiveLang("ru");
  const second = setActiveLang("kk");
  await Promise.all([first, second]);
  expect(activeTranslator().lang).toBe("kk");
  expect(seen).toEqual(["kk"]);
  await setActiveLang("en");
  stop();
  await setActiveLang("fr");
  expect(seen).toEqual(["kk", "en"]);
  expect(activeTranslator().lang).toBe("fr");
  await setActiveLang("en");
});

test("a backslash in a value stays a backslash: no \\u escape a user typed becomes a control character", () => {
  const t = createTranslator(
    "ru",
    compiled({ "language.followOffice": "Как в Office ({language})" })
  );
  expect(t.t("language.followOffice", { language: "\\u202e\\x41" })).toBe(
    "Как в Office (\\u202e\\x41)"
  );
  expect(englishTranslator.t("language.followOffice", { language: "C:\\new" })).toBe(
    "As in Office (C:\\new)"
  );
});

test("a nested phrase is said first, in the same language, each falling back to its own English", () => {
  const t = createTranslator(
    "ru",
    compiled({ "language.followOffice": "Как в Office ({language})", "language.label": "Язык" })
  );
  const label = message("language.label");
  expect(t.text(message("language.followOffice", { language: label }))).toBe("Как в Office (Язык)");
  // The nested id the language lacks is said in English; the sentence around it is not.
  const missing = message("value.notDisclosed");
  expect(t.t("language.followOffice", { language: missing })).toBe("Как в Office (not disclosed)");
  // A phrase nested in a phrase, and plain text.
  const twice = message("language.followOffice", {
    language: message("language.followOffice", { language: label }),
  });
  expect(t.text(twice)).toBe("Как в Office (Как в Office (Язык))");
  expect(t.t("language.followOffice", { language: plain("plain") })).toBe("Как в Office (plain)");
  // A number in a nested phrase is written the language's way too.
  const number = message("language.followOffice", { language: 1234.5 });
  expect(t.t("language.followOffice", { language: number })).toBe(
    "Как в Office (Как в Office (1\u00a0234,5))"
  );
});

test("a backslash in a nested phrase's value stays a backslash", () => {
  const t = createTranslator(
    "ru",
    compiled({ "language.followOffice": "Как в Office ({language})" })
  );
  const typed = message("language.followOffice", { language: "\\u202e\\x41" });
  expect(t.t("language.followOffice", { language: typed })).toBe(
    "Как в Office (Как в Office (\\u202e\\x41))"
  );
  expect(
    englishTranslator.text(
      message("language.followOffice", {
        language: message("language.followOffice", { language: "C:\\new" }),
      })
    )
  ).toBe("As in Office (As in Office (C:\\new))");
});

test("a catalogue read as ICU text (as tsx scripts import it) keeps a plural's number a number", () => {
  const t = createTranslator("fr", {
    "language.followOffice": "{language, plural, one {# milliard} other {# milliards}}",
  });
  expect(t.t("language.followOffice", { language: 3.8 })).toBe("3,8 milliards");
  expect(t.t("language.followOffice", { language: 1.548 })).toBe("1,548 milliard");
});

test("every shape a lower layer hands up: parts, days, amounts, dataset names, lists of phrases", async () => {
  const ru = await loadTranslator("ru");
  const day = dayOf("2026-11-27");
  const amount = amountOf(4.375e9, true);
  const name = localized({ en: "Joint statement", ru: "Совместное заявление" });
  const parts = sentences(day, amount);
  // English keeps the ISO day, and writes the sum as the pane does.
  expect(englishTranslator.text(parts)).toBe("2026-11-27 $4.375 billion");
  expect(englishTranslator.text(name)).toBe("Joint statement");
  // Another language writes the day in words, the sum its way, the dataset's own name.
  expect(ru.text(parts)).toBe("27 ноября 2026 г. 4,375\u00a0млрд\u00a0долл.\u00a0США");
  expect(ru.text({ ...parts, separator: "; " })).toBe(
    "27 ноября 2026 г.; 4,375\u00a0млрд\u00a0долл.\u00a0США"
  );
  expect(ru.text(name)).toBe("Совместное заявление");
  expect(englishTranslator.text(amountOf(1234.5, false))).toBe("1,234.5");
  expect(ru.text(amountOf(1234.5, false))).toBe("1\u00a0234,5");
  // A list of phrases as a value: each said, joined with ", ".
  expect(ru.text(message("language.followOffice", { language: [name, day] }))).toBe(
    "Как в Office (Совместное заявление, 27 ноября 2026 г.)"
  );
  expect(ru.usd(84e6)).toBe("84\u00a0млн\u00a0долл.\u00a0США");
  expect(englishTranslator.usd(-4.97e9)).toBe("-$4.97 billion");
  expect(englishTranslator.usd(12_500)).toBe("$12,500");
});
