/** Choosing the language: the user's remembered choice, else Office's display language, else English. */
import {
  detectLang,
  LANG_STORAGE_KEY,
  officeDisplayLanguage,
  rememberedLang,
  rememberLang,
  type LangStore,
} from "../../src/i18n/detect";

function memoryStore(
  initial: Record<string, string> = {}
): LangStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

test("Office's display language decides when the user has chosen nothing", () => {
  expect(detectLang("ru-RU", memoryStore())).toBe("ru");
  expect(detectLang("uz-Latn-UZ", memoryStore())).toBe("uz");
});

test("a language the add-in does not speak, or no Office at all, gives English", () => {
  expect(detectLang("de-DE", memoryStore())).toBe("en");
  expect(detectLang(undefined, memoryStore())).toBe("en");
});

test("the user's choice wins over Office's, is remembered, and can be forgotten", () => {
  const store = memoryStore();
  rememberLang("kk", store);
  expect(store.data.get(LANG_STORAGE_KEY)).toBe("kk");
  expect(detectLang("fr-FR", store)).toBe("kk");
  rememberLang(undefined, store);
  expect(store.data.has(LANG_STORAGE_KEY)).toBe(false);
  expect(detectLang("fr-FR", store)).toBe("fr");
});

test("a remembered value that is not one of the languages is ignored", () => {
  expect(rememberedLang(memoryStore({ [LANG_STORAGE_KEY]: "de" }))).toBeUndefined();
  expect(detectLang("ru-RU", memoryStore({ [LANG_STORAGE_KEY]: "de" }))).toBe("ru");
});

test("storage that throws (a sandboxed frame, a full quota) neither breaks detection nor the choice", () => {
  const hostile: LangStore = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
    removeItem: () => {
      throw new Error("SecurityError");
    },
  };
  expect(detectLang("fr-FR", hostile)).toBe("fr");
  expect(() => rememberLang("ru", hostile)).not.toThrow();
});

test("Office.context.displayLanguage is read when Office is there, and its absence is not an error", () => {
  const g = globalThis as { Office?: unknown };
  expect(officeDisplayLanguage()).toBeUndefined();
  g.Office = { context: { displayLanguage: "kk-KZ" } };
  try {
    expect(officeDisplayLanguage()).toBe("kk-KZ");
    expect(detectLang(undefined, memoryStore())).toBe("kk");
  } finally {
    delete g.Office;
  }
});
