/** @jest-environment jsdom */
/**
 * The first screen needs only the first screen's messages (src/i18n/firstScreen.json): in the
 * page's build each catalogue's other messages come in a chunk loaded after it. Here every
 * catalogue, English included, is cut to its start part exactly as the build cuts it
 * (scripts/lib/catalogue.js), and every message the pane looks up is recorded. In each language
 * and each view (the Excel pane without and with the add-in's tables, the preview outside Excel),
 * the first screen must show no key, look up nothing beyond the start part, and be in the
 * language (not English) where the language has the string.
 *
 * esbuild's Jest transform does not hoist jest.mock: the catalogues are mocked first and the
 * pane required after (it must see the mocks).
 */
import { cleanup, render, screen } from "@testing-library/react";
import { LANGS, type Lang } from "../../src/i18n/locales";

const parts = require("../../scripts/lib/catalogue.js") as {
  cataloguePart(compiled: Record<string, unknown>, query: string): Record<string, unknown>;
  isFirstScreenKey(key: string): boolean;
};

/** Every message key looked up in any catalogue while a screen renders. */
const asked = new Set<string>();
const starts = new Map<Lang, Record<string, unknown>>();
for (const lang of LANGS) {
  const path = `../../src/i18n/messages/${lang}`;
  jest.doMock(path, () => {
    const whole = (jest.requireActual(path) as { default: Record<string, unknown> }).default;
    const start = parts.cataloguePart(whole, "?part=start");
    starts.set(lang, start);
    const recorded = new Proxy(start, {
      get(target, key) {
        if (typeof key === "string") asked.add(key);
        return target[key as string];
      },
    });
    return { __esModule: true, default: recorded };
  });
}

// As in the page's build (webpack.config.js's DefinePlugin): the catalogues come in two parts,
// so a language's translator starts incomplete and what is beyond the first screen waits.
(globalThis as { KZUZ_CATALOGUE_PARTS?: boolean }).KZUZ_CATALOGUE_PARTS = true;
// The first screen before the rest has arrived: asking for it never answers here.
jest.doMock("../../src/i18n/active", () => ({
  ...jest.requireActual("../../src/i18n/active"),
  completeActiveLang: () => new Promise(() => undefined),
}));
const { setActiveLang } =
  require("../../src/i18n/active") as typeof import("../../src/i18n/active");
const { rememberLang } = require("../../src/i18n/detect") as typeof import("../../src/i18n/detect");
const { App } = require("../../src/taskpane/App") as typeof import("../../src/taskpane/App");
const views = require("../../src/taskpane/views") as typeof import("../../src/taskpane/views");
const { DatasetStore } = require("../../src/data/store") as typeof import("../../src/data/store");
const { publishedDataset } = require("../support/dataset") as typeof import("../support/dataset");
import type { HostState } from "../../src/office/host";

const store = new DatasetStore(publishedDataset());
const never = () => Promise.reject(new Error("no Excel in this test"));

/** A catalogue key where text should be ("data.next.insert"): the pane showed a key. */
const KEY =
  /\b(?:common|shell|data|formulas|explain|progress|outside|errors|value|language|projects)\.[a-z][a-zA-Z]*(?:\.[a-zA-Z]+)*\b/g;

function shownText(): string {
  const attributes = [...document.querySelectorAll("[aria-label],[title]")].map(
    (el) => `${el.getAttribute("aria-label") ?? ""} ${el.getAttribute("title") ?? ""}`
  );
  return `${document.body.textContent ?? ""} ${attributes.join(" ")}`;
}

// As on the page: the likely view is loaded before the first render.
beforeAll(async () => {
  await views.loadExcelPane();
  await views.loadOutside();
});

/**
 * The first screen as the page draws it (index.tsx): its first commit is the main content and
 * what is above it; what is below waits for its code and the rest of the messages
 * (src/taskpane/AfterFirstScreen.tsx).
 */
function firstScreen(host: HostState, ready: () => HTMLElement | null) {
  asked.clear();
  render(<App detect={() => Promise.resolve(host)} initialHost={host} store={store} run={never} />);
  expect(ready()).not.toBeNull();
  return shownText();
}

const settingsWithTables = {
  get: (k: string) => (k === "kzuz.tableIds" ? { projects: "{table-1}" } : undefined),
  set: () => undefined,
  remove: () => undefined,
  saveAsync: () => undefined,
};

afterEach(() => {
  cleanup();
  delete (globalThis as { Office?: unknown }).Office;
  localStorage.clear();
});

describe.each(LANGS.map((lang) => [lang]))("%s, with only the start part loaded", (lang) => {
  beforeEach(async () => {
    // The user's choice: Office's display language (unknown here) does not replace it.
    rememberLang(lang);
    await setActiveLang(lang);
  });

  function expectStartOnly(text: string) {
    expect(text.match(KEY) ?? []).toEqual([]);
    const beyond = [...asked].filter((key) => !parts.isFirstScreenKey(key));
    expect(beyond).toEqual([]);
    // In the language, not English, wherever the language has the string.
    const own = starts.get(lang) ?? {};
    const english = starts.get("en") ?? {};
    if (lang !== "en") {
      const sameAsEnglish = [...asked].filter(
        (key) => own[key] !== undefined && JSON.stringify(own[key]) === JSON.stringify(english[key])
      );
      const shownInEnglish = [...asked].filter(
        (key) => own[key] === undefined && english[key] !== undefined
      );
      // A key the language lacks would show in English: the first screen has none.
      expect(shownInEnglish).toEqual([]);
      expect(sameAsEnglish.length).toBeLessThan(asked.size);
    }
  }

  test("Excel pane, no tables yet: the next step is inserting the data", async () => {
    const text = firstScreen({ kind: "excel", platform: "PC" }, () =>
      document.querySelector('[data-testid="primary-action"] button')
    );
    expect(asked.has("data.next.insert")).toBe(true);
    expectStartOnly(text);
  });

  test("Excel pane with the add-in's tables: the next step is a refresh", async () => {
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "Mac" }),
      context: { document: { settings: settingsWithTables } },
    };
    const text = firstScreen({ kind: "excel", platform: "Mac" }, () =>
      document.querySelector('[data-testid="primary-action"] button')
    );
    expect(asked.has("data.next.refresh")).toBe(true);
    expectStartOnly(text);
  });

  test("outside Excel: the notice and the preview", async () => {
    const text = firstScreen({ kind: "no-office", reason: "not-in-office" }, () =>
      screen.queryByRole("link", { name: /Excel/ })
    );
    expectStartOnly(text);
  });
});
