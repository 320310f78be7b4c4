/** @jest-environment jsdom */
/**
 * A catalogue in two parts: the first screen's messages at start, the rest just after
 * (src/i18n/firstScreen.json, scripts/lib/catalogue.js, src/i18n/translator.ts).
 */
import en from "../../src/i18n/messages/en";
import ru from "../../src/i18n/messages/ru";
import { completeTranslator, createTranslator, type Catalogue } from "../../src/i18n/translator";

const { cataloguePart, isFirstScreenKey } = require("../../scripts/lib/catalogue.js") as {
  cataloguePart(compiled: Catalogue, query: string, list?: string[]): Catalogue;
  isFirstScreenKey(key: string, list?: string[]): boolean;
};

const whole = { "a.one": 1, "a.two": 2, "b.one": 3, c: 4 };

test("a key is the first screen's by its prefix (ending in '.') or whole", () => {
  const list = ["a.", "c"];
  expect(["a.one", "a.two", "b.one", "c", "cc", "a"].map((k) => isFirstScreenKey(k, list))).toEqual(
    [true, true, false, true, false, false]
  );
});

test("the two parts split the catalogue without losing or repeating a key", () => {
  const list = ["a.", "c"];
  const start = cataloguePart(whole, "?part=start", list);
  const rest = cataloguePart(whole, "?part=rest", list);
  expect(start).toEqual({ "a.one": 1, "a.two": 2, c: 4 });
  expect(rest).toEqual({ "b.one": 3 });
  expect(cataloguePart(whole, "", list)).toBe(whole);
  expect(() => cataloguePart(whole, "?part=middle", list)).toThrow(/part=start or part=rest/);
  // The real list, on the real English catalogue: both parts hold messages, and together all.
  const enStart = cataloguePart(en, "?part=start");
  const enRest = cataloguePart(en, "?part=rest");
  expect(Object.keys(enStart).length).toBeGreaterThan(0);
  expect(Object.keys(enRest).length).toBeGreaterThan(Object.keys(enStart).length);
  expect({ ...enStart, ...enRest }).toEqual(en);
});

test("a first screen's translator is completed with the rest of its language and of English", async () => {
  const start = createTranslator(
    "ru",
    cataloguePart(ru, "?part=start"),
    cataloguePart(en, "?part=start"),
    false
  );
  expect(start.complete).toBe(false);
  expect(start.t("data.next.insert")).toBe(createTranslator("ru", ru).t("data.next.insert"));
  expect(start.t("data.next.insert")).not.toBe(createTranslator("en", en).t("data.next.insert"));
  // A message beyond the first screen is not there yet (it would show as its key).
  expect(start.has("data.result.inserted")).toBe(false);
  const whole = await completeTranslator(start);
  expect(whole.complete).toBe(true);
  expect(whole.lang).toBe("ru");
  expect(whole.t("data.result.inserted")).toBe("Таблицы вставлены");
  expect(await completeTranslator(whole)).toBe(whole);
});

test("what is beyond the first screen waits for the rest: a moment's Loading…, then it", async () => {
  await jest.isolateModulesAsync(async () => {
    // The page's build: English at start is the first screen's part; the rest comes on request.
    let deliver!: () => void;
    const delivered = new Promise<void>((r) => (deliver = r));
    const asked: string[] = [];
    jest.doMock("../../src/i18n/translator", () => {
      const actual = jest.requireActual("../../src/i18n/translator");
      const start = actual.createTranslator(
        "en",
        cataloguePart(en, "?part=start"),
        undefined,
        false
      );
      return {
        ...actual,
        englishTranslator: start,
        loadTranslator: async () => start,
        completeTranslator: async (t: { complete: boolean }) => {
          if (t.complete) return t;
          asked.push("rest");
          await delivered;
          return actual.createTranslator("en", en);
        },
      };
    });
    const rtl = require("@testing-library/react/pure") as typeof import("@testing-library/react");
    const { AfterFirstScreen: After } = require("../../src/taskpane/AfterFirstScreen");
    const { LanguageProvider: Provider, useT } = require("../../src/taskpane/i18n");
    function Result() {
      return <p>{useT().t("data.result.inserted")}</p>;
    }
    rtl.render(
      <Provider ready={() => new Promise(() => undefined)}>
        <p>{"first screen"}</p>
        <After>
          <Result />
        </After>
      </Provider>
    );
    expect(rtl.screen.getByText("Loading…")).toBeInTheDocument();
    expect(rtl.screen.queryByText("Tables inserted")).toBeNull();
    expect(rtl.screen.queryByText("data.result.inserted")).toBeNull();
    // Asked for once the first screen is painted.
    await rtl.waitFor(() => expect(asked).toEqual(["rest"]));
    await rtl.act(async () => deliver());
    expect(await rtl.screen.findByText("Tables inserted")).toBeInTheDocument();
    expect(rtl.screen.queryByText("Loading…")).toBeNull();
    rtl.cleanup();
  });
  jest.dontMock("../../src/i18n/translator");
});

test("a first screen's translator says nothing, never a key, for a message it does not have yet", () => {
  const start = createTranslator("en", cataloguePart(en, "?part=start"), undefined, false);
  expect(start.t("data.result.inserted")).toBe("");
  expect(start.text({ id: "data.result.inserted" })).toBe("");
  expect(start.t("data.next.insert")).toBe("Insert the data as tables");
  const whole = createTranslator("en", en);
  expect(whole.t("data.result.inserted")).toBe("Tables inserted");
});
